<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignLeadDialog</name>
    <message>
        <source>Assign sales lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to buy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, an administrator set your password. Choose your own password now; without it you are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerArchiveDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full phone shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{masked} (leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile 13812345678 or landline 010-62345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Phone digits, name or pinyin initials (e.g. zs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>The database setting “{where}” is not a database address. Correct DESK_DATABASE_URL or the desk&apos;s config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment. Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number belongs to the customer “{name}” already: pick that customer instead of creating a second record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was changed by {who} at {when} after you opened it. Reload to see their change, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts already: demo data only goes into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is locked by another program. Close the other desk window or wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is read-only. Ask the administrator to give this account write access to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened. Check that the folder exists and this account may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} cannot be reached. Check that the database server is running and the network cable is plugged in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note what the customer wants to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was changed by someone else meanwhile. Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the salesperson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the purpose of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {number} was finished already at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {number} was changed by someone else meanwhile. Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down the outcome of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 40 letters, digits, Chinese characters, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator exists already; please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}. Wait, or ask the administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password different from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “{username}” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was changed by someone else meanwhile. Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk needs at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must contain letters or Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid Chinese mobile (11 digits, e.g. 13812345678) or landline with area code (e.g. 010-62345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in: choose your own password to finish signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a customer from the suggestions, create a new one, or tick “Anonymous”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved by this action. Your other records are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishVisitDialog</name>
    <message>
        <source>Finish visit {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · {purpose} · arrived {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome: create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no accounts yet. Create the administrator account now: there is no default password, so choose one and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as shown on records, e.g. 王管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New sales lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 50 electric fans as staff gifts. Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: assign it later from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in the customer&apos;s archive is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no number in the archive: enter one for the salesperson to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter does not sign sales: record what the customer wants to buy, and a salesperson will contact them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wants to buy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsTab</name>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lead, {unassigned} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} leads, {unassigned} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>After-sales service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no desk tabs yet: the warehouse tab arrives with the warehouse release. Please ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visits to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors today: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors today: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, …  switch tabs
Ctrl+F  search a customer (phone, name or pinyin initials)
↓ then Enter  pick a suggested customer
Ctrl+N  new customer
Enter in the notes box  log the visit
F4  finish the selected visit
Double-click or Enter on a visit  open the customer archive
Ctrl+E  export the visit list to Excel
Ctrl+Shift+L  sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish visit… (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sales lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {phone}

This look-up has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n visit(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {name} ({username}). This also unlocks the account; {name} must change the password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for signing in, e.g. lisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the initial password to the person in private. They must change it when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <source>Edit account {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see the accounts; only an administrator can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the account {username} ({name})? They can no longer sign in. The account and everything they recorded are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFilterBar</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the customer need? (Enter logs the visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
