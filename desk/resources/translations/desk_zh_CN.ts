<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>The computer could not finish this: {reason}. Nothing was saved by this action; check the free disk space and the folder, then try again.</source>
        <translation>电脑未能完成此操作：{reason}。本次操作没有保存任何内容；请检查磁盘剩余空间和文件夹，然后重试。</translation>
    </message>
</context>
<context>
    <name>AnswerReplyDialog</name>
    <message>
        <source>Answer the question</source>
        <translation>答复问题</translation>
    </message>
    <message>
        <source>{who} · visit {number} · reply promised by {time}</source>
        <translation>{who} · 接待单 {number} · 约定 {time} 前答复</translation>
    </message>
    <message>
        <source>The reply given to the customer</source>
        <translation>已给顾客的答复</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>保存答复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Answer *</source>
        <translation>答复内容 *</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>The desk met an error it did not expect. What you saved before is safe.
A report for the administrator was written to:
{path}</source>
        <translation>服务台遇到了一个意外错误。之前保存的内容都安全。
已为管理员写好错误报告：
{path}</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>无法使用数据库</translation>
    </message>
    <message>
        <source>Nothing has been changed. Retry when the problem is solved, or quit and call the administrator.</source>
        <translation>没有任何改动。问题解决后请点“重试”，或退出并联系管理员。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>AssignLeadDialog</name>
    <message>
        <source>Assign sales lead</source>
        <translation>分配销售线索</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Wants to buy:</source>
        <translation>购买意向：</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>登记：</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{who}于 {when}</translation>
    </message>
    <message>
        <source>Visit no.:</source>
        <translation>接待单号：</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>{who} since {when}</source>
        <translation>{who}（{when} 起）</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>销售员(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Callback</name>
    <message>
        <source>Record the callback…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Sent to the department…</source>
        <translation>已送达部门…</translation>
    </message>
    <message>
        <source>Measures received…</source>
        <translation>收到整改措施…</translation>
    </message>
    <message>
        <source>Fix done…</source>
        <translation>整改已完成…</translation>
    </message>
    <message>
        <source>Print payment notice…</source>
        <translation>打印缴费通知单…</translation>
    </message>
    <message>
        <source>Notice delivered…</source>
        <translation>通知单已送达…</translation>
    </message>
    <message>
        <source>Customer signs now…</source>
        <translation>客户现场签名…</translation>
    </message>
    <message>
        <source>Attach signed paper…</source>
        <translation>附上纸质签字扫描件…</translation>
    </message>
    <message>
        <source>Refused to sign…</source>
        <translation>客户拒签…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>打印回访记录…</translation>
    </message>
    <message>
        <source>The opinion goes to the department by {day}.</source>
        <translation>意见须于 {day} 前送达部门。</translation>
    </message>
    <message>
        <source>The department&apos;s written measures are due by {day}.</source>
        <translation>部门须于 {day} 前书面反馈整改措施。</translation>
    </message>
    <message>
        <source>Waiting for the department&apos;s fix; the callback follows within 14 days of it.</source>
        <translation>等待部门整改；整改完成后 14 天内回访。</translation>
    </message>
    <message>
        <source>The payment notice is to be delivered by {day}.</source>
        <translation>缴费通知单须于 {day} 前送达。</translation>
    </message>
    <message>
        <source>Call back by {day}.</source>
        <translation>应于 {day} 前回访。</translation>
    </message>
    <message>
        <source>Called back; the customer is to sign by {day}.</source>
        <translation>已回访，客户须于 {day} 前签字。</translation>
    </message>
    <message>
        <source>{text} Overdue by %n day(s).</source>
        <translation>{text}已逾期 %n 天。</translation>
    </message>
    <message>
        <source>Signed on paper: the scan is kept with the record and printed with it.</source>
        <translation>已在纸质回访表上签字：扫描件随记录保存，打印时一并附上。</translation>
    </message>
    <message>
        <source>Save the s&amp;can…</source>
        <translation>另存扫描件(&amp;C)…</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Staff signature</source>
        <translation>回访人签字</translation>
    </message>
    <message>
        <source>Pick a callback in the list to see it here.</source>
        <translation>在左侧列表中选择一条回访，在此查看详情。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {state} · {source}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {state} · {source}</translation>
    </message>
    <message>
        <source>Save a copy of {file} (the copy is logged).</source>
        <translation>将 {file} 另存一份（另存会被记录）。</translation>
    </message>
    <message>
        <source>No scan yet: attach the signed paper first.</source>
        <translation>尚无扫描件：请先附上纸质签字扫描件。</translation>
    </message>
    <message>
        <source>signed on the screen</source>
        <translation>已在屏幕上签名</translation>
    </message>
    <message>
        <source>signed on paper (scan attached)</source>
        <translation>已在纸质表上签字（已附扫描件）</translation>
    </message>
    <message>
        <source>signed on paper (scan not attached yet)</source>
        <translation>已在纸质表上签字（尚未附扫描件）</translation>
    </message>
    <message>
        <source>not signed: {reason} ({who}, {when})</source>
        <translation>未签字：{reason}（{who}，{when}）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>About</source>
        <translation>回访事由</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>问题原因</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Summary of</source>
        <translation>汇总日期</translation>
    </message>
    <message>
        <source>Sent to department</source>
        <translation>送达部门时间</translation>
    </message>
    <message>
        <source>Measures received</source>
        <translation>收到措施时间</translation>
    </message>
    <message>
        <source>Fixed on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Notice delivered</source>
        <translation>通知单送达时间</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>关联新投诉</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废原因</translation>
    </message>
</context>
<context>
    <name>CallbackPrintDialog</name>
    <message>
        <source>Print callback records</source>
        <translation>打印回访记录表</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready to print.</source>
        <translation>
            <numerusform>%n 份回访记录已准备好，可以打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Preparing the callback records…</source>
        <translation>正在准备回访记录…</translation>
    </message>
</context>
<context>
    <name>CallbackQuestions</name>
    <message>
        <source>Has the problem been solved?</source>
        <translation>问题是否已经解决？</translation>
    </message>
    <message>
        <source>Are you satisfied with how it was handled?</source>
        <translation>您对这次的处理是否满意？</translation>
    </message>
    <message>
        <source>How was the speed and the staff&apos;s attitude?</source>
        <translation>处理速度和工作人员的态度如何？</translation>
    </message>
    <message>
        <source>Have the measures been put in place?</source>
        <translation>整改措施是否已经落实？</translation>
    </message>
    <message>
        <source>What do you think of the result?</source>
        <translation>您觉得整改效果如何？</translation>
    </message>
    <message>
        <source>Was the service done as agreed?</source>
        <translation>服务是否按约定完成？</translation>
    </message>
    <message>
        <source>Are you satisfied with the staff who came?</source>
        <translation>您对上门服务的工作人员是否满意？</translation>
    </message>
    <message>
        <source>How is the product working?</source>
        <translation>产品使用情况如何？</translation>
    </message>
    <message>
        <source>Do you need any after-sales service?</source>
        <translation>您是否需要售后服务？</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
</context>
<context>
    <name>CallbackRecordDialog</name>
    <message>
        <source>Discard the record?</source>
        <translation>放弃这份回访记录？</translation>
    </message>
    <message>
        <source>What was entered in this record will be lost. Discard it?</source>
        <translation>本记录中已填写的内容将会丢失。确定放弃吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Callback record {number}</source>
        <translation>回访记录 {number}</translation>
    </message>
    <message>
        <source>e.g. the customer, or his wife</source>
        <translation>如：顾客本人或其家属</translation>
    </message>
    <message>
        <source>What else the customer said</source>
        <translation>顾客的其他意见</translation>
    </message>
    <message>
        <source>Reopen the complaint</source>
        <translation>重新处理该投诉</translation>
    </message>
    <message>
        <source>Open a new linked complaint</source>
        <translation>新建关联投诉</translation>
    </message>
    <message>
        <source>Not satisfied:</source>
        <translation>不满意：</translation>
    </message>
    <message>
        <source>Signs on the screen</source>
        <translation>在屏幕上签名</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>已在纸质表上签字</translation>
    </message>
    <message>
        <source>Signs later</source>
        <translation>稍后签字</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>不签字</translation>
    </message>
    <message>
        <source>Attach the scan…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>No scan yet: it can be attached later.</source>
        <translation>尚未添加扫描件：也可以稍后再添加。</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Person &amp;reached *</source>
        <translation>受访人(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Method *</source>
        <translation>回访方式(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;Satisfaction *</source>
        <translation>满意度(&amp;S) *</translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation>其他意见(&amp;O)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Staff ({name})</source>
        <translation>回访人（{name}）</translation>
    </message>
    <message>
        <source>Enter in Comments saves · Esc cancels</source>
        <translation>在“其他意见”中按回车保存 · Esc 取消</translation>
    </message>
    <message>
        <source>Attach the signed paper?</source>
        <translation>附上客户签字的纸质记录？</translation>
    </message>
    <message>
        <source>Attach {file} as the paper record of callback {number}, signed by the customer?</source>
        <translation>将 {file} 作为回访 {number} 经客户签字的纸质记录附上吗？</translation>
    </message>
    <message>
        <source>This completes the record and closes complaint {complaint}.</source>
        <translation>附上后本回访记录即告完成，投诉 {complaint} 随之结案。</translation>
    </message>
    <message>
        <source>This completes the record.</source>
        <translation>附上后本回访记录即告完成。</translation>
    </message>
    <message>
        <source>The scan of the signed callback form</source>
        <translation>已签字回访记录表的扫描件</translation>
    </message>
    <message>
        <source>Scans ({patterns});;All files (*)</source>
        <translation>扫描件 ({patterns});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <source>{state} · overdue</source>
        <translation>{state} · 已逾期</translation>
    </message>
    <message>
        <source>{state} · today</source>
        <translation>{state} · 今日到期</translation>
    </message>
    <message>
        <source>Opinion sent to the department</source>
        <translation>意见已送达部门</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>To whom, how</source>
        <translation>送达对象及方式</translation>
    </message>
    <message>
        <source>e.g. handed to the cashier manager Zhang</source>
        <translation>如：已当面交给收银部张经理</translation>
    </message>
    <message>
        <source>The department&apos;s written measures</source>
        <translation>部门书面整改措施</translation>
    </message>
    <message>
        <source>Measures *</source>
        <translation>整改措施 *</translation>
    </message>
    <message>
        <source>Payment notice delivered</source>
        <translation>缴费通知单已送达</translation>
    </message>
    <message>
        <source>How it was delivered</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>e.g. handed over at the counter</source>
        <translation>如：在服务台当面交给顾客</translation>
    </message>
    <message>
        <source>The customer refused to sign</source>
        <translation>顾客拒绝签字</translation>
    </message>
    <message>
        <source>Close without signature</source>
        <translation>无签字结案</translation>
    </message>
    <message>
        <source>Why, as the supervisor records it *</source>
        <translation>原因（由主管登记） *</translation>
    </message>
    <message>
        <source>Void the callback</source>
        <translation>作废回访</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>The fix is done</source>
        <translation>整改已完成</translation>
    </message>
    <message>
        <source>Fixed on *</source>
        <translation>整改完成日期 *</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>今日到期及已逾期</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All callbacks</source>
        <translation>全部回访</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Callback no. (scan or type)</source>
        <translation>回访单号（扫码或输入）</translation>
    </message>
    <message>
        <source>New callback… (Ctrl+N)</source>
        <translation>新建回访… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print signed records…</source>
        <translation>打印已签字记录…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回访单号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>回访事由</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s)</source>
        <translation>
            <numerusform>共 %n 条回访</numerusform>
        </translation>
    </message>
    <message>
        <source>{today} due today, {overdue} overdue, {unsigned} awaiting signature</source>
        <translation>今日到期 {today} 条，已逾期 {overdue} 条，待签字 {unsigned} 条</translation>
    </message>
    <message>
        <source>Pending replies: {pending} ({overdue} overdue)</source>
        <translation>待答复：{pending}（逾期 {overdue}）</translation>
    </message>
    <message>
        <source>Callback {number} saved: it waits for the customer&apos;s signature.</source>
        <translation>回访记录 {number} 已保存，等待客户签字。</translation>
    </message>
    <message>
        <source>Callback {number} is done: the signed record is saved.</source>
        <translation>回访 {number} 已完成，签字记录已保存。</translation>
    </message>
    <message>
        <source>Callback {number} saved.</source>
        <translation>回访记录 {number} 已保存。</translation>
    </message>
    <message>
        <source>The scan is saved.</source>
        <translation>扫描件已另存。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>设置自己的密码</translation>
    </message>
    <message>
        <source>{name}, an administrator set your password. Choose your own password now; without it you are not signed in.</source>
        <translation>{name}，您当前的密码由管理员设置。请现在设置自己的密码，否则无法完成登录。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
</context>
<context>
    <name>ClaimsBox</name>
    <message>
        <source>New claim…</source>
        <translation>新建理赔…</translation>
    </message>
    <message>
        <source>Agree amount…</source>
        <translation>核定金额…</translation>
    </message>
    <message>
        <source>Record notice…</source>
        <translation>登记通知…</translation>
    </message>
    <message>
        <source>Reject claim…</source>
        <translation>驳回理赔…</translation>
    </message>
    <message>
        <source>{number} · {cause} · claimed {claimed} · {state}</source>
        <translation>{number} · {cause} · 索赔 {claimed} · {state}</translation>
    </message>
    <message>
        <source>New claim on {number}</source>
        <translation>{number} 新建理赔</translation>
    </message>
    <message>
        <source>Save claim</source>
        <translation>保存理赔</translation>
    </message>
    <message>
        <source>Cause *</source>
        <translation>理赔原因 *</translation>
    </message>
    <message>
        <source>Amount claimed (yuan) *</source>
        <translation>索赔金额（元）*</translation>
    </message>
    <message>
        <source>e.g. 1,234.50</source>
        <translation>如 1,234.50</translation>
    </message>
    <message>
        <source>Responsible party *</source>
        <translation>责任方 *</translation>
    </message>
    <message>
        <source>e.g. the carrier, the supplier, a department</source>
        <translation>如承运商、供应商、某部门</translation>
    </message>
    <message>
        <source>Insurance case no.</source>
        <translation>保险案件号</translation>
    </message>
    <message>
        <source>What happened, evidence</source>
        <translation>经过与证据</translation>
    </message>
    <message>
        <source>Agree the amount on {number}</source>
        <translation>{number} 核定赔偿金额</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>核定</translation>
    </message>
    <message>
        <source>Amount agreed (yuan) *</source>
        <translation>核定金额（元）*</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notice of the amount on {number}</source>
        <translation>{number} 赔偿金额通知</translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation>登记通知</translation>
    </message>
    <message>
        <source>How *</source>
        <translation>通知方式 *</translation>
    </message>
    <message>
        <source>letter, fax, phone, email, in person</source>
        <translation>函件、传真、电话、电邮、当面</translation>
    </message>
    <message>
        <source>To whom *</source>
        <translation>通知对象 *</translation>
    </message>
    <message>
        <source>Agreed: {amount}</source>
        <translation>核定金额：{amount}</translation>
    </message>
    <message>
        <source>Reject the claim on {number}</source>
        <translation>驳回 {number} 的理赔</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>驳回理赔</translation>
    </message>
    <message>
        <source>Reason given to the customer *</source>
        <translation>告知顾客的理由 *</translation>
    </message>
    <message>
        <source>Insurance case: {case}</source>
        <translation>保险案件号：{case}</translation>
    </message>
    <message>
        <source>Notice: {when} · {how} · {whom}</source>
        <translation>通知：{when} · {how} · {whom}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>已驳回：{reason}</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>核定金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Claims can be opened once the complaint is found justified.</source>
        <translation>投诉判定成立后才能登记理赔。</translation>
    </message>
    <message>
        <source>No claims on this complaint.</source>
        <translation>此投诉暂无理赔。</translation>
    </message>
    <message>
        <source>Monthly claims report</source>
        <translation>理赔月报</translation>
    </message>
    <message>
        <source>Month (e.g. 2026-11):</source>
        <translation>月份（如 2026-11）：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%n claim(s) written to {path}</source>
        <translation>已将 %n 条理赔写入 {path}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing the claims report…</source>
        <translation>正在生成理赔月报…</translation>
    </message>
</context>
<context>
    <name>ClaimsSheet</name>
    <message>
        <source>Claims {month}</source>
        <translation>理赔月报 {month}</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>按原因汇总</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理赔明细</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Claimed (yuan)</source>
        <translation>索赔金额（元）</translation>
    </message>
    <message>
        <source>Agreed claims</source>
        <translation>已核定笔数</translation>
    </message>
    <message>
        <source>Agreed (yuan)</source>
        <translation>核定金额（元）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回笔数</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>索赔时间</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Insurance case</source>
        <translation>保险案件号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{count} visit(s) -&gt; {path}</source>
        <translation>{count} 条接待记录 -&gt; {path}</translation>
    </message>
    <message>
        <source>{count} complaint(s) -&gt; {path}</source>
        <translation>{count} 件投诉 -&gt; {path}</translation>
    </message>
    <message>
        <source>{records} callback record(s), {pages} page(s) -&gt; {path}</source>
        <translation>{records} 份回访记录，共 {pages} 页 -&gt; {path}</translation>
    </message>
    <message>
        <source>{count} line(s) taken in -&gt; {path}</source>
        <translation>入库 {count} 行 -&gt; {path}</translation>
    </message>
    <message>
        <source>{count} gift issue(s) -&gt; {path}</source>
        <translation>赠品发放 {count} 笔 -&gt; {path}</translation>
    </message>
    <message>
        <source>{count} item(s) reconciled -&gt; {path}</source>
        <translation>已对账 {count} 个商品 -&gt; {path}</translation>
    </message>
    <message>
        <source>{count} movement(s) of {items} item(s) -&gt; {path}</source>
        <translation>{items} 个商品的 {count} 条出入库记录 -&gt; {path}</translation>
    </message>
    <message>
        <source>{paper} {number}, {pages} page(s) -&gt; {path}</source>
        <translation>{paper} {number}，{pages} 页 -&gt; {path}</translation>
    </message>
    <message>
        <source>{count} invoice line(s) -&gt; {path}</source>
        <translation>{count} 行发票明细 -&gt; {path}</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>{number} · {who} · {state}
{content}</source>
        <translation>{number} · {who} · {state}
{content}</translation>
    </message>
    <message>
        <source>First response…</source>
        <translation>首次答复…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>判定…</translation>
    </message>
    <message>
        <source>Handling plan…</source>
        <translation>处理方案…</translation>
    </message>
    <message>
        <source>Approve plan…</source>
        <translation>审批方案…</translation>
    </message>
    <message>
        <source>Send plan back…</source>
        <translation>退回方案…</translation>
    </message>
    <message>
        <source>Issue handling slip…</source>
        <translation>下发处理单…</translation>
    </message>
    <message>
        <source>Record rectification…</source>
        <translation>记录整改…</translation>
    </message>
    <message>
        <source>Extend deadline…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <source>First response to {number}</source>
        <translation>{number} 首次答复</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>保存答复</translation>
    </message>
    <message>
        <source>What the customer was told *</source>
        <translation>答复顾客的内容 *</translation>
    </message>
    <message>
        <source>e.g. called back, promised a visit on Friday</source>
        <translation>例如：已回电，约定周五上门</translation>
    </message>
    <message>
        <source>Assess {number}</source>
        <translation>判定 {number}</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>保存判定</translation>
    </message>
    <message>
        <source>Grounds *</source>
        <translation>投诉理由 *</translation>
    </message>
    <message>
        <source>Justified (有效)</source>
        <translation>成立（有效）</translation>
    </message>
    <message>
        <source>Unfounded (不成立)</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Demand *</source>
        <translation>顾客要求 *</translation>
    </message>
    <message>
        <source>Reasonable</source>
        <translation>合理</translation>
    </message>
    <message>
        <source>Not reasonable</source>
        <translation>不合理</translation>
    </message>
    <message>
        <source>Severity (if justified)</source>
        <translation>严重程度（成立时）</translation>
    </message>
    <message>
        <source>Major: 1 working day</source>
        <translation>重大：1个工作日</translation>
    </message>
    <message>
        <source>General: 3 working days</source>
        <translation>一般：3个工作日</translation>
    </message>
    <message>
        <source>Reasons *</source>
        <translation>理由 *</translation>
    </message>
    <message>
        <source>Justified: what the investigation found. Unfounded: the reply given to the customer and why.</source>
        <translation>成立：调查取证的结果；不成立：给顾客的答复及理由。</translation>
    </message>
    <message>
        <source>Handling plan for {number}</source>
        <translation>{number} 处理方案</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>呈报审批</translation>
    </message>
    <message>
        <source>Plan *</source>
        <translation>方案 *</translation>
    </message>
    <message>
        <source>What will be done, by whom, by when</source>
        <translation>做什么、由谁做、何时完成</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>方案：{plan}</translation>
    </message>
    <message>
        <source>Approve the plan for {number}</source>
        <translation>审批 {number} 的处理方案</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approval opinion *</source>
        <translation>审批意见 *</translation>
    </message>
    <message>
        <source>e.g. agreed; finish by Friday</source>
        <translation>例如：同意，周五前办结</translation>
    </message>
    <message>
        <source>Send the plan for {number} back</source>
        <translation>退回 {number} 的处理方案</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What should change *</source>
        <translation>修改意见 *</translation>
    </message>
    <message>
        <source>Handling slip for {number}</source>
        <translation>{number} 受理处理单</translation>
    </message>
    <message>
        <source>Issue slip</source>
        <translation>下发处理单</translation>
    </message>
    <message>
        <source>Responsible department *</source>
        <translation>责任部门 *</translation>
    </message>
    <message>
        <source>Responsible person *</source>
        <translation>责任人 *</translation>
    </message>
    <message>
        <source>Rectification of {number}</source>
        <translation>{number} 整改</translation>
    </message>
    <message>
        <source>Save rectification</source>
        <translation>保存整改</translation>
    </message>
    <message>
        <source>Cause *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>Measures taken *</source>
        <translation>整改措施 *</translation>
    </message>
    <message>
        <source>The desk&apos;s check *</source>
        <translation>服务台核实 *</translation>
    </message>
    <message>
        <source>How the desk checked that it was done</source>
        <translation>服务台如何核实整改已落实</translation>
    </message>
    <message>
        <source>Extend the deadline of {number}</source>
        <translation>{number} 延期</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>New deadline *</source>
        <translation>新的期限 *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>e.g. the part is on order; the customer agreed on the phone</source>
        <translation>例如：配件在途，顾客电话同意等待</translation>
    </message>
    <message>
        <source>Current deadline: {day}</source>
        <translation>当前期限：{day}</translation>
    </message>
    <message>
        <source>Close {number}</source>
        <translation>{number} 结案</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on {number}</source>
        <translation>{number} 添加记录</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Note *</source>
        <translation>记录 *</translation>
    </message>
    <message>
        <source>Evidence gathered, a call made, a reminder sent</source>
        <translation>调查取证、电话联系、催办等</translation>
    </message>
    <message>
        <source> (estimated: no calendar data)</source>
        <translation>（估算：无该年节假日数据）</translation>
    </message>
    <message>
        <source>took the complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>created the callback</source>
        <translation>新建回访</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to approve the plan.</source>
        <translation>处理方案待主管审批。</translation>
    </message>
    <message>
        <source>Next: the callback to the customer, due {date} (C7), in the callbacks tab; the signed callback record closes the complaint.</source>
        <translation>下一步：在“回访”页回访顾客，期限 {date}（C7）；凭顾客签字的回访记录结案。</translation>
    </message>
    <message>
        <source>Called back: the complaint closes when the customer signs the callback record, or a supervisor records that they refused (callbacks tab).</source>
        <translation>已回访：顾客在回访记录上签字，或主管登记顾客拒签后，投诉即结案（在“回访”页办理）。</translation>
    </message>
    <message>
        <source>Print acknowledgement…</source>
        <translation>打印受理回执…</translation>
    </message>
    <message>
        <source>Print handling slip…</source>
        <translation>打印处理单…</translation>
    </message>
    <message>
        <source>Details and progress</source>
        <translation>详情与进度</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理赔</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据与附件</translation>
    </message>
    <message>
        <source>Pick a complaint in the list to see it here.</source>
        <translation>在左侧列表中选择一条投诉，在此查看详情。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {state} · {channel} · {category}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {state} · {channel} · {category}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>接待单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次答复期限</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>投诉理由是否成立</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>unfounded</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>要求是否合理</translation>
    </message>
    <message>
        <source>reasonable</source>
        <translation>合理</translation>
    </message>
    <message>
        <source>not reasonable</source>
        <translation>不合理</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>判定说明</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Handling slip</source>
        <translation>处理单（下发·部门·责任人）</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>问题原因</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
</context>
<context>
    <name>ComplaintColumns</name>
    <message>
        <source>No.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否按期</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>Take a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>发生了什么（按顾客原话记录）</translation>
    </message>
    <message>
        <source>e.g. exchange, refund, repair, an apology</source>
        <translation>例如：换货、退款、维修、道歉</translation>
    </message>
    <message>
        <source>The first response was given while taking it</source>
        <translation>受理时已给予首次答复</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>接待单</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hannel *</source>
        <translation>渠道(&amp;H) *</translation>
    </message>
    <message>
        <source>Ca&amp;tegory *</source>
        <translation>类别(&amp;T) *</translation>
    </message>
    <message>
        <source>C&amp;omplaint *</source>
        <translation>投诉内容(&amp;O) *</translation>
    </message>
    <message>
        <source>&amp;Asks for</source>
        <translation>顾客要求(&amp;A)</translation>
    </message>
    <message>
        <source>Take complaint</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter starts a new line · Esc cancels</source>
        <translation>回车保存 · Shift+回车换行 · Esc 取消</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Weekly complaint summary {period}</source>
        <translation>投诉周报 {period}</translation>
    </message>
    <message>
        <source>Monthly complaint analysis {period}</source>
        <translation>投诉月报 {period}</translation>
    </message>
    <message>
        <source>Quarterly complaint report {period}</source>
        <translation>投诉季报 {period}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Justified rate (justified ÷ assessed)</source>
        <translation>投诉成立率（成立 ÷ 已判定）</translation>
    </message>
    <message>
        <source>On-time rate (rectified by the deadline ÷ rectified or overdue)</source>
        <translation>按期整改率（按期整改 ÷ 已整改或已逾期）</translation>
    </message>
    <message>
        <source>Complaint rate (justified complaints ÷ service requests)</source>
        <translation>有效投诉率（有效投诉 ÷ 服务申请）</translation>
    </message>
    <message>
        <source>Satisfaction (satisfied or basically satisfied ÷ callbacks)</source>
        <translation>满意率（满意及基本满意 ÷ 回访数）</translation>
    </message>
    <message>
        <source>Complaint rate {period}: {justified} justified ÷ {requests} service requests ({visits} visits + {other} complaints by other channels) = {rate} (target ≤ {target})</source>
        <translation>{period} 有效投诉率：有效投诉 {justified} 件 ÷ 服务申请 {requests} 次（来访 {visits} 次 + 其他渠道投诉 {other} 件）= {rate}（目标 ≤ {target}）</translation>
    </message>
    <message>
        <source>Satisfaction {period}: {content} satisfied or basically satisfied ÷ {callbacks} callbacks = {rate} (target ≥ {target})</source>
        <translation>{period} 满意率：满意及基本满意 {content} 次 ÷ 回访 {callbacks} 次 = {rate}（目标 ≥ {target}）</translation>
    </message>
    <message>
        <source>(not assigned yet)</source>
        <translation>（尚未分派）</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>(not assessed as justified)</source>
        <translation>（未判定为成立）</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按责任部门</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉明细</translation>
    </message>
    <message>
        <source>Complaints received: {count}</source>
        <translation>受理投诉：{count} 件</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Service requests: {visits} visits at the counter + {other} complaints by other channels; suggestions and opinions are not complaints and are not counted.</source>
        <translation>服务申请：前台来访 {visits} 次 + 其他渠道投诉 {other} 件；建议和意见不属于投诉，不计入。</translation>
    </message>
    <message>
        <source>On time: rectified on or before the deadline; {late} complaint(s) still open past the deadline count as late.</source>
        <translation>按期：在整改期限当天或之前完成整改；另有 {late} 件已过期限仍未整改，按逾期计。</translation>
    </message>
    <message>
        <source>Satisfaction counts “basically satisfied” (基本满意) as satisfied: every callback recorded in the period counts, whatever its source.</source>
        <translation>满意率将“基本满意”计为满意：本期登记的所有回访均计入，不论来源。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ComplaintReportDialog</name>
    <message>
        <source>Complaint summary to Excel</source>
        <translation>投诉汇总导出到 Excel</translation>
    </message>
    <message>
        <source>Weekly summary (ISO week)</source>
        <translation>每周汇总（ISO 周）</translation>
    </message>
    <message>
        <source>Monthly analysis</source>
        <translation>月度分析</translation>
    </message>
    <message>
        <source>Quarterly report to management</source>
        <translation>季度报告（报管理层）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>有效投诉率</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{period}   ({dates})</source>
        <translation>{period}   （{dates}）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Please choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n complaint(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 件投诉保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing {period}…</source>
        <translation>正在生成 {period}…</translation>
    </message>
    <message>
        <source>Writing the complaint summary…</source>
        <translation>正在生成投诉汇总…</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>plan awaiting approval</source>
        <translation>方案待审批</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结案投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Plans awaiting approval</source>
        <translation>待审批方案</translation>
    </message>
    <message>
        <source>Closed and unfounded</source>
        <translation>已结案及不成立</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Complaint no. (scan or type)</source>
        <translation>投诉单号（扫码或输入）</translation>
    </message>
    <message>
        <source>New complaint… (Ctrl+N)</source>
        <translation>新建投诉… (Ctrl+N)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint taken</source>
        <translation>投诉已受理</translation>
    </message>
    <message>
        <source>Complaint {number} is taken.
Tell the customer: we will deal with it by {date}.</source>
        <translation>投诉 {number} 已受理。
请告知顾客：我们将于 {date} 前处理完毕。</translation>
    </message>
    <message>
        <source>(The date is estimated on weekdays: the holiday calendar for that year is not entered yet.)</source>
        <translation>（该日期按周一至周五估算：该年的节假日安排尚未录入。）</translation>
    </message>
    <message>
        <source>Print acknowledgement…</source>
        <translation>打印受理回执…</translation>
    </message>
</context>
<context>
    <name>CounterServicesTab</name>
    <message>
        <source>Gifts</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>寄存</translation>
    </message>
</context>
<context>
    <name>CustomerArchiveDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>修改资料…</translation>
    </message>
    <message>
        <source>Show full phone</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Changes to details</source>
        <translation>资料变更记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Customer archive: {name}</source>
        <translation>客户服务档案：{name}</translation>
    </message>
    <message>
        <source>Last changed {when} by {who}</source>
        <translation>最后修改：{who}，{when}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>修改资料</translation>
    </message>
    <message>
        <source>Full phone shown</source>
        <translation>查看完整号码</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>{masked} (leave empty to keep)</source>
        <translation>{masked}（留空则不修改）</translation>
    </message>
    <message>
        <source>Mobile 13812345678 or landline 010-62345678</source>
        <translation>手机 13812345678 或座机 010-62345678</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Phone digits, name or pinyin initials (e.g. zs)</source>
        <translation>电话号码、姓名或拼音首字母（如 zs）</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <source>Handler told</source>
        <translation>已通知经办人</translation>
    </message>
    <message>
        <source>Handler not told on the day: overdue</source>
        <translation>当天未通知经办人：已逾期</translation>
    </message>
    <message>
        <source>Tell the handler today</source>
        <translation>请于今天通知经办人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler notice</source>
        <translation>经办人通知</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <source>Only &amp;open (expected or held)</source>
        <translation>只看未完成（待验收或暂扣）(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;delivery… (F4)</source>
        <translation>新到货(&amp;D)… (F4)</translation>
    </message>
    <message>
        <source>I&amp;nspect… (Enter)</source>
        <translation>验收(&amp;N)… (Enter)</translation>
    </message>
    <message>
        <source>Handler &amp;told…</source>
        <translation>已通知经办人(&amp;T)…</translation>
    </message>
    <message>
        <source>Inspection &amp;sheet…</source>
        <translation>验收单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Receiving note…</source>
        <translation>入库单(&amp;R)…</translation>
    </message>
    <message>
        <source>Today&apos;s in&amp;bound list…</source>
        <translation>今日入库清单(&amp;B)…</translation>
    </message>
    <message>
        <source>%n delivery(ies)</source>
        <translation>%n 次到货</translation>
    </message>
    <message>
        <source>Tell the handler: {number} is held</source>
        <translation>通知经办人：{number} 已暂扣</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>记录通知</translation>
    </message>
    <message>
        <source>&amp;Handler (经办人) told *</source>
        <translation>已通知的经办人(&amp;H) *</translation>
    </message>
    <message>
        <source>How *</source>
        <translation>通知方式 *</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>对方答复</translation>
    </message>
    <message>
        <source>Not taken into stock. The handler must be told today.</source>
        <translation>未入库。须于今天通知经办人。</translation>
    </message>
    <message>
        <source>Save the inbound list</source>
        <translation>保存入库清单</translation>
    </message>
    <message>
        <source>{count} line(s) taken in -&gt; {path}</source>
        <translation>入库 {count} 行 -&gt; {path}</translation>
    </message>
    <message>
        <source>Exporting the inbound list…</source>
        <translation>正在导出入库清单…</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>The folder {folder} of the database does not exist. If it is on a network drive, connect the drive; otherwise correct the database setting (--db, DESK_DATABASE_URL or config.json). The desk does not start a new, empty database there, so that the records are not split across two files.</source>
        <translation>数据库所在的文件夹 {folder} 不存在。如果它在网络驱动器上，请先连接该驱动器；否则请更正数据库设置（--db、DESK_DATABASE_URL 或 config.json）。服务台不会在那里新建一个空数据库，以免记录分散在两个文件里。</translation>
    </message>
    <message>
        <source>The database setting “{where}” is not a database address. Correct DESK_DATABASE_URL or the desk&apos;s config.json.</source>
        <translation>数据库设置“{where}”不是有效的数据库地址。请修改 DESK_DATABASE_URL 或服务台的 config.json。</translation>
    </message>
    <message>
        <source>The database {where} was set up by a newer version of the desk. Update the desk on this computer before using it.</source>
        <translation>数据库 {where} 已由更新版本的服务台升级。请先更新本机的服务台程序再使用。</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment. Reload it.</source>
        <translation>其他人同时保存了这条记录，请重新加载。</translation>
    </message>
    <message>
        <source>This phone number belongs to the customer “{name}” already: pick that customer instead of creating a second record.</source>
        <translation>该电话号码已属于客户“{name}”：请直接选择该客户，不要重复建档。</translation>
    </message>
    <message>
        <source>Another counter has just saved a customer with this phone number. Search for the number and pick that customer.</source>
        <translation>另一个柜台刚刚用这个电话号码保存了客户。请搜索该号码并选择那位客户。</translation>
    </message>
    <message>
        <source>Please enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan (e.g. 1234.50).</source>
        <translation>“{value}”不是有效的人民币金额（如 1234.50）。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>Please enter the quantity.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity (e.g. 2 or 1.5).</source>
        <translation>“{value}”不是数量（如 2 或 1.5）。</translation>
    </message>
    <message>
        <source>A quantity has at most six decimals.</source>
        <translation>数量最多六位小数。</translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>A quantity can be at most {max}.</source>
        <translation>数量最多为 {max}。</translation>
    </message>
    <message>
        <source>Please choose the tax rate.</source>
        <translation>请选择税率。</translation>
    </message>
    <message>
        <source>The tax rate is one of 13 %, 9 %, 6 %, 5 %, 3 %, 1 % or 0 %.</source>
        <translation>税率只能是 13%、9%、6%、5%、3%、1% 或 0%。</translation>
    </message>
    <message>
        <source>Please enter what the line is for (the goods or service).</source>
        <translation>请填写货物或服务名称。</translation>
    </message>
    <message>
        <source>The unit price must be above zero.</source>
        <translation>单价必须大于零。</translation>
    </message>
    <message>
        <source>This line&apos;s total is {total}: it must be between ¥0.01 and ¥9,999,999,999.99.</source>
        <translation>本行价税合计为 {total}，须在 ¥0.01 至 ¥9,999,999,999.99 之间。</translation>
    </message>
    <message>
        <source>Please enter the sales receipt&apos;s number.</source>
        <translation>请输入销售小票号。</translation>
    </message>
    <message>
        <source>“{value}” is not a receipt number (digits and letters, at most 32).</source>
        <translation>“{value}”不是小票号（数字和字母，最多 32 位）。</translation>
    </message>
    <message>
        <source>Name at least one sales receipt the invoice covers.</source>
        <translation>请至少填写一张本次开票的销售小票。</translation>
    </message>
    <message>
        <source>At most {max} receipts on one request.</source>
        <translation>一张申请最多 {max} 张小票。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address (e.g. name@example.com).</source>
        <translation>“{value}”不是邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is already invoiced on request {number}: void or credit that one first.</source>
        <translation>小票 {receipt} 已在申请 {number} 上开票：请先作废或红冲该申请。</translation>
    </message>
    <message>
        <source>Please choose whether the buyer is a person or a company.</source>
        <translation>请选择购买方是个人还是单位。</translation>
    </message>
    <message>
        <source>Please choose the type of invoice.</source>
        <translation>请选择发票类型。</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s full name as the invoice title.</source>
        <translation>请填写单位全称作为发票抬头。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name as the invoice title.</source>
        <translation>请填写个人姓名作为发票抬头。</translation>
    </message>
    <message>
        <source>A person&apos;s invoice carries no taxpayer id: for a business, choose company.</source>
        <translation>个人抬头不填纳税人识别号；单位请选择“单位”。</translation>
    </message>
    <message>
        <source>A special VAT invoice is issued to a company only.</source>
        <translation>增值税专用发票只开给单位。</translation>
    </message>
    <message>
        <source>A special VAT invoice needs the company&apos;s address and phone.</source>
        <translation>专票须填写单位地址、电话。</translation>
    </message>
    <message>
        <source>A special VAT invoice needs the company&apos;s bank and account number.</source>
        <translation>专票须填写开户行及账号。</translation>
    </message>
    <message>
        <source>An electronic invoice is sent by email: please enter the address.</source>
        <translation>电子发票通过邮箱发送：请填写邮箱。</translation>
    </message>
    <message>
        <source>A request needs at least one line.</source>
        <translation>开票申请至少要有一行明细。</translation>
    </message>
    <message>
        <source>At most {max} lines on one request.</source>
        <translation>一张申请最多 {max} 行明细。</translation>
    </message>
    <message>
        <source>An amount can be at most {max} yuan.</source>
        <translation>金额最多为 {max} 元。</translation>
    </message>
    <message>
        <source>This invoice request no longer exists.</source>
        <translation>该开票申请已不存在。</translation>
    </message>
    <message>
        <source>Please enter the invoice date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写开票日期。</translation>
    </message>
    <message>
        <source>Please enter the invoice number from the tax platform.</source>
        <translation>请填写税务平台上的发票号码。</translation>
    </message>
    <message>
        <source>An electronic invoice&apos;s number has 20 digits.</source>
        <translation>电子发票号码为 20 位数字。</translation>
    </message>
    <message>
        <source>A paper invoice&apos;s number has 8 digits.</source>
        <translation>纸质发票号码为 8 位数字。</translation>
    </message>
    <message>
        <source>The invoice date cannot be in the future.</source>
        <translation>开票日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The invoice date cannot be before the request ({day}).</source>
        <translation>开票日期不能早于申请日期（{day}）。</translation>
    </message>
    <message>
        <source>Please say how the invoice reached the customer.</source>
        <translation>请说明发票如何交给顾客。</translation>
    </message>
    <message>
        <source>An issued electronic invoice cannot be voided: credit it with a red-letter invoice.</source>
        <translation>已开具的电子发票不能作废：请开红字发票冲红。</translation>
    </message>
    <message>
        <source>A red-letter invoice&apos;s number has 20 digits (electronic) or 8 (paper).</source>
        <translation>红字发票号码为 20 位（电子）或 8 位（纸质）数字。</translation>
    </message>
    <message>
        <source>No invoice request has the number {number}.</source>
        <translation>没有编号为 {number} 的开票申请。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>This claim no longer exists.</source>
        <translation>该理赔记录已不存在。</translation>
    </message>
    <message>
        <source>A claim can only be opened on a complaint assessed as justified ({number}).</source>
        <translation>只有判定为有效的投诉才能登记理赔（{number}）。</translation>
    </message>
    <message>
        <source>Please choose the cause of the claim.</source>
        <translation>请选择理赔原因。</translation>
    </message>
    <message>
        <source>A claim needs an amount above zero.</source>
        <translation>索赔金额必须大于零。</translation>
    </message>
    <message>
        <source>Please name the responsible party.</source>
        <translation>请填写责任方。</translation>
    </message>
    <message>
        <source>The claim on {number} was changed by someone else meanwhile. Reload it.</source>
        <translation>{number} 的理赔已被他人修改，请重新载入。</translation>
    </message>
    <message>
        <source>The agreed amount cannot exceed the amount claimed ({claimed}).</source>
        <translation>核定金额不能超过索赔金额（{claimed}）。</translation>
    </message>
    <message>
        <source>Please say how the responsible party was notified.</source>
        <translation>请填写通知责任方的方式。</translation>
    </message>
    <message>
        <source>Please name who was notified.</source>
        <translation>请填写通知对象。</translation>
    </message>
    <message>
        <source>Please write why the claim is rejected.</source>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <source>“{value}” is not a month like 2026-11.</source>
        <translation>“{value}”不是有效月份（如 2026-11）。</translation>
    </message>
    <message>
        <source>Please choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>Please choose the complaint&apos;s category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>Please write down what the complaint is.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <source>This callback no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>Please write what the callback is about.</source>
        <translation>请填写回访事由。</translation>
    </message>
    <message>
        <source>Please choose the customer to call back.</source>
        <translation>请选择要回访的客户。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Please choose the day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>Please choose a day from {first} to {last}.</source>
        <translation>请选择 {first} 至 {last} 之间的日期。</translation>
    </message>
    <message>
        <source>Please choose where the callback comes from.</source>
        <translation>请选择回访来源。</translation>
    </message>
    <message>
        <source>Please enter the fee of the service.</source>
        <translation>请填写服务费金额。</translation>
    </message>
    <message>
        <source>Callback {number} was changed by someone else meanwhile. Reload it.</source>
        <translation>回访 {number} 已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>Please write down the measures the department sent.</source>
        <translation>请填写部门反馈的整改措施。</translation>
    </message>
    <message>
        <source>Please write down at least one answer of the customer.</source>
        <translation>请至少填写一条顾客的回答。</translation>
    </message>
    <message>
        <source>Please choose how the customer was called back.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>A special service is called back by phone.</source>
        <translation>特约服务须电话回访。</translation>
    </message>
    <message>
        <source>Please write who was reached.</source>
        <translation>请填写受访人。</translation>
    </message>
    <message>
        <source>Please choose how satisfied the customer is.</source>
        <translation>请选择顾客的满意程度。</translation>
    </message>
    <message>
        <source>The time of the call must lie within the last 7 days.</source>
        <translation>回访时间须在最近 7 天之内。</translation>
    </message>
    <message>
        <source>This callback needs the customer&apos;s signature: on screen, on paper, or later.</source>
        <translation>此回访需要客户签字：在屏幕上签名、在纸质表上签字，或稍后签字。</translation>
    </message>
    <message>
        <source>On the phone the customer cannot sign on this screen: choose &quot;sign later&quot;.</source>
        <translation>电话回访时顾客无法在本屏幕上签名：请选择“稍后签字”。</translation>
    </message>
    <message>
        <source>The customer has not signed on the pad yet.</source>
        <translation>顾客尚未在签名板上签名。</translation>
    </message>
    <message>
        <source>Please sign the record yourself as well.</source>
        <translation>请您本人也在记录上签名。</translation>
    </message>
    <message>
        <source>The customer is not satisfied: reopen the complaint or open a new one.</source>
        <translation>顾客不满意：请重新处理该投诉，或新建一条关联投诉。</translation>
    </message>
    <message>
        <source>Complaint {number} is not waiting for its callback any more.</source>
        <translation>投诉 {number} 已不再等待回访。</translation>
    </message>
    <message>
        <source>The scan of the signed form must be an image or a PDF.</source>
        <translation>签字表的扫描件必须是图片或 PDF 文件。</translation>
    </message>
    <message>
        <source>Please write why the record stays unsigned.</source>
        <translation>请填写该记录未签字的原因。</translation>
    </message>
    <message>
        <source>A complaint&apos;s callback cannot be voided: the complaint waits for it.</source>
        <translation>投诉的回访不能作废：该投诉须凭回访结案。</translation>
    </message>
    <message>
        <source>Please write why the callback is voided.</source>
        <translation>请填写回访作废的原因。</translation>
    </message>
    <message>
        <source>A walk-in&apos;s complaint needs the customer (or the visit).</source>
        <translation>来访投诉需要选择客户（或从接待单发起）。</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Complaint {number} was changed by someone else meanwhile. Reload it.</source>
        <translation>投诉 {number} 刚被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>The first response was already recorded.</source>
        <translation>首次答复已记录过。</translation>
    </message>
    <message>
        <source>Please write down what the customer was told.</source>
        <translation>请填写答复顾客的内容。</translation>
    </message>
    <message>
        <source>Please write the note.</source>
        <translation>请填写记录内容。</translation>
    </message>
    <message>
        <source>Please give both judgments.</source>
        <translation>请给出两项判定。</translation>
    </message>
    <message>
        <source>Please write down the reasons (for an unfounded complaint: the reply given to the customer and why).</source>
        <translation>请填写理由（投诉不成立时：给顾客的答复及原因）。</translation>
    </message>
    <message>
        <source>Please choose whether the complaint is major or general.</source>
        <translation>请选择重大投诉或一般投诉。</translation>
    </message>
    <message>
        <source>Please write the plan.</source>
        <translation>请填写处理方案。</translation>
    </message>
    <message>
        <source>The handling slip has been issued with the approved plan; add a note instead.</source>
        <translation>受理处理单已按批准的方案下发，如有补充请添加记录。</translation>
    </message>
    <message>
        <source>There is no plan to approve yet.</source>
        <translation>尚无待审批的处理方案。</translation>
    </message>
    <message>
        <source>The plan is already approved.</source>
        <translation>处理方案已审批。</translation>
    </message>
    <message>
        <source>Please write the approval opinion.</source>
        <translation>请填写审批意见。</translation>
    </message>
    <message>
        <source>There is no plan waiting for approval.</source>
        <translation>没有待审批的处理方案。</translation>
    </message>
    <message>
        <source>Please say what the plan should change.</source>
        <translation>请写明方案需要修改的地方。</translation>
    </message>
    <message>
        <source>The plan must be approved by a supervisor before the slip is issued.</source>
        <translation>处理方案须经主管审批后才能下发处理单。</translation>
    </message>
    <message>
        <source>Please name the responsible department.</source>
        <translation>请填写责任部门。</translation>
    </message>
    <message>
        <source>Please name the responsible person.</source>
        <translation>请填写责任人。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Please give the new date.</source>
        <translation>请填写新的期限。</translation>
    </message>
    <message>
        <source>The new date must be after the current deadline {current}: a deadline can be extended, never moved back.</source>
        <translation>新期限须晚于当前期限 {current}：期限只能延后，不能提前。</translation>
    </message>
    <message>
        <source>A deadline can be extended by at most 90 days at a time.</source>
        <translation>每次最多延期 90 天。</translation>
    </message>
    <message>
        <source>Please give the reason (and whether the customer agreed).</source>
        <translation>请填写原因（以及顾客是否同意）。</translation>
    </message>
    <message>
        <source>Issue the handling slip before recording the rectification.</source>
        <translation>请先下发受理处理单，再记录整改。</translation>
    </message>
    <message>
        <source>Please write the cause.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Please write the measures taken.</source>
        <translation>请填写整改措施。</translation>
    </message>
    <message>
        <source>Please write how the desk checked the rectification.</source>
        <translation>请填写服务台如何核实整改。</translation>
    </message>
    <message>
        <source>A called-back complaint closes with its signed callback record.</source>
        <translation>已回访的投诉须凭签字的回访记录结案。</translation>
    </message>
    <message>
        <source>This customer was changed by {who} at {when} after you opened it. Reload to see their change, then edit again.</source>
        <translation>在您打开后，{who}于 {when} 修改了该客户资料。请重新加载查看修改内容，然后再编辑。</translation>
    </message>
    <message>
        <source>This database has accounts already: demo data only goes into a new, empty database.</source>
        <translation>该数据库中已有账户：演示数据只能导入新建的空数据库。</translation>
    </message>
    <message>
        <source>The database {where} is damaged or is not a desk database. The desk has left the file as it is. Ask the administrator to restore the latest backup (and to keep the damaged file), then start the desk again.</source>
        <translation>数据库 {where} 已损坏，或者不是服务台的数据库。服务台没有改动这个文件。请联系管理员恢复最近的备份（损坏的文件请保留），然后重新启动服务台。</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program. Close the other desk window or wait a moment, then try again.</source>
        <translation>数据库 {where} 被其他程序锁定。请关闭另一个服务台窗口或稍等片刻，然后重试。</translation>
    </message>
    <message>
        <source>The database {where} is read-only. Ask the administrator to give this account write access to the file and its folder.</source>
        <translation>数据库 {where} 为只读。请联系管理员，为当前系统账户开通该文件及其所在文件夹的写入权限。</translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened. Check that the folder exists and this account may write to it.</source>
        <translation>无法打开数据库文件 {where}。请检查文件夹是否存在，以及当前系统账户是否有写入权限。</translation>
    </message>
    <message>
        <source>The database {where} cannot be reached. Check that the database server is running and the network cable is plugged in, then try again.</source>
        <translation>无法连接数据库 {where}。请检查数据库服务器是否已启动、网线是否插好，然后重试。</translation>
    </message>
    <message>
        <source>Please enter the supplier.</source>
        <translation>请填写供应商。</translation>
    </message>
    <message>
        <source>At most {max} characters, please.</source>
        <translation>最多只能输入 {max} 个字符。</translation>
    </message>
    <message>
        <source>A delivery needs at least one line: scan or pick its items.</source>
        <translation>到货至少要有一行：请扫描或选择商品。</translation>
    </message>
    <message>
        <source>At most {max} lines on one delivery.</source>
        <translation>一次到货最多 {max} 行。</translation>
    </message>
    <message>
        <source>{name} is on this delivery already: one line per item.</source>
        <translation>{name} 已在本次到货中：每种商品一行。</translation>
    </message>
    <message>
        <source>This delivery no longer exists.</source>
        <translation>该到货记录已不存在。</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name}: say what was found (a failed check or a count that differs needs its note).</source>
        <translation>{name}：请写明发现的问题（检查不合格或数量不符都须填写说明）。</translation>
    </message>
    <message>
        <source>Inspect every line of the delivery before finishing.</source>
        <translation>请先验收本次到货的每一行，再完成验收。</translation>
    </message>
    <message>
        <source>{number} was changed by another clerk after you opened it. Reload it and inspect again.</source>
        <translation>您打开 {number} 后，另一位仓管员已修改了它。请重新加载后再验收。</translation>
    </message>
    <message>
        <source>Please enter who was told (the handler, 经办人).</source>
        <translation>请填写已通知的经办人。</translation>
    </message>
    <message>
        <source>Please choose how the handler was told.</source>
        <translation>请选择通知经办人的方式。</translation>
    </message>
    <message>
        <source>The notice is between the inspection and now.</source>
        <translation>通知时间须在验收之后、现在之前。</translation>
    </message>
    <message>
        <source>No delivery has the number {number}.</source>
        <translation>没有单号为 {number} 的到货。</translation>
    </message>
    <message>
        <source>Scan or type the sales receipt number.</source>
        <translation>请扫描或输入销售小票号。</translation>
    </message>
    <message>
        <source>A sales receipt number has at most {max} characters.</source>
        <translation>销售小票号最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>A sales receipt number has {min} to {max} letters, digits or hyphens, as printed on the receipt.</source>
        <translation>销售小票号为 {min} 到 {max} 位字母、数字或连字符，请按小票上印的输入。</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>A correction changes the stock: enter how many more (5) or fewer (-5).</source>
        <translation>更正会改变库存：请输入增加数（如 5）或减少数（如 -5）。</translation>
    </message>
    <message>
        <source>Gifts are counted in whole pieces: no fractions.</source>
        <translation>赠品按整件计数，不能有小数。</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Please enter the gift.</source>
        <translation>请填写赠品名称。</translation>
    </message>
    <message>
        <source>Please enter the campaign the gift belongs to.</source>
        <translation>请填写赠品所属的活动。</translation>
    </message>
    <message>
        <source>Please enter the unit (个, 盒, 份…).</source>
        <translation>请填写单位（个、盒、份…）。</translation>
    </message>
    <message>
        <source>The campaign cannot end ({end}) before it starts ({start}).</source>
        <translation>活动结束日期（{end}）不能早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>At most {max} per receipt, please.</source>
        <translation>每张小票最多限领 {max}。</translation>
    </message>
    <message>
        <source>{name} was changed by a colleague after you opened it. Look at it again and repeat the step if it is still needed.</source>
        <translation>您打开后，同事已修改了{name}。请重新查看，如仍需要再操作一次。</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {name} on hand: a correction of {change} would take the stock below zero.</source>
        <translation>{name} 仅有库存 {on_hand} {unit}，更正 {change} 会使库存小于零。</translation>
    </message>
    <message>
        <source>{name} ({campaign}) was withdrawn from the catalogue: it is not handed out any more.</source>
        <translation>{name}（{campaign}）已停发，不能再发放。</translation>
    </message>
    <message>
        <source>The campaign {campaign} has not started: {name} is handed out from {start} to {end}.</source>
        <translation>活动“{campaign}”尚未开始：{name} 的发放期为 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>The campaign {campaign} is over: {name} was handed out from {start} to {end}.</source>
        <translation>活动“{campaign}”已结束：{name} 的发放期为 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>At most {limit} {unit} of {name} per sales receipt.</source>
        <translation>每张销售小票最多领 {name} {limit} {unit}。</translation>
    </message>
    <message>
        <source>Receipt {receipt} already had its gift: {had} {unit} of {name} on {number} at {when} (at most {limit} per receipt).</source>
        <translation>小票 {receipt} 已领过赠品：{when} 发放单 {number} 已领 {name} {had} {unit}（每张小票限领 {limit}）。</translation>
    </message>
    <message>
        <source>{name} is out of stock: none can be handed out until it is restocked.</source>
        <translation>{name} 已无库存，补货前不能发放。</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {name} left: {wanted} cannot be handed out.</source>
        <translation>{name} 仅剩 {left} {unit}，不够发放 {wanted} {unit}。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>This quantity is too large.</source>
        <translation>数量过大。</translation>
    </message>
    <message>
        <source>This item is counted in whole pieces: no fractions.</source>
        <translation>该商品按整件计数，不能有小数。</translation>
    </message>
    <message>
        <source>At most three decimal places, please.</source>
        <translation>最多保留三位小数。</translation>
    </message>
    <message>
        <source>Please enter the item code.</source>
        <translation>请输入商品编码。</translation>
    </message>
    <message>
        <source>An item code uses letters, digits and - _ . / only, without spaces.</source>
        <translation>商品编码只能使用字母、数字和 - _ . /，不能有空格。</translation>
    </message>
    <message>
        <source>Please enter the item name.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <source>Please enter the unit (件, 台, 米…).</source>
        <translation>请输入单位（件、台、米…）。</translation>
    </message>
    <message>
        <source>A barcode has letters, digits and - only.</source>
        <translation>条码只能包含字母、数字和 -。</translation>
    </message>
    <message>
        <source>The code {code} belongs to “{name}” already.</source>
        <translation>编码 {code} 已属于“{name}”。</translation>
    </message>
    <message>
        <source>This barcode belongs to “{name}” ({code}) already.</source>
        <translation>该条码已属于“{name}”（{code}）。</translation>
    </message>
    <message>
        <source>Another clerk has just saved an item with this code or barcode. Search for it.</source>
        <translation>另一位仓管员刚刚保存了使用此编码或条码的商品，请搜索该商品。</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>This item was changed by {who} at {when} after you opened it. Reload to see their change, then edit again.</source>
        <translation>您打开该商品后，{who} 于 {when} 修改了它。请重新加载查看其修改后再编辑。</translation>
    </message>
    <message>
        <source>This item has moved in fractions: it cannot become counted in whole pieces.</source>
        <translation>该商品已有带小数的出入库记录，不能改为按整件计数。</translation>
    </message>
    <message>
        <source>No item has the barcode or code {code}.</source>
        <translation>没有条码或编码为 {code} 的商品。</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>该销售线索已不存在。</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>该接待记录已不存在。</translation>
    </message>
    <message>
        <source>Please note what the customer wants to buy.</source>
        <translation>请填写客户的购买意向。</translation>
    </message>
    <message>
        <source>This lead was changed by someone else meanwhile. Reload it.</source>
        <translation>该销售线索已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>Please name the salesperson.</source>
        <translation>请填写销售员。</translation>
    </message>
    <message>
        <source>This account is deactivated. Please sign in again.</source>
        <translation>该账户已停用，请重新登录。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this.</source>
        <translation>您的角色（{role}）无权执行此操作。</translation>
    </message>
    <message>
        <source>Please choose the purpose of the visit.</source>
        <translation>请选择来访事由。</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
    <message>
        <source>Visit {number} was changed by someone else meanwhile. Reload it.</source>
        <translation>接待记录 {number} 已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>Please write down the outcome of the visit.</source>
        <translation>请填写本次接待的处理结果。</translation>
    </message>
    <message>
        <source>A user name has 2 to 40 letters, digits, Chinese characters, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</source>
        <translation>用户名须为 2 到 40 个字符，可使用字母、数字、汉字及“.”“_”“-”，不能含空格。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>A name may have at most {max} characters.</source>
        <translation>姓名最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation>未知角色“{role}”。</translation>
    </message>
    <message>
        <source>This text contains a broken character (often from copying and pasting). Please type it again.</source>
        <translation>这段文字里有一个损坏的字符（通常是复制粘贴造成的）。请重新输入。</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>A password may have at most {max} characters.</source>
        <translation>密码最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>An administrator exists already; please sign in.</source>
        <translation>管理员账户已存在，请直接登录。</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Choose a colleague to hand the work to.</source>
        <translation>请选择接手的同事。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>{name} cannot take desk work (inactive or another role).</source>
        <translation>{name} 不能接手服务台工作（已停用或角色不符）。</translation>
    </message>
    <message>
        <source>Tick at least one item to hand over.</source>
        <translation>请至少勾选一项交接事项。</translation>
    </message>
    <message>
        <source>Please say why (off duty, leave, …) and what the colleague should know.</source>
        <translation>请说明原因（下班、请假……）以及同事需要了解的情况。</translation>
    </message>
    <message>
        <source>{item} changed meanwhile (someone else may have taken it). Reload the list.</source>
        <translation>{item} 刚有变动（可能已被他人接手），请重新加载列表。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Choose a new password different from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>The user name “{username}” is taken.</source>
        <translation>用户名“{username}”已被占用。</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {attempts} wrong passwords an account is locked for a few minutes; the administrator can unlock it.</source>
        <translation>用户名或密码错误。密码连续输错 {attempts} 次后，账户会被锁定几分钟；管理员可以解锁。</translation>
    </message>
    <message>
        <source>This account was changed by someone else meanwhile. Reload it.</source>
        <translation>该账户已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>The desk needs at least one active administrator.</source>
        <translation>服务台至少需要保留一个启用的管理员账户。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>A name must contain letters or Chinese characters.</source>
        <translation>姓名须包含字母或汉字。</translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid Chinese mobile (11 digits, e.g. 13812345678) or landline with area code (e.g. 010-62345678).</source>
        <translation>“{value}”不是有效的手机号（11 位，如 13812345678）或带区号的座机号（如 010-62345678）。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again.</source>
        <translation>两次输入的密码不一致，请重新输入新密码。</translation>
    </message>
    <message>
        <source>You are not signed in: choose your own password to finish signing in.</source>
        <translation>尚未登录：请设置自己的密码以完成登录。</translation>
    </message>
    <message>
        <source>Pick a customer from the suggestions, create a new one, or tick “Anonymous”.</source>
        <translation>请从候选列表中选择客户、新建客户，或勾选“匿名”。</translation>
    </message>
    <message>
        <source>{number} is {state}: it cannot {action} now. Possible now: {allowed}.</source>
        <translation>{number} 当前状态为“{state}”，现在不能{action}。现在可以：{allowed}。</translation>
    </message>
    <message>
        <source>{number} is {state}: it cannot {action} now, nor change state any more.</source>
        <translation>{number} 当前状态为“{state}”，不能{action}，也不能再改变状态。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Choose another folder or free some disk space, then try again.</source>
        <translation>无法写入文件 {path}（{reason}）。请换一个文件夹或清理磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The desk locks after {min} to {max} minutes without input.</source>
        <translation>无操作锁定时间须在 {min} 到 {max} 分钟之间。</translation>
    </message>
    <message>
        <source>Deposits are kept for {min} to {max} days.</source>
        <translation>寄存期限为 {min} 至 {max} 天。</translation>
    </message>
    <message>
        <source>{name} changed the settings at {time} meanwhile. Close this window and open it again to see their change.</source>
        <translation>{name} 已于 {time} 修改了设置。请关闭此窗口后重新打开，查看其修改。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>文件 {name} 是空的。</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; at most {max} MB can be kept with a record. Send a smaller photo or scan.</source>
        <translation>文件 {name} 有 {size} MB，每条记录的附件最多 {max} MB，请换一张较小的照片或扫描件。</translation>
    </message>
    <message>
        <source>{name} is not a photo, a document or a recording, so it cannot be kept as evidence.</source>
        <translation>{name} 不是照片、文档或录音，不能作为证据保存。</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <source>Please say why the file is voided.</source>
        <translation>请说明作废原因。</translation>
    </message>
    <message>
        <source>This file is already voided.</source>
        <translation>该文件已作废。</translation>
    </message>
    <message>
        <source>Choose a year from {first} to {last}.</source>
        <translation>请选择 {first} 年至 {last} 年之间的年份。</translation>
    </message>
    <message>
        <source>{day} is not in {year}. Switch the calendar to its year to change it.</source>
        <translation>{day} 不在 {year} 年内。请先把日历切换到该日期所在的年份再修改。</translation>
    </message>
    <message>
        <source>Please name the day (for example 元旦 or 调休上班) so everyone sees why it differs.</source>
        <translation>请填写这一天的名称（例如“元旦”或“调休上班”），让大家知道为什么与平常不同。</translation>
    </message>
    <message>
        <source>{day} is given twice with different entries. Keep one of them.</source>
        <translation>{day} 被填写了两次且内容不同，请只保留其中一项。</translation>
    </message>
    <message>
        <source>{who} changed {what} in the work calendar at {when} after you opened it. Close the calendar and open it again to see their change.</source>
        <translation>在您打开工作日历之后，{who} 于 {when} 修改了日历中的 {what}。请关闭工作日历后重新打开，查看其修改。</translation>
    </message>
    <message>
        <source>Someone removed {day} from the work calendar after you opened it. Close the calendar and open it again.</source>
        <translation>在您打开工作日历之后，有人从日历中删除了 {day}。请关闭工作日历后重新打开。</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions (or clear the box for none).</source>
        <translation>请从提示列表中选择客户（无客户时清空此框）。</translation>
    </message>
    <message>
        <source>The printer {printer} could not start printing. Check that it is switched on and connected, then try again.</source>
        <translation>打印机 {printer} 无法开始打印。请检查打印机是否已开机并连接好，然后再试一次。</translation>
    </message>
    <message>
        <source>Please choose week, month or quarter.</source>
        <translation>请选择周、月或季度。</translation>
    </message>
    <message>
        <source>“{text}” is not a period. Write it like {example}.</source>
        <translation>“{text}”不是有效的期间，请按 {example} 的格式填写。</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2999.</source>
        <translation>年份必须在 2000 至 2999 之间。</translation>
    </message>
    <message>
        <source>{year} has ISO weeks 1 to {weeks}; there is no week {week}.</source>
        <translation>{year} 年的 ISO 周为第 1 至 {weeks} 周，没有第 {week} 周。</translation>
    </message>
    <message>
        <source>A month is 01 to 12; there is no month {month}.</source>
        <translation>月份为 01 至 12，没有 {month} 月。</translation>
    </message>
    <message>
        <source>A quarter is Q1 to Q4; there is no Q{quarter}.</source>
        <translation>季度为 Q1 至 Q4，没有 Q{quarter}。</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message>
        <source>Please write down the customer&apos;s question.</source>
        <translation>请填写顾客的问题。</translation>
    </message>
    <message>
        <source>The promised reply time must be later than now.</source>
        <translation>约定答复时间必须晚于现在。</translation>
    </message>
    <message>
        <source>The promised reply time may be at most {days} days ahead.</source>
        <translation>约定答复时间最多只能在 {days} 天以内。</translation>
    </message>
    <message>
        <source>This question was answered already by {name} at {time}.</source>
        <translation>该问题已由{name}于 {time} 答复过了。</translation>
    </message>
    <message>
        <source>This question was changed by someone else meanwhile. Reload it.</source>
        <translation>该问题在此期间已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <source>Please write down the reply given.</source>
        <translation>请填写给顾客的答复。</translation>
    </message>
    <message>
        <source>This suggestion no longer exists.</source>
        <translation>该建议已不存在。</translation>
    </message>
    <message>
        <source>Please choose how the suggestion came in.</source>
        <translation>请选择建议的来源渠道。</translation>
    </message>
    <message>
        <source>Please write down the suggestion.</source>
        <translation>请填写建议内容。</translation>
    </message>
    <message>
        <source>Suggestion {number} was changed by someone else meanwhile. Reload it.</source>
        <translation>建议 {number} 已被他人修改，请重新载入。</translation>
    </message>
    <message>
        <source>Please name the department concerned.</source>
        <translation>请填写相关部门。</translation>
    </message>
    <message>
        <source>Please write the department&apos;s evaluation.</source>
        <translation>请填写部门评估意见。</translation>
    </message>
    <message>
        <source>Please write the feedback given.</source>
        <translation>请填写反馈内容。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A report covers at most one year.</source>
        <translation>报表时间范围最多一年。</translation>
    </message>
    <message>
        <source>Callback {number} is not finished yet: only a completed, signed record is printed.</source>
        <translation>回访 {number} 尚未完成：只有已完成并签字的记录才能打印。</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>There are no signed callback records from {first} to {last}.</source>
        <translation>{first} 至 {last} 期间没有已签字的回访记录。</translation>
    </message>
    <message>
        <source>This file is too large to be a document the desk issued.</source>
        <translation>该文件过大，不可能是服务台出具的文件。</translation>
    </message>
    <message>
        <source>Nothing is signed yet: please sign on the pad.</source>
        <translation>尚未签名：请在签名板上签名。</translation>
    </message>
    <message>
        <source>The signature image is {size} KB; at most {max} KB can be kept. Please sign on the pad again.</source>
        <translation>签名图片有 {size} KB，最多只能保存 {max} KB。请在签名板上重新签名。</translation>
    </message>
    <message>
        <source>The signature is not a PNG image.</source>
        <translation>签名不是 PNG 图片。</translation>
    </message>
    <message>
        <source>The signature is blank or only a dot: please sign on the pad again.</source>
        <translation>签名为空或只有一个点：请在签名板上重新签名。</translation>
    </message>
    <message>
        <source>The signature image is damaged and cannot be read.</source>
        <translation>签名图片已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The signature image is {width} × {height} pixels; at most {max_width} × {max_height} can be kept. Please sign on the pad again.</source>
        <translation>签名图片为 {width} × {height} 像素，最多只能保存 {max_width} × {max_height} 像素。请在签名板上重新签名。</translation>
    </message>
    <message>
        <source>The signature image is too large to be read.</source>
        <translation>签名图片太大，无法读取。</translation>
    </message>
    <message>
        <source>Only a special service has a payment notice.</source>
        <translation>只有特约服务才有缴费通知单。</translation>
    </message>
    <message>
        <source>{month} is closed (month-end close up to {closed}): no movement can be dated into it. Check the computer&apos;s date.</source>
        <translation>{month} 已结账（已月结至 {closed}）：不能再有出入库记入该月。请检查电脑的日期。</translation>
    </message>
    <message>
        <source>This item&apos;s book has started already: correct it with a stocktake, not a second opening balance.</source>
        <translation>该商品已开始记账：请通过盘点更正，不能再次录入期初结存。</translation>
    </message>
    <message>
        <source>Check the name and spec/model against the goods first.</source>
        <translation>请先核对实物的名称和规格型号。</translation>
    </message>
    <message>
        <source>Check the quality condition first: goods with a quality problem are not issued.</source>
        <translation>请先核对质量状况：有质量问题的货物不得出库。</translation>
    </message>
    <message>
        <source>Confirm there is no damage (packaging included): damaged goods are not issued.</source>
        <translation>请确认无破损（包括包装）：破损的货物不得出库。</translation>
    </message>
    <message>
        <source>Add at least one item to issue.</source>
        <translation>请至少添加一项要出库的商品。</translation>
    </message>
    <message>
        <source>At most {max} lines on one issue.</source>
        <translation>一张出库单最多 {max} 行。</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {name} on hand: {wanted} cannot be issued.</source>
        <translation>{name} 仅有库存 {available} {unit}，不能出库 {wanted}。</translation>
    </message>
    <message>
        <source>{number} has not been inspected yet: nothing to print.</source>
        <translation>{number} 尚未验收：没有可打印的验收单。</translation>
    </message>
    <message>
        <source>{number} has not been taken into stock: it has no receiving note.</source>
        <translation>{number} 尚未入库：没有入库单。</translation>
    </message>
    <message>
        <source>Scan or type the item&apos;s barcode or code.</source>
        <translation>请扫描或输入商品的条码或编码。</translation>
    </message>
    <message>
        <source>Please enter the manufacturer.</source>
        <translation>请填写厂家。</translation>
    </message>
    <message>
        <source>Please enter the person at the manufacturer who took the order.</source>
        <translation>请填写厂家接单的联系人。</translation>
    </message>
    <message>
        <source>An order needs at least one line: scan or type its items.</source>
        <translation>订单至少要有一行：请扫描或输入商品。</translation>
    </message>
    <message>
        <source>At most {max} lines on one order.</source>
        <translation>一张订单最多 {max} 行。</translation>
    </message>
    <message>
        <source>{name} is on this order already: one line per item.</source>
        <translation>{name} 已在本订单中：每种商品只占一行。</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>{number} was changed by a colleague after you opened it. Look at it again and repeat the step if it is still needed.</source>
        <translation>{number} 在您打开后已被同事修改。请重新查看，如仍需要再执行此步骤。</translation>
    </message>
    <message>
        <source>Tick the box once every line&apos;s price matches the manufacturer&apos;s quote (a wrong price: cancel the order and place it again).</source>
        <translation>每行价格都与厂家报价一致后，请勾选此项（价格有误：请取消订单后重新下单）。</translation>
    </message>
    <message>
        <source>Please enter who at the manufacturer said the goods are ready.</source>
        <translation>请填写厂家哪位告知备货完成。</translation>
    </message>
    <message>
        <source>Please enter whom in finance you told.</source>
        <translation>请填写通知的财务人员。</translation>
    </message>
    <message>
        <source>Please enter the number of the delivery that brought the goods.</source>
        <translation>请填写送来这批货的到货单号。</translation>
    </message>
    <message>
        <source>{number} has not passed the dock&apos;s inspection: the goods are received once it has.</source>
        <translation>{number} 尚未通过入库验收：验收合格后才算到货。</translation>
    </message>
    <message>
        <source>{number} already received order {order}.</source>
        <translation>{number} 已登记为订单 {order} 的到货。</translation>
    </message>
    <message>
        <source>Please say why the order is cancelled.</source>
        <translation>请说明取消订单的原因。</translation>
    </message>
    <message>
        <source>Please enter whom at the manufacturer you reached.</source>
        <translation>请填写联系到的厂家人员。</translation>
    </message>
    <message>
        <source>Please choose how the manufacturer was contacted.</source>
        <translation>请选择联系厂家的方式。</translation>
    </message>
    <message>
        <source>Please write down the cause the manufacturer gave.</source>
        <translation>请写明厂家说明的原因。</translation>
    </message>
    <message>
        <source>Enter the month as year-month, e.g. 2026-11.</source>
        <translation>请按“年-月”输入月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>{month} has not ended yet: a month is closed after its last day.</source>
        <translation>{month} 尚未结束：月末最后一天过后才能月结。</translation>
    </message>
    <message>
        <source>{month} is closed already (closed up to {closed}).</source>
        <translation>{month} 已结账（已月结至 {closed}）。</translation>
    </message>
    <message>
        <source>Please choose what to count.</source>
        <translation>请选择盘点范围。</translation>
    </message>
    <message>
        <source>Nothing moved today: choose the items to count instead.</source>
        <translation>今天没有出入库的商品：请改为选择要盘点的商品。</translation>
    </message>
    <message>
        <source>Choose at least one item to count.</source>
        <translation>请至少选择一个要盘点的商品。</translation>
    </message>
    <message>
        <source>This stocktake no longer exists.</source>
        <translation>该盘点单已不存在。</translation>
    </message>
    <message>
        <source>{number} was changed by someone else after you opened it. Reload it and try again.</source>
        <translation>您打开 {number} 后，其他人修改了它。请重新打开后再试。</translation>
    </message>
    <message>
        <source>{name} is not on {number}: it was not frozen for this count.</source>
        <translation>{name} 不在盘点单 {number} 上：本次盘点未冻结它的账面数。</translation>
    </message>
    <message>
        <source>This line is not on the stocktake.</source>
        <translation>该行不在此盘点单上。</translation>
    </message>
    <message>
        <source>Please choose the reason.</source>
        <translation>请选择差异原因。</translation>
    </message>
    <message>
        <source>Please say what caused the difference.</source>
        <translation>请说明造成差异的原因。</translation>
    </message>
    <message>
        <source>An error or a quality problem needs its handling: say what was done about it.</source>
        <translation>差错或质量问题须写明处理措施：说明是如何处理的。</translation>
    </message>
    <message>
        <source>Please enter the departments the report went to.</source>
        <translation>请填写书面汇报报送的部门。</translation>
    </message>
    <message>
        <source>The report is sent between the start of the count and now.</source>
        <translation>汇报时间须在盘点开始之后、现在之前。</translation>
    </message>
    <message>
        <source>{count} item(s) not counted yet, first {name}: count them (0 when the shelf is empty).</source>
        <translation>还有 {count} 个商品未盘点，第一个是 {name}：请盘点（货架为空时填 0）。</translation>
    </message>
    <message>
        <source>Say what must be done before it comes back.</source>
        <translation>请说明退回后需要做什么。</translation>
    </message>
    <message>
        <source>{count} variance(s) without a reason, first {name}: send it back to give each its reason.</source>
        <translation>有 {count} 项差异没有原因，第一个是 {name}：请退回，为每项差异填写原因。</translation>
    </message>
    <message>
        <source>Errors or quality problems were found: record the written report to the departments concerned first.</source>
        <translation>发现了差错或质量问题：请先登记向有关部门的书面汇报。</translation>
    </message>
    <message>
        <source>{name}: the adjustment {variance} would take stock below zero; count it again.</source>
        <translation>{name}：调整 {variance} 会使库存低于零；请重新盘点。</translation>
    </message>
    <message>
        <source>The last day ({last}) is before the first ({first}).</source>
        <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <source>At most {max} days in one export, please.</source>
        <translation>一次最多导出 {max} 天。</translation>
    </message>
    <message>
        <source>This gift no longer exists.</source>
        <translation>该赠品已不存在。</translation>
    </message>
    <message>
        <source>This gift issue no longer exists.</source>
        <translation>该赠品发放记录已不存在。</translation>
    </message>
    <message>
        <source>Pieces: a whole number from 1 to {max}.</source>
        <translation>件数：1 至 {max} 的整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a ticket number (JC-yyyymmdd-nnnn): scan the ticket again or type its number.</source>
        <translation>“{value}”不是寄存牌号（JC-年月日-序号）：请重新扫描寄存牌或输入牌号。</translation>
    </message>
    <message>
        <source>Please describe the items (what they are, colour, packaging).</source>
        <translation>请描述寄存物品（物品、颜色、包装）。</translation>
    </message>
    <message>
        <source>This deposit no longer exists.</source>
        <translation>该寄存记录已不存在。</translation>
    </message>
    <message>
        <source>No deposit has ticket {number}.</source>
        <translation>没有寄存牌号为 {number} 的寄存记录。</translation>
    </message>
    <message>
        <source>Ticket {number} was already picked up at {time} by {name}: a ticket redeems once.</source>
        <translation>寄存牌 {number} 已于 {time} 由 {name} 办理取件：每张寄存牌只能取件一次。</translation>
    </message>
    <message>
        <source>Ticket {number} was already released on a lost ticket at {time} by {name}: it no longer redeems.</source>
        <translation>寄存牌 {number} 已于 {time} 由 {name} 挂失放行：此牌已作废。</translation>
    </message>
    <message>
        <source>Type the last four digits of the customer&apos;s phone.</source>
        <translation>请输入顾客手机号后四位。</translation>
    </message>
    <message>
        <source>The last four digits do not match the phone given at the deposit. Nothing was handed over.</source>
        <translation>后四位与寄存时登记的电话不符，未交付物品。</translation>
    </message>
    <message>
        <source>A supervisor approves a release on a lost ticket: their user name and password, please.</source>
        <translation>挂失放行须主管批准：请主管输入用户名和密码。</translation>
    </message>
    <message>
        <source>{name} is not a supervisor: a supervisor approves a release on a lost ticket.</source>
        <translation>{name} 不是主管：挂失放行须主管批准。</translation>
    </message>
    <message>
        <source>Please choose the ID the customer showed.</source>
        <translation>请选择顾客出示的证件。</translation>
    </message>
    <message>
        <source>Type the last four characters of the ID number (only those are kept).</source>
        <translation>请输入证件号码后四位（只保存这四位）。</translation>
    </message>
    <message>
        <source>Please say what happened to the ticket.</source>
        <translation>请说明寄存牌丢失的情况。</translation>
    </message>
    <message>
        <source>Please enter the taxpayer id (unified social credit code).</source>
        <translation>请填写纳税人识别号（统一社会信用代码）。</translation>
    </message>
    <message>
        <source>A taxpayer id has 18 characters; this one has {count}.</source>
        <translation>纳税人识别号为 18 位，这里有 {count} 位。</translation>
    </message>
    <message>
        <source>A taxpayer id never contains the letter {char} (at place {place}): I, O, Z, S and V are not used.</source>
        <translation>纳税人识别号不含字母 {char}（第 {place} 位）：不使用 I、O、Z、S、V。</translation>
    </message>
    <message>
        <source>“{char}” (at place {place}) cannot be in a taxpayer id: only digits and capital letters.</source>
        <translation>“{char}”（第 {place} 位）不能出现在纳税人识别号中：只能是数字和大写字母。</translation>
    </message>
    <message>
        <source>A taxpayer id cannot start with {char}: no registration authority has this code.</source>
        <translation>纳税人识别号不能以 {char} 开头：没有这个登记管理部门代码。</translation>
    </message>
    <message>
        <source>The second character {char} is not a kind of organisation that authority {authority} registers (possible: {kinds}).</source>
        <translation>第 2 位 {char} 不是登记管理部门 {authority} 的机构类别（可为：{kinds}）。</translation>
    </message>
    <message>
        <source>Places 3 to 8 of a taxpayer id are the six digits of a region code.</source>
        <translation>纳税人识别号第 3 至 8 位是 6 位行政区划码。</translation>
    </message>
    <message>
        <source>The taxpayer id&apos;s check character is wrong: {found} was typed, the code needs {expected}. Please compare it with the customer&apos;s licence.</source>
        <translation>纳税人识别号校验码不对：输入的是 {found}，应为 {expected}。请与顾客的营业执照核对。</translation>
    </message>
</context>
<context>
    <name>DockInspection</name>
    <message>
        <source>Receive a delivery nobody announced</source>
        <translation>验收未预先通知的到货</translation>
    </message>
    <message>
        <source>Inspect delivery {number}</source>
        <translation>验收到货 {number}</translation>
    </message>
    <message>
        <source>&amp;Supplier *</source>
        <translation>供应商(&amp;S) *</translation>
    </message>
    <message>
        <source>Delivery &amp;note no.</source>
        <translation>送货单号(&amp;N)</translation>
    </message>
    <message>
        <source>{supplier} · delivery note {note} · {state}</source>
        <translation>{supplier} · 送货单 {note} · {state}</translation>
    </message>
    <message>
        <source>Scan a line&apos;s barcode, or type its code, and press Enter</source>
        <translation>扫描商品条码或输入编码，然后按回车</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>扫描(&amp;C)：</translation>
    </message>
    <message>
        <source>Spec/model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Quality, packaging intact</source>
        <translation>质量合格，包装完好</translation>
    </message>
    <message>
        <source>Certificate of conformity (合格证)</source>
        <translation>合格证齐全</translation>
    </message>
    <message>
        <source>Delivery documents (单据)</source>
        <translation>单据齐全</translation>
    </message>
    <message>
        <source>What was found (needed for a failed check or a count that differs)</source>
        <translation>发现的问题（检查不合格或数量不符时必填）</translation>
    </message>
    <message>
        <source>Pass all checks (F2)</source>
        <translation>全部检查合格 (F2)</translation>
    </message>
    <message>
        <source>The line</source>
        <translation>本行</translation>
    </message>
    <message>
        <source>Delivery note says</source>
        <translation>送货单数量</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>实收(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>说明(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Finish inspection (Ctrl+Enter)</source>
        <translation>完成验收(&amp;F) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save as &amp;expected, inspect later</source>
        <translation>保存为待验收，稍后验收(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clerk&apos;s signature *</source>
        <translation>仓管员签名 *</translation>
    </message>
    <message>
        <source>{name} ({code}) is not on this delivery.</source>
        <translation>{name}（{code}）不在本次到货中。</translation>
    </message>
    <message>
        <source>{mark} {code} {name}: {received} of {expected} {unit}</source>
        <translation>{mark} {code} {name}：实收 {received} / 应收 {expected} {unit}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Complaint acknowledgement</source>
        <translation>投诉受理回执</translation>
    </message>
    <message>
        <source>Complaint handling slip</source>
        <translation>投诉受理处理单</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>No. {reference}</source>
        <translation>编号：{reference}</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投诉情况</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Callback record</source>
        <translation>回访记录表</translation>
    </message>
    <message>
        <source>Satisfaction survey opinion</source>
        <translation>满意度调查意见</translation>
    </message>
    <message>
        <source>Special paid service</source>
        <translation>有偿特约服务</translation>
    </message>
    <message>
        <source>Product follow-up</source>
        <translation>产品跟踪回访</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>回访来源</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Summarised on</source>
        <translation>汇总日期</translation>
    </message>
    <message>
        <source>Sent to the department</source>
        <translation>送达部门时间</translation>
    </message>
    <message>
        <source>Written measures</source>
        <translation>书面整改措施</translation>
    </message>
    <message>
        <source>Measures received</source>
        <translation>收到措施时间</translation>
    </message>
    <message>
        <source>Fixed on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Payment notice delivered</source>
        <translation>缴费通知单送达时间</translation>
    </message>
    <message>
        <source>What was called back</source>
        <translation>回访事项</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>问题 {n}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <source>The callback</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Exception: the customer did not sign</source>
        <translation>例外情况：顾客未签字</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Signed on paper; the scan is not attached yet</source>
        <translation>已在纸质表上签字，扫描件尚未附上</translation>
    </message>
    <message>
        <source>Signed on paper; the scan is shown below</source>
        <translation>已在纸质表上签字，扫描件见下方</translation>
    </message>
    <message>
        <source>Scan of the paper signed by the customer</source>
        <translation>顾客签字纸质表扫描件</translation>
    </message>
    <message>
        <source>Signed on paper; the scan (a PDF file) is kept with the record</source>
        <translation>已在纸质表上签字，扫描件（PDF 文件）随记录存档</translation>
    </message>
    <message>
        <source>Refused to sign (exception recorded above)</source>
        <translation>拒绝签字（例外情况见上方记录）</translation>
    </message>
    <message>
        <source>No signature required for this callback</source>
        <translation>本次回访无需签字</translation>
    </message>
    <message>
        <source>Staff signature</source>
        <translation>回访人签字</translation>
    </message>
    <message>
        <source>Printed by {name} at {time}</source>
        <translation>打印：{name}&#x3000;{time}</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Our promise</source>
        <translation>处理承诺</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Dealt with by</source>
        <translation>处理完成日期</translation>
    </message>
    <message>
        <source>First answer by</source>
        <translation>首次答复期限</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>We have taken your complaint and will tell you the result by {date}. Please quote complaint no. {number} when you contact the service desk.</source>
        <translation>您的投诉我们已受理，将于 {date} 前将处理结果告知您。联系服务台时请提供投诉单号 {number}。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Grounds hold</source>
        <translation>投诉理由成立</translation>
    </message>
    <message>
        <source>Demand reasonable</source>
        <translation>顾客要求合理</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Handling plan and approval</source>
        <translation>处理方案及审批</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Approval opinion</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Rectification (by the department)</source>
        <translation>整改情况（责任部门填写）</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Checked by the desk</source>
        <translation>服务台核实人</translation>
    </message>
    <message>
        <source>Please rectify by {date} and return this slip to the service desk.</source>
        <translation>请于 {date} 前整改完毕，并将本单交回服务台。</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>服务台经办</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>责任部门负责人</translation>
    </message>
    <message>
        <source>Payment notice for a special service</source>
        <translation>特约服务缴费通知单</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>服务情况</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Fee in words</source>
        <translation>金额大写</translation>
    </message>
    <message>
        <source>Please pay the fee above at the cashier, quoting no. {number}. We will call you after the service to ask whether you are satisfied.</source>
        <translation>请凭编号 {number} 到收银台缴纳上述费用。服务完成后，我们将致电回访，了解您是否满意。</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>顾客签收</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>验收单</translation>
    </message>
    <message>
        <source>Receiving note</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Spec/model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Quality, packaging</source>
        <translation>质量及包装</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>合格证</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Delivery no.</source>
        <translation>到货单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note no.</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Handler notice</source>
        <translation>经办人通知</translation>
    </message>
    <message>
        <source>Arrived unannounced</source>
        <translation>未预先通知</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到货方式</translation>
    </message>
    <message>
        <source>Announced in advance</source>
        <translation>预先通知</translation>
    </message>
    <message>
        <source>Received quantity</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Passed: taken into stock under {receipt}</source>
        <translation>验收合格：已入库，入库单号 {receipt}</translation>
    </message>
    <message>
        <source>Held: not taken into stock</source>
        <translation>暂扣：未入库</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>验收次数</translation>
    </message>
    <message>
        <source>No. {round}</source>
        <translation>第 {round} 次</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>验收时间</translation>
    </message>
    <message>
        <source>{person}, {method}, {time}</source>
        <translation>{person}，{method}，{time}</translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation>尚未通知</translation>
    </message>
    <message>
        <source>Inspected by (warehouse clerk)</source>
        <translation>验收人（仓管员）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>Taken into stock</source>
        <translation>入库明细</translation>
    </message>
    <message>
        <source>Passed the dock inspection (inspection sheet {number}). To finance on the day of receipt.</source>
        <translation>已通过入库验收（验收单 {number}）。入库当天报送财务部门。</translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <source>Received by finance</source>
        <translation>财务签收</translation>
    </message>
    <message>
        <source>Stocktake report</source>
        <translation>盘点报告</translation>
    </message>
    <message>
        <source>Book at the start</source>
        <translation>冻结账面数</translation>
    </message>
    <message>
        <source>Moved during the count</source>
        <translation>盘点期间变动</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason for the variance</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Stocktake no.</source>
        <translation>盘点单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>盘点类型</translation>
    </message>
    <message>
        <source>Book frozen at</source>
        <translation>账面冻结时间</translation>
    </message>
    <message>
        <source>Invoice request</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方类型</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Taxpayer id</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>地址、电话</translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>{item}: {quantity} × {price} = {total} (tax rate {rate} %: amount {amount}, tax {tax})</source>
        <translation>{item}：{quantity} × {price} = {total}（税率 {rate}%：金额 {amount}，税额 {tax}）</translation>
    </message>
    <message>
        <source>Lines (prices include tax)</source>
        <translation>明细（含税价）</translation>
    </message>
    <message>
        <source>Amount (excl. tax)</source>
        <translation>金额（不含税）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total (tax incl.)</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>价税合计(大写)</translation>
    </message>
    <message>
        <source>Sales receipts covered</source>
        <translation>所开小票</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Please check the title, the taxpayer id and the amounts. The invoice is issued on the tax platform against request no. {number}.</source>
        <translation>请核对抬头、纳税人识别号和金额。发票将按申请编号 {number} 在税务平台开具。</translation>
    </message>
    <message>
        <source>Items counted</source>
        <translation>已盘商品</translation>
    </message>
    <message>
        <source>Items that differ</source>
        <translation>有差异商品</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>书面汇报</translation>
    </message>
    <message>
        <source>To {to}, {time}</source>
        <translation>报送 {to}，{time}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The count</source>
        <translation>盘点概况</translation>
    </message>
    <message>
        <source>Approved: the adjustments were posted under {number}.</source>
        <translation>已审批：盘点调整已按 {number} 记账。</translation>
    </message>
    <message>
        <source>Not approved yet: nothing has been adjusted.</source>
        <translation>尚未审批：库存尚未调整。</translation>
    </message>
    <message>
        <source>Every item counted matches the book.</source>
        <translation>所盘商品账实相符。</translation>
    </message>
    <message>
        <source>Counted by (warehouse clerk)</source>
        <translation>盘点人（仓库管理员）</translation>
    </message>
    <message>
        <source>Approved by (supervisor)</source>
        <translation>审批人（主管）</translation>
    </message>
    <message>
        <source>Storage ticket</source>
        <translation>寄存牌</translation>
    </message>
    <message>
        <source>{pieces} piece(s)</source>
        <translation>{pieces} 件</translation>
    </message>
    <message>
        <source>Parcel&apos;s part: stays with the items</source>
        <translation>物品联：随物品存放</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>物品状况</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>寄存时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>1. Items are kept until {day} ({days} days). Items not collected by then are handled by the store&apos;s rules.</source>
        <translation>1. 物品保管至 {day}（{days} 天）。逾期未取的物品按本店规定处理。</translation>
    </message>
    <message>
        <source>2. Please do not deposit cash, valuables or perishables: {store} is not responsible for them.</source>
        <translation>2. 请勿寄存现金、贵重物品或易腐物品，如有遗失，{store}概不负责。</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>3. Show this stub to collect; the clerk asks for the last four digits of your phone. A lost stub: items are released only on your ID and a supervisor&apos;s approval.</source>
        <translation>3. 凭此联取件，取件时须核对手机号后四位。此联遗失的，须出示本人证件并经主管批准方可取件。</translation>
    </message>
    <message>
        <source>Customer&apos;s stub: keep it to collect your items</source>
        <translation>顾客联：请妥善保管，凭此取件</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>沿此线撕开</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Trying again will not help. Close the desk and call the administrator; nothing more is written to the damaged file.</source>
        <translation>重试也无济于事。请关闭服务台并联系管理员；损坏的文件不会再被写入任何内容。</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <source>Nothing was saved by this action. Your other records are safe.</source>
        <translation>本次操作未保存任何内容，其他记录不受影响。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Void file…</source>
        <translation>作废文件…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence and files&lt;/b&gt;</source>
        <translation>&lt;b&gt;证据与附件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attach a photo, scan, document or recording</source>
        <translation>添加照片、扫描件、文档或录音</translation>
    </message>
    <message>
        <source>Evidence ({patterns});;All files (*)</source>
        <translation>证据文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Void file</source>
        <translation>作废文件</translation>
    </message>
    <message>
        <source>Why is {name} voided? (It stays on record.)</source>
        <translation>{name} 作废的原因？（文件仍保留在档案中）</translation>
    </message>
</context>
<context>
    <name>ExportRangeDialog</name>
    <message>
        <source>Export issued invoices for finance</source>
        <translation>导出已开发票给财务</translation>
    </message>
    <message>
        <source>&amp;From invoice date</source>
        <translation>开票日期从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To invoice date</source>
        <translation>开票日期至(&amp;T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Exported by {name} at {when}</source>
        <translation>导出人：{name}&#x3000;导出时间：{when}</translation>
    </message>
</context>
<context>
    <name>FinishVisitDialog</name>
    <message>
        <source>Finish visit {number}</source>
        <translation>结束接待 {number}</translation>
    </message>
    <message>
        <source>{who} · {purpose} · arrived {time}</source>
        <translation>{who} · {purpose} · {time} 到达</translation>
    </message>
    <message>
        <source>What was done for the customer?</source>
        <translation>为客户做了哪些处理？</translation>
    </message>
    <message>
        <source>&amp;Question not answered on the spot: promise a reply by a set time</source>
        <translation>问题未能当场解答，约定答复时间(&amp;Q)</translation>
    </message>
    <message>
        <source>The customer&apos;s question, to answer later</source>
        <translation>顾客的问题，稍后答复</translation>
    </message>
    <message>
        <source>Finish visit</source>
        <translation>结束接待</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Outcome *</source>
        <translation>处理结果 *</translation>
    </message>
    <message>
        <source>Question *</source>
        <translation>问题 *</translation>
    </message>
    <message>
        <source>Reply by *</source>
        <translation>答复时间 *</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome: create the administrator</source>
        <translation>欢迎使用：请创建管理员</translation>
    </message>
    <message>
        <source>This desk has no accounts yet. Create the administrator account now: there is no default password, so choose one and keep it safe.</source>
        <translation>本服务台还没有任何账户。请先创建管理员账户：系统没有默认密码，请自行设置并妥善保管。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>for example admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>as shown on records, e.g. 王管理</source>
        <translation>显示在各类记录上，如：王管理</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
</context>
<context>
    <name>GiftSheet</name>
    <message>
        <source>Gifts handed out {days}</source>
        <translation>赠品发放清单 {days}</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>发放明细</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Issue no.</source>
        <translation>发放单号</translation>
    </message>
    <message>
        <source>Handed out at</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sales receipt no.</source>
        <translation>销售小票号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Handed out (voided not counted)</source>
        <translation>发放数量（不含作废）</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已发放</translation>
    </message>
</context>
<context>
    <name>GiftsPanel</name>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}：{reason}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>发放单号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handed out on &amp;day:</source>
        <translation>发放日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Void issue…</source>
        <translation>作废发放(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport the day…</source>
        <translation>导出当日(&amp;X)…</translation>
    </message>
    <message>
        <source>%n gift issue(s)</source>
        <translation>%n 笔发放</translation>
    </message>
    <message>
        <source>Save the gift issue list</source>
        <translation>保存赠品发放清单</translation>
    </message>
    <message>
        <source>{count} gift issue(s) -&gt; {path}</source>
        <translation>已导出 {count} 笔赠品发放：{path}</translation>
    </message>
    <message>
        <source>Exporting the gift issue list…</source>
        <translation>正在导出赠品发放清单…</translation>
    </message>
    <message>
        <source>{name} · {campaign} · {on_hand} {unit} left</source>
        <translation>{name} · {campaign} · 剩 {on_hand} {unit}</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Walk-in &amp;name</source>
        <translation>散客姓名(&amp;N)</translation>
    </message>
    <message>
        <source>only without a customer record</source>
        <translation>无客户档案时填写</translation>
    </message>
    <message>
        <source>Walk-in &amp;phone</source>
        <translation>散客电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gift *</source>
        <translation>赠品(&amp;G) *</translation>
    </message>
    <message>
        <source>&amp;Quantity *</source>
        <translation>数量(&amp;Q) *</translation>
    </message>
    <message>
        <source>Sales &amp;receipt no. *</source>
        <translation>销售小票号(&amp;R) *</translation>
    </message>
    <message>
        <source>scan or type it, then Enter</source>
        <translation>扫描或输入后按回车</translation>
    </message>
    <message>
        <source>Handed out against a sales receipt: the campaign must be running, the receipt may not have had its gift yet.</source>
        <translation>凭销售小票发放：活动须在进行中，且该小票尚未领过赠品。</translation>
    </message>
    <message>
        <source>Issue a gift</source>
        <translation>发放赠品</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>e.g. 保温杯</source>
        <translation>如：保温杯</translation>
    </message>
    <message>
        <source>&amp;Campaign *</source>
        <translation>活动(&amp;C) *</translation>
    </message>
    <message>
        <source>e.g. 双十二满500送</source>
        <translation>如：双十二满500送</translation>
    </message>
    <message>
        <source>&amp;From *</source>
        <translation>开始日期(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;To (included) *</source>
        <translation>结束日期(&amp;T)（含当天） *</translation>
    </message>
    <message>
        <source>&amp;Limit per receipt *</source>
        <translation>每张小票限领(&amp;L) *</translation>
    </message>
    <message>
        <source>&amp;Unit *</source>
        <translation>单位(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Opening stock</source>
        <translation>期初库存(&amp;O)</translation>
    </message>
    <message>
        <source>Edit the gift: {name}</source>
        <translation>修改赠品：{name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>新增赠品</translation>
    </message>
    <message>
        <source>Add to the catalogue</source>
        <translation>加入赠品目录</translation>
    </message>
    <message>
        <source>{name} · {campaign} · on hand {on_hand} {unit}</source>
        <translation>{name} · {campaign} · 库存 {on_hand} {unit}</translation>
    </message>
    <message>
        <source>&amp;Received *</source>
        <translation>入库数量(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. the delivery note&apos;s number</source>
        <translation>如：配送单号</translation>
    </message>
    <message>
        <source>Restock: {name}</source>
        <translation>补货：{name}</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>补货</translation>
    </message>
    <message>
        <source>&amp;Change *</source>
        <translation>增减数量(&amp;C) *</translation>
    </message>
    <message>
        <source>-2 for two fewer, 3 for three more</source>
        <translation>少 2 个填 -2，多 3 个填 3</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
    <message>
        <source>Correct the stock: {name}</source>
        <translation>更正库存：{name}</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Withdraw the gift: {name}</source>
        <translation>停发赠品：{name}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>{number} · {gift} × {quantity} · receipt {receipt} · {recipient} · {state}</source>
        <translation>{number} · {gift} × {quantity} · 小票 {receipt} · {recipient} · {state}</translation>
    </message>
    <message>
        <source>Void the gift issue {number}</source>
        <translation>作废赠品发放 {number}</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已停发</translation>
    </message>
    <message>
        <source>Campaign over</source>
        <translation>活动已结束</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>{day} 开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>OUT OF STOCK</source>
        <translation>无库存</translation>
    </message>
    <message>
        <source>low: {n} left</source>
        <translation>仅剩 {n}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>活动期</translation>
    </message>
    <message>
        <source>Per receipt</source>
        <translation>每票限领</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Issue no.</source>
        <translation>发放单号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scan a sales receipt to hand out its gift</source>
        <translation>扫描销售小票即可发放赠品</translation>
    </message>
    <message>
        <source>Receip&amp;t:</source>
        <translation>小票(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Issue gift… (F2)</source>
        <translation>发放赠品(&amp;I)… (F2)</translation>
    </message>
    <message>
        <source>&amp;New gift…</source>
        <translation>新增赠品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restock…</source>
        <translation>补货(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Correct stock…</source>
        <translation>更正库存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>停发(&amp;W)…</translation>
    </message>
    <message>
        <source>Pick a gift to see its stock book.</source>
        <translation>选择一种赠品，查看其库存台账。</translation>
    </message>
    <message>
        <source>Stock book of {name} ({campaign}): {on_hand} {unit} on hand</source>
        <translation>{name}（{campaign}）库存台账：现有 {on_hand} {unit}</translation>
    </message>
    <message>
        <source>No campaign is running today: there is no gift to hand out.</source>
        <translation>今天没有进行中的活动，没有可发放的赠品。</translation>
    </message>
    <message>
        <source>{number}: {gift_name} × {quantity} handed out to {recipient_name} (receipt {receipt_number}).</source>
        <translation>{number}：已向 {recipient_name} 发放 {gift_name} × {quantity}（小票 {receipt_number}）。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over open work</source>
        <translation>交接工作</translation>
    </message>
    <message>
        <source>Off duty, leave…; what the colleague should know</source>
        <translation>下班、请假……以及同事需要了解的情况</translation>
    </message>
    <message>
        <source>&amp;Whose work</source>
        <translation>谁的工作(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>交给(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>交接事项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Why *</source>
        <translation>原因(&amp;Y) *</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>— choose a colleague —</source>
        <translation>— 选择同事 —</translation>
    </message>
    <message>
        <source>Complaint {number} · {who} · {state}</source>
        <translation>投诉 {number} · {who} · {state}</translation>
    </message>
    <message>
        <source>Callback {number} · {who} · {state} · due {day}</source>
        <translation>回访 {number} · {who} · {state} · 期限 {day}</translation>
    </message>
    <message>
        <source>Held delivery {number} · {supplier}</source>
        <translation>暂扣到货 {number} · {supplier}</translation>
    </message>
    <message>
        <source>Stocktake {number} · {state}</source>
        <translation>盘点单 {number} · {state}</translation>
    </message>
    <message>
        <source>Suggestion {number} · {who}</source>
        <translation>意见建议 {number} · {who}</translation>
    </message>
    <message>
        <source>Pending reply “{question}” · {who} · due {due}</source>
        <translation>待答复“{question}” · {who} · 约定 {due}</translation>
    </message>
    <message>
        <source>No open work to hand over.</source>
        <translation>没有需要交接的工作。</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Service desk (locked)</source>
        <translation>服务台（已锁定）</translation>
    </message>
</context>
<context>
    <name>InboundSheet</name>
    <message>
        <source>Inbound {day}</source>
        <translation>入库清单 {day}</translation>
    </message>
    <message>
        <source>Inbound list {day}</source>
        <translation>入库清单 {day}</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>入库明细</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>入库单号</translation>
    </message>
    <message>
        <source>Delivery no.</source>
        <translation>到货单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note no.</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spec/model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>入库单数</translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <source>Invoices {first} to {last}</source>
        <translation>发票 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Invoices issued {first} to {last}</source>
        <translation>已开发票 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>发票明细</translation>
    </message>
    <message>
        <source>Totals by rate</source>
        <translation>按税率汇总</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Taxpayer id</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>货物或服务</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (tax incl.)</source>
        <translation>含税单价</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Red-letter no.</source>
        <translation>红字发票号码</translation>
    </message>
    <message>
        <source>Credited (red-letter) invoices are listed with their lines and left out of the totals.</source>
        <translation>已红冲的发票列出明细，不计入汇总。</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>{number} · {state} · requested {when} by {who}</source>
        <translation>{number} · {state} · {who} 于 {when} 申请</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}：{title}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>顾客：{name}</translation>
    </message>
    <message>
        <source>Amount {amount} + tax {tax} = total {total} ({words})</source>
        <translation>金额 {amount} + 税额 {tax} = 价税合计 {total}（{words}）</translation>
    </message>
    <message>
        <source>Sales receipts: {receipts}</source>
        <translation>销售小票：{receipts}</translation>
    </message>
    <message>
        <source>Invoice {number} of {day}, entered {when} by {who}</source>
        <translation>发票 {number}，开票日期 {day}，{who} 于 {when} 登记</translation>
    </message>
    <message>
        <source>Delivered {when}: {how}</source>
        <translation>{when} 交付：{how}</translation>
    </message>
    <message>
        <source>{state} {when} by {who}: {reason}</source>
        <translation>{state}：{who} 于 {when}，原因：{reason}</translation>
    </message>
    <message>
        <source>red-letter invoice {number}</source>
        <translation>红字发票 {number}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>request or invoice no., receipt, taxpayer id, title (Ctrl+F)</source>
        <translation>申请编号、发票号码、小票号、纳税人识别号、抬头（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New request… (F4)</source>
        <translation>新建申请(&amp;N)… (F4)</translation>
    </message>
    <message>
        <source>E&amp;xport for finance… (Ctrl+E)</source>
        <translation>导出给财务(&amp;X)… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Issued… (F6)</source>
        <translation>已开票(&amp;I)… (F6)</translation>
    </message>
    <message>
        <source>&amp;Delivered… (F7)</source>
        <translation>已交付(&amp;D)… (F7)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Credit (red-letter)…</source>
        <translation>红冲(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print request… (Ctrl+P)</source>
        <translation>打印申请单(&amp;P)… (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 张申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the invoices for finance</source>
        <translation>保存给财务的发票清单</translation>
    </message>
    <message>
        <source>{count} invoice line(s) -&gt; {path}</source>
        <translation>{count} 行发票明细 -&gt; {path}</translation>
    </message>
    <message>
        <source>Exporting the invoices…</source>
        <translation>正在导出发票…</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Record the invoice</source>
        <translation>登记发票</translation>
    </message>
    <message>
        <source>Invoice &amp;number *</source>
        <translation>发票号码(&amp;N) *</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation>20 位数字</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 位数字</translation>
    </message>
    <message>
        <source>Invoice &amp;date *</source>
        <translation>开票日期(&amp;D) *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Invoice delivered</source>
        <translation>发票已交付</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Emailed to {email}</source>
        <translation>已发送至 {email}</translation>
    </message>
    <message>
        <source>Handed over at the counter</source>
        <translation>柜台当面交付</translation>
    </message>
    <message>
        <source>&amp;How *</source>
        <translation>交付方式(&amp;H) *</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
    <message>
        <source>Credit with a red-letter invoice</source>
        <translation>开红字发票冲红</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>Red-letter invoice &amp;no.</source>
        <translation>红字发票号码(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>寄存</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>Group purchase</source>
        <translation>团购</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Pending question</source>
        <translation>待答复问题</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来函</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电邮</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Store environment</source>
        <translation>购物环境</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>first response overdue</source>
        <translation>首次答复逾期</translation>
    </message>
    <message>
        <source>rectification overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>callback overdue</source>
        <translation>回访逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>接待中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Sales lead</source>
        <translation>销售线索</translation>
    </message>
    <message>
        <source>Gift issued</source>
        <translation>赠品发放</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>结束接待</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>record the first response</source>
        <translation>记录首次答复</translation>
    </message>
    <message>
        <source>assess</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>find unfounded</source>
        <translation>判定不成立</translation>
    </message>
    <message>
        <source>draft the plan</source>
        <translation>拟定处理方案</translation>
    </message>
    <message>
        <source>approve the plan</source>
        <translation>审批处理方案</translation>
    </message>
    <message>
        <source>send the plan back</source>
        <translation>退回处理方案</translation>
    </message>
    <message>
        <source>issue the handling slip</source>
        <translation>下发受理处理单</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>extend the deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>record the rectification</source>
        <translation>记录整改</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>void a file</source>
        <translation>作废附件</translation>
    </message>
    <message>
        <source>save a copy of a file</source>
        <translation>另存附件副本</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Damaged in transport</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>延误交货</translation>
    </message>
    <message>
        <source>Installation fault</source>
        <translation>安装问题</translation>
    </message>
    <message>
        <source>Service fault</source>
        <translation>服务过失</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已索赔</translation>
    </message>
    <message>
        <source>Amount agreed</source>
        <translation>金额已核定</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>已通知责任方</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>With the department</source>
        <translation>已转部门</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>agree the amount</source>
        <translation>核定金额</translation>
    </message>
    <message>
        <source>record the notice</source>
        <translation>登记通知</translation>
    </message>
    <message>
        <source>reject the claim</source>
        <translation>驳回理赔</translation>
    </message>
    <message>
        <source>pass to the department</source>
        <translation>转交部门</translation>
    </message>
    <message>
        <source>record the evaluation</source>
        <translation>登记评估</translation>
    </message>
    <message>
        <source>close with the feedback</source>
        <translation>反馈后结案</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Special service</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <source>Product follow-up</source>
        <translation>产品跟踪</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>To send to the department</source>
        <translation>待送达部门</translation>
    </message>
    <message>
        <source>Awaiting measures</source>
        <translation>待反馈措施</translation>
    </message>
    <message>
        <source>Awaiting the fix</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Payment notice to deliver</source>
        <translation>待送缴费通知单</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>send to the department</source>
        <translation>送达部门</translation>
    </message>
    <message>
        <source>record the measures</source>
        <translation>登记整改措施</translation>
    </message>
    <message>
        <source>report the fix</source>
        <translation>登记整改完成</translation>
    </message>
    <message>
        <source>deliver the payment notice</source>
        <translation>送达缴费通知单</translation>
    </message>
    <message>
        <source>record the callback</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>add the customer&apos;s signature</source>
        <translation>补录客户签字</translation>
    </message>
    <message>
        <source>close without signature</source>
        <translation>无签字结案</translation>
    </message>
    <message>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>open a linked complaint</source>
        <translation>新建关联投诉</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初结存</translation>
    </message>
    <message>
        <source>Receipt note</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Issue note</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>Passed, in stock</source>
        <translation>验收合格，已入库</translation>
    </message>
    <message>
        <source>pass the inspection and post stock</source>
        <translation>验收合格并入库</translation>
    </message>
    <message>
        <source>hold after the inspection</source>
        <translation>验收后暂扣</translation>
    </message>
    <message>
        <source>record the handler&apos;s notice</source>
        <translation>记录经办人通知</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>已提交待审批</translation>
    </message>
    <message>
        <source>Approved, adjusted</source>
        <translation>已审批，已调整</translation>
    </message>
    <message>
        <source>enter a count</source>
        <translation>录入实盘数</translation>
    </message>
    <message>
        <source>give a variance&apos;s reason</source>
        <translation>填写差异原因</translation>
    </message>
    <message>
        <source>record the written report</source>
        <translation>登记书面汇报</translation>
    </message>
    <message>
        <source>submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>approve and post the adjustments</source>
        <translation>审批并记入盘点调整</translation>
    </message>
    <message>
        <source>send back to counting</source>
        <translation>退回重盘</translation>
    </message>
    <message>
        <source>Full stocktake</source>
        <translation>全面盘点</translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation>指定商品</translation>
    </message>
    <message>
        <source>Daily count</source>
        <translation>每日盘点</translation>
    </message>
    <message>
        <source>Error (wrong receipt, issue or entry)</source>
        <translation>差错（收发或记账错误）</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Loss or breakage</source>
        <translation>损耗或破损</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>短信/消息</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Price verified</source>
        <translation>已核价</translation>
    </message>
    <message>
        <source>Goods ready</source>
        <translation>备货完成</translation>
    </message>
    <message>
        <source>Finance notified to pay</source>
        <translation>已通知财务付款</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>verify the prices</source>
        <translation>核价</translation>
    </message>
    <message>
        <source>record the goods ready</source>
        <translation>登记备货完成</translation>
    </message>
    <message>
        <source>notify finance to pay</source>
        <translation>通知财务付款</translation>
    </message>
    <message>
        <source>record the goods received</source>
        <translation>登记到货</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>record a follow-up</source>
        <translation>登记跟进</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>在发</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已停发</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Issue voided</source>
        <translation>发放已作废</translation>
    </message>
    <message>
        <source>withdraw the gift</source>
        <translation>停发该赠品</translation>
    </message>
    <message>
        <source>void the gift issue</source>
        <translation>作废该发放</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>补货</translation>
    </message>
    <message>
        <source>Gift handed out</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Stock correction</source>
        <translation>库存更正</translation>
    </message>
    <message>
        <source>Back from a voided issue</source>
        <translation>作废退回</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>寄存中</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>Released on lost ticket</source>
        <translation>挂失放行</translation>
    </message>
    <message>
        <source>pick up with the ticket</source>
        <translation>凭寄存牌取件</translation>
    </message>
    <message>
        <source>release on a lost ticket</source>
        <translation>挂失放行</translation>
    </message>
    <message>
        <source>print the ticket</source>
        <translation>打印寄存牌</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>held past closing</source>
        <translation>过夜未取</translation>
    </message>
    <message>
        <source>past the storage limit</source>
        <translation>超过寄存期限</translation>
    </message>
    <message>
        <source>Invoice request</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <source>Invoice requested</source>
        <translation>待开票</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Invoice delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Request voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Credited (red-letter)</source>
        <translation>已红冲</translation>
    </message>
    <message>
        <source>enter the issued invoice</source>
        <translation>登记已开发票</translation>
    </message>
    <message>
        <source>record the invoice delivered</source>
        <translation>登记发票已交付</translation>
    </message>
    <message>
        <source>void the request</source>
        <translation>作废申请</translation>
    </message>
    <message>
        <source>void the paper invoice</source>
        <translation>作废纸质发票</translation>
    </message>
    <message>
        <source>credit with a red-letter invoice</source>
        <translation>开红字发票冲红</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Electronic ordinary invoice</source>
        <translation>电子普通发票</translation>
    </message>
    <message>
        <source>Electronic special VAT invoice</source>
        <translation>电子增值税专用发票</translation>
    </message>
    <message>
        <source>Paper ordinary invoice</source>
        <translation>纸质普通发票</translation>
    </message>
    <message>
        <source>Paper special VAT invoice</source>
        <translation>纸质增值税专用发票</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New sales lead</source>
        <translation>新建销售线索</translation>
    </message>
    <message>
        <source>For example: 50 electric fans as staff gifts. Shift+Enter starts a new line.</source>
        <translation>例如：50 台电风扇，用作员工福利。按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Optional: assign it later from the list</source>
        <translation>选填：也可以稍后在列表中分配</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The number in the customer&apos;s archive is used.</source>
        <translation>将使用客户档案中的电话号码。</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>如 13812345678</translation>
    </message>
    <message>
        <source>This customer has no number in the archive: enter one for the salesperson to call.</source>
        <translation>该客户档案中没有电话号码：请填写一个，方便销售员联系。</translation>
    </message>
    <message>
        <source>The counter does not sign sales: record what the customer wants to buy, and a salesperson will contact them.</source>
        <translation>前台不签销售单：请记录客户的购买意向，由销售员与客户联系。</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Wants to buy:</source>
        <translation>购买意向(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>销售员(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>LeadsTab</name>
    <message>
        <source>All leads</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>新建线索(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Wants to buy</source>
        <translation>购买意向</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation>接待单号</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>暂无销售线索</translation>
    </message>
    <message>
        <source>1 lead, {unassigned} unassigned</source>
        <translation>1 条线索，{unassigned} 条未分配</translation>
    </message>
    <message>
        <source>{total} leads, {unassigned} unassigned</source>
        <translation>{total} 条线索，{unassigned} 条未分配</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <source>Export the stock ledger</source>
        <translation>导出库存台账</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>商品(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LedgerSheet</name>
    <message>
        <source>Stock ledger {first} to {last}</source>
        <translation>库存台账 {first} 至 {last}</translation>
    </message>
    <message>
        <source>all items</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Stock ledger {first} to {last}, {scope}</source>
        <translation>库存台账 {first} 至 {last}，{scope}</translation>
    </message>
    <message>
        <source>Every figure from the stock ledger by the local time of the movement; closing = opening + entered + receipts + issues + adjustments.</source>
        <translation>所有数字均取自库存台账，按出入库发生的本地时间归入期间；期末 = 期初 + 期初录入 + 入库 + 出库 + 盘点调整。</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>出入库明细</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spec/model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>收发类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>来源/去向</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>Opening balances entered</source>
        <translation>期初录入</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>期末</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Desk locked</source>
        <translation>服务台已锁定</translation>
    </message>
    <message>
        <source>The desk was locked to keep customer information from whoever sits down. {name}, enter your password to go on: everything you were typing is kept.</source>
        <translation>为防止客户信息被他人看到，服务台已锁定。{name}，请输入密码继续工作：刚才填写的内容都会保留。</translation>
    </message>
    <message>
        <source>Password of {user}</source>
        <translation>{user} 的密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Choose your own password to unlock, or sign out.</source>
        <translation>请先设置您自己的密码才能解锁，或者退出登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>After-sales service desk</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Sales leads</source>
        <translation>销售线索</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>当前登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <source>Export visits to Excel…</source>
        <translation>导出接待记录到 Excel…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Des&amp;k</source>
        <translation>服务台(&amp;K)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉受理</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Pending replies</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Gifts &amp;&amp; storage</source>
        <translation>赠品与寄存</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Your role has no desk tabs. Please ask the administrator.</source>
        <translation>您的角色没有可用的功能页，请联系管理员。</translation>
    </message>
    <message>
        <source>Complaint summary to Excel…</source>
        <translation>投诉汇总导出到 Excel…</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Hand over my open work…</source>
        <translation>交接我的工作…</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>锁定服务台</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Callbacks ({due})</source>
        <translation>回访（{due}）</translation>
    </message>
    <message>
        <source>Pending replies ({pending}, {overdue} overdue)</source>
        <translation>待答复（{pending}，逾期 {overdue}）</translation>
    </message>
    <message>
        <source>Pending replies ({pending})</source>
        <translation>待答复（{pending}）</translation>
    </message>
    <message>
        <source>Visitors today: ?</source>
        <translation>今日来访：？</translation>
    </message>
    <message>
        <source>Visitors today: {count}, still open: {open}</source>
        <translation>今日来访：{count}，未结束：{open}</translation>
    </message>
    <message>
        <source>Monthly claims report…</source>
        <translation>理赔月报…</translation>
    </message>
    <message>
        <source>Suggestion feedback report…</source>
        <translation>建议反馈报告…</translation>
    </message>
    <message>
        <source>Work calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, …  switch tabs
Ctrl+F  search a customer (phone, name or pinyin initials)
Typing or scanning anywhere in the reception tab  searches
↓ then Enter  pick a suggested customer
Ctrl+N  new customer
1 to 9 in the purpose box  choose the purpose
Enter in the purpose or notes box  log the visit
Esc  clear the visit form
F4  finish the selected visit
Double-click or Enter on a visit  open the customer archive
Ctrl+E  export the visit list to Excel
Ctrl+Shift+L  sign out</source>
        <translation>Ctrl+1、Ctrl+2 …  切换功能页
Ctrl+F  查找客户（电话、姓名或拼音首字母）
在接待登记页任意处输入或扫码  即查找客户
↓ 再按 Enter  选择候选客户
Ctrl+N  新建客户
在事由框中按 1 到 9  选择事由
在事由框或备注框中按 Enter  登记来访
Esc  清空登记表单
F4  结束选中的接待
双击接待记录或按 Enter  打开客户档案
Ctrl+E  将接待列表导出到 Excel
Ctrl+Shift+L  退出登录</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, …  switch tabs
Ctrl+Shift+L  sign out</source>
        <translation>Ctrl+1、Ctrl+2 …  切换功能页
Ctrl+Shift+L  退出登录</translation>
    </message>
    <message>
        <source>Invoices: F4 or Ctrl+N  new request
Typing or scanning anywhere in the tab  searches (request, invoice or receipt no.)
F6  invoice issued · F7  delivered · Ctrl+P  print the request
Ctrl+E  export issued invoices for finance</source>
        <translation>开具发票：F4 或 Ctrl+N  新建申请
在本页任意处输入或扫码  查找（申请编号、发票号码或小票号）
F6  登记已开票 · F7  已交付 · Ctrl+P  打印申请单
Ctrl+E  导出已开发票给财务</translation>
    </message>
    <message>
        <source>Warehouse: typing or scanning anywhere in the tab  finds an item
Enter after a scanned barcode  picks its item
Ctrl+N  new item
F8, or Enter on an item  issue it out
Ctrl+PgDown / Ctrl+PgUp  next / previous page (items, deliveries, orders, stocktake)</source>
        <translation>仓库：在仓库页任意处输入或扫码  即查找商品
扫描条码后按 Enter  选中该商品
Ctrl+N  新建商品
F8，或在商品上按 Enter  出库
Ctrl+PgDown / Ctrl+PgUp  下一页 / 上一页（商品、到货验收、采购订单、盘点）</translation>
    </message>
    <message>
        <source>Gifts: scanning a sales receipt anywhere on the page  opens the issue form with it
F2  issue a gift · Ctrl+PgDown / Ctrl+PgUp  storage / gifts page</source>
        <translation>赠品：在本页任意处扫描销售小票  打开发放表单并填入小票号
F2  发放赠品 · Ctrl+PgDown / Ctrl+PgUp  切换寄存 / 赠品页</translation>
    </message>
    <message>
        <source>Storage: scanning a ticket anywhere on the page  opens its pickup
The phone&apos;s last four digits, then Enter  hand the items over
F4  deposit · F6  pick up · F7  lost ticket · F8  reprint the ticket</source>
        <translation>寄存：在本页任意位置扫描寄存牌  打开取件
输入手机号后四位，再按回车  交付物品
F4  寄存 · F6  取件 · F7  挂失取件 · F8  补打寄存牌</translation>
    </message>
    <message>
        <source>↓ or PgDown in a search or scan box  into its list (typing there comes back)</source>
        <translation>在查找框或扫描框中按 ↓ 或 PgDown  进入下方列表（在列表中打字又回到框中）</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 in a form  its numbered choices and tick boxes</source>
        <translation>表单中按 Alt+1 … Alt+9  选择带编号的选项或勾选框</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
</context>
<context>
    <name>NewCallbackDialog</name>
    <message>
        <source>New callback</source>
        <translation>新建回访</translation>
    </message>
    <message>
        <source>e.g. 120.00</source>
        <translation>如 120.00</translation>
    </message>
    <message>
        <source>&amp;Source *</source>
        <translation>回访来源(&amp;S) *</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About *</source>
        <translation>回访事由(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation>部门(&amp;D) *</translation>
    </message>
    <message>
        <source>Call &amp;back on *</source>
        <translation>回访日期(&amp;B) *</translation>
    </message>
    <message>
        <source>Survey summarised on *</source>
        <translation>调查汇总日期 *</translation>
    </message>
    <message>
        <source>&amp;Fee (yuan) *</source>
        <translation>服务费（元）(&amp;F) *</translation>
    </message>
    <message>
        <source>Save the callback</source>
        <translation>保存回访</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The opinion goes to the department within 2 days of the summary, its written measures come back within 3 days, and the customer is called back within 14 days of the fix (calendar days). The customer signs the record.</source>
        <translation>意见在汇总后 2 天内送达部门，部门收到后 3 天内书面反馈整改措施，整改完成后 14 天内回访顾客（均按自然日计算）。回访记录须由顾客签字。</translation>
    </message>
    <message>
        <source>Print the payment notice and record its delivery; the phone callback on the customer&apos;s satisfaction follows within 7 days, without a signature.</source>
        <translation>打印缴费通知单并登记送达；送达后 7 天内电话回访顾客是否满意，无需签字。</translation>
    </message>
    <message>
        <source>A call to ask how the product is working.</source>
        <translation>致电询问产品使用情况。</translation>
    </message>
    <message>
        <source>Any other callback the desk promised.</source>
        <translation>服务台承诺过的其他回访。</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice request</source>
        <translation>新建开票申请</translation>
    </message>
    <message>
        <source>For customer {name}</source>
        <translation>顾客：{name}</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <source>Compan&amp;y or organisation</source>
        <translation>单位(&amp;Y)</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000600037341L</source>
        <translation>18 位，如 91110000600037341L</translation>
    </message>
    <message>
        <source>registered address and phone</source>
        <translation>注册地址和电话</translation>
    </message>
    <message>
        <source>bank and account number</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <source>where the electronic invoice is sent</source>
        <translation>接收电子发票的邮箱</translation>
    </message>
    <message>
        <source>one or several, separated by commas or spaces</source>
        <translation>一张或多张，用逗号或空格分隔</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Invoice &amp;type</source>
        <translation>发票类型(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;itle *</source>
        <translation>抬头(&amp;I) *</translation>
    </message>
    <message>
        <source>Ta&amp;xpayer id *</source>
        <translation>纳税人识别号(&amp;X) *</translation>
    </message>
    <message>
        <source>&amp;Address and phone *</source>
        <translation>地址、电话(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Bank and account *</source>
        <translation>开户行及账号(&amp;B) *</translation>
    </message>
    <message>
        <source>&amp;Email *</source>
        <translation>邮箱(&amp;E) *</translation>
    </message>
    <message>
        <source>Sales &amp;receipts *</source>
        <translation>销售小票(&amp;R) *</translation>
    </message>
    <message>
        <source>Item *</source>
        <translation>货物或服务 *</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>数量 *</translation>
    </message>
    <message>
        <source>Unit price (tax incl.) *</source>
        <translation>含税单价 *</translation>
    </message>
    <message>
        <source>Rate % *</source>
        <translation>税率 % *</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Add &amp;line (Ctrl+L)</source>
        <translation>添加一行(&amp;L) (Ctrl+L)</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Save the request (Enter)</source>
        <translation>保存申请 (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tab: next box, into the grid, across a line; a filled line&apos;s last cell: a new line (Ctrl+L); an empty line or Ctrl+Tab: out of the grid · Enter in a cell keeps it, Enter again saves · before the lines are typed, Enter after a receipt waits for the next one · Esc cancels</source>
        <translation>Tab：下一栏、进入表格、逐格移动；已填行的最后一格：新增一行（Ctrl+L）；空行或 Ctrl+Tab：离开表格 · 单元格中按 Enter 确认该格，再按 Enter 保存 · 明细填写前，小票后按 Enter 等待下一张小票 · Esc 取消</translation>
    </message>
    <message>
        <source>Amount {amount} + tax {tax} = total {total}
In words: {words}</source>
        <translation>金额 {amount} + 税额 {tax} = 价税合计 {total}
大写：{words}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New order to a manufacturer</source>
        <translation>向厂家下单</translation>
    </message>
    <message>
        <source>who at the manufacturer took the order</source>
        <translation>厂家接单的联系人</translation>
    </message>
    <message>
        <source>&amp;Manufacturer *</source>
        <translation>厂家(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;Contact *</source>
        <translation>联系人(&amp;C) *</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>scan or type barcode / code, Enter</source>
        <translation>扫描或输入条码/编码，按 Enter</translation>
    </message>
    <message>
        <source>yuan, e.g. 128.50</source>
        <translation>元，例如 128.50</translation>
    </message>
    <message>
        <source>&amp;Add line (Enter)</source>
        <translation>添加一行(&amp;A) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>商品(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>单价(&amp;P)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除所选行(&amp;R)</translation>
    </message>
    <message>
        <source>Place the order (Ctrl+Enter)</source>
        <translation>下单 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total {total}</source>
        <translation>
            <numerusform>%n 行，合计 {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Not received {days} days after the payment notice: follow up</source>
        <translation>通知付款后 {days} 天仍未到货：请跟进</translation>
    </message>
    <message>
        <source>Followed up {when}; waiting {days} days</source>
        <translation>已于 {when} 跟进；已等 {days} 天</translation>
    </message>
    <message>
        <source>Waiting {days} of 3 days since the payment notice</source>
        <translation>通知付款后第 {days} 天（期限 3 天）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>厂家</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Follow-up / delivery</source>
        <translation>跟进 / 到货单</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成的订单</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>New &amp;order… (F4)</source>
        <translation>新建订单(&amp;O)… (F4)</translation>
    </message>
    <message>
        <source>Prices &amp;verified…</source>
        <translation>核价(&amp;V)…</translation>
    </message>
    <message>
        <source>Goods &amp;ready…</source>
        <translation>备货完成(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Finance notified…</source>
        <translation>通知财务付款(&amp;F)…</translation>
    </message>
    <message>
        <source>Rec&amp;eived…</source>
        <translation>已到货(&amp;E)…</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>跟进(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>取消订单(&amp;C)…</translation>
    </message>
    <message>
        <source>%n order(s)</source>
        <translation>%n 张订单</translation>
    </message>
    <message>
        <source>{number} · {manufacturer} ({contact}) · {state} · placed {when} by {who}</source>
        <translation>{number} · {manufacturer}（{contact}）· {state} · {who}于 {when} 下单</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>合计 {total}</translation>
    </message>
    <message>
        <source>Prices verified {when} by {who}</source>
        <translation>{who}于 {when} 核价</translation>
    </message>
    <message>
        <source>Goods ready, said by {person}, recorded {when}</source>
        <translation>备货完成：{person} 告知，{when} 登记</translation>
    </message>
    <message>
        <source>Finance ({person}) told to pay {when}</source>
        <translation>{when} 通知财务（{person}）付款</translation>
    </message>
    <message>
        <source>Follow-up {when} by {who}: {person} ({method}): {cause} {note}</source>
        <translation>{who}于 {when} 跟进：{person}（{method}）：{cause} {note}</translation>
    </message>
    <message>
        <source>Received {when} with delivery {delivery}</source>
        <translation>{when} 到货，到货单 {delivery}</translation>
    </message>
    <message>
        <source>Cancelled {when}: {reason}</source>
        <translation>{when} 取消：{reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Who at the manufacturer *</source>
        <translation>厂家人员(&amp;W) *</translation>
    </message>
    <message>
        <source>Verify the prices</source>
        <translation>核价</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核价无误</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>every line&apos;s price matches the manufacturer&apos;s quote</source>
        <translation>每行价格均与厂家报价一致</translation>
    </message>
    <message>
        <source>Goods ready</source>
        <translation>备货完成</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Finance notified to pay</source>
        <translation>通知财务付款</translation>
    </message>
    <message>
        <source>&amp;Whom in finance *</source>
        <translation>通知的财务人员(&amp;W) *</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>&amp;Delivery at the dock *</source>
        <translation>到货单号(&amp;D) *</translation>
    </message>
    <message>
        <source>Follow-up with the manufacturer</source>
        <translation>跟进厂家</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>登记跟进</translation>
    </message>
    <message>
        <source>How *</source>
        <translation>方式 *</translation>
    </message>
    <message>
        <source>&amp;Cause found *</source>
        <translation>查明的原因(&amp;C) *</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>ParcelsPanel</name>
    <message>
        <source>&amp;Items *</source>
        <translation>物品(&amp;I) *</translation>
    </message>
    <message>
        <source>what, colour, packaging: 黑色行李箱</source>
        <translation>物品、颜色、包装：黑色行李箱</translation>
    </message>
    <message>
        <source>&amp;Pieces *</source>
        <translation>件数(&amp;P) *</translation>
    </message>
    <message>
        <source>Shel&amp;f</source>
        <translation>货架(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>物品状况(&amp;C)</translation>
    </message>
    <message>
        <source>scratches, a broken wheel, open packaging…</source>
        <translation>划痕、轮子损坏、包装已拆…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>P&amp;hone *</source>
        <translation>电话(&amp;H) *</translation>
    </message>
    <message>
        <source>its last four digits are asked at pickup</source>
        <translation>取件时核对后四位</translation>
    </message>
    <message>
        <source>Deposit items</source>
        <translation>寄存物品</translation>
    </message>
    <message>
        <source>Deposit and print the ticket</source>
        <translation>寄存并打印寄存牌</translation>
    </message>
    <message>
        <source>{number} · {name} {phone} · {pieces} × {items} · shelf {shelf}</source>
        <translation>{number} · {name} {phone} · {pieces} × {items} · 货架 {shelf}</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>&amp;Last four digits of the phone *</source>
        <translation>手机号后四位(&amp;L) *</translation>
    </message>
    <message>
        <source>&amp;ID shown *</source>
        <translation>出示证件(&amp;I) *</translation>
    </message>
    <message>
        <source>Last &amp;four of the ID number *</source>
        <translation>证件号后四位(&amp;F) *</translation>
    </message>
    <message>
        <source>only these are kept</source>
        <translation>只保存这四位</translation>
    </message>
    <message>
        <source>&amp;What happened *</source>
        <translation>遗失情况(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Supervisor&apos;s user name *</source>
        <translation>主管用户名(&amp;S) *</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;password *</source>
        <translation>主管密码(&amp;P) *</translation>
    </message>
    <message>
        <source>Lost ticket: release on ID</source>
        <translation>寄存牌遗失：凭证件取件</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>A known customer: phone, name or pinyin initials</source>
        <translation>老顾客：电话、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>顾客(&amp;U)</translation>
    </message>
    <message>
        <source>{reason} ({days} days)</source>
        <translation>{reason}（{days} 天）</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>寄存牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>寄存时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Scan the ticket, or type its number and press Enter</source>
        <translation>扫描寄存牌，或输入牌号后按回车</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>寄存牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Held now</source>
        <translation>寄存中</translation>
    </message>
    <message>
        <source>Held past closing</source>
        <translation>过夜未取</translation>
    </message>
    <message>
        <source>Past the storage limit</source>
        <translation>超过寄存期限</translation>
    </message>
    <message>
        <source>All deposits</source>
        <translation>全部寄存</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Deposit… (F4)</source>
        <translation>寄存(&amp;D)… (F4)</translation>
    </message>
    <message>
        <source>Pick &amp;up… (F6)</source>
        <translation>取件(&amp;U)… (F6)</translation>
    </message>
    <message>
        <source>Lost t&amp;icket… (F7)</source>
        <translation>挂失取件(&amp;I)… (F7)</translation>
    </message>
    <message>
        <source>&amp;Reprint ticket (F8)</source>
        <translation>补打寄存牌(&amp;R) (F8)</translation>
    </message>
    <message>
        <source>%n deposit(s)</source>
        <translation>%n 件寄存</translation>
    </message>
    <message>
        <source>{number} is {state}: handed over at {time} by {name}.</source>
        <translation>{number} {state}：已于 {time} 由 {name} 交付。</translation>
    </message>
    <message>
        <source>For {name} {phone}</source>
        <translation>顾客：{name} {phone}</translation>
    </message>
    <message>
        <source>Deposited under ticket {number}: print it and hand the stub to the customer.</source>
        <translation>已寄存，牌号 {number}：请打印寄存牌，把顾客联交给顾客。</translation>
    </message>
    <message>
        <source>{number}: {pieces} piece(s) handed over. Picked up.</source>
        <translation>{number}：{pieces} 件物品已交付，取件完成。</translation>
    </message>
    <message>
        <source>{number}: {pieces} piece(s) released on the ID check.</source>
        <translation>{number}：{pieces} 件物品已凭证件放行。</translation>
    </message>
    <message>
        <source>{number} · {state} · {name} {phone}</source>
        <translation>{number} · {state} · {name} {phone}</translation>
    </message>
    <message>
        <source>{pieces} piece(s): {items} · shelf {shelf}</source>
        <translation>{pieces} 件：{items} · 货架 {shelf}</translation>
    </message>
    <message>
        <source>Deposited {when} by {who}; kept until {day}</source>
        <translation>{when} 由 {who} 办理寄存；保管至 {day}</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <translation>物品状况：{condition}</translation>
    </message>
    <message>
        <source>Picked up {when}, handed over by {who}</source>
        <translation>{when} 已取件，经办人 {who}</translation>
    </message>
    <message>
        <source>Released {when} by {who} on {id_type} …{digits}, approved by {supervisor}: {reason}</source>
        <translation>{when} 由 {who} 凭{id_type}（尾号 {digits}）放行，{supervisor} 批准：{reason}</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
</context>
<context>
    <name>PendingRepliesView</name>
    <message>
        <source>Awaiting reply</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <source>Only the questions I promised to answer</source>
        <translation>只显示由我约定答复的问题</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>答复(&amp;A)…</translation>
    </message>
    <message>
        <source>Visit no.</source>
        <translation>接待单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>约定答复时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>No question awaits a reply</source>
        <translation>没有待答复的问题</translation>
    </message>
    <message>
        <source>{pending} awaiting reply, {overdue} overdue</source>
        <translation>{pending} 条待答复，{overdue} 条已逾期</translation>
    </message>
    <message>
        <source>{pending} awaiting reply</source>
        <translation>{pending} 条待答复</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Actual size (100 %)</source>
        <translation>实际大小 100%(&amp;A)</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…(Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>另存为PDF…(Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>Export to Excel… (Ctrl+E)</source>
        <translation>导出 Excel…(Ctrl+E)</translation>
    </message>
    <message>
        <source>Finish visit… (F4)</source>
        <translation>结束接待(F4)…</translation>
    </message>
    <message>
        <source>Take complaint… (F6)</source>
        <translation>转投诉… (F6)</translation>
    </message>
    <message>
        <source>Storage, gift, invoice… (F7)</source>
        <translation>寄存/赠品/开票… (F7)</translation>
    </message>
    <message>
        <source>Record sales lead…</source>
        <translation>登记销售线索…</translation>
    </message>
    <message>
        <source>Show full phone</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation>客户档案</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 条接待记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit selected: pick one in the list (click it, or Tab then ↑/↓), then F4.</source>
        <translation>未选中接待记录：请先在列表中选中一条（单击，或按 Tab 后用 ↑/↓），再按 F4。</translation>
    </message>
    <message>
        <source>Visit {number} was finished already at {time}: nothing to finish.</source>
        <translation>接待 {number} 已于 {time} 结束，无需再结束。</translation>
    </message>
    <message>
        <source>No visit selected: pick the walk-in&apos;s visit first.</source>
        <translation>未选中接待记录：请先选择该顾客的来访记录。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>{name}: {phone}

This look-up has been recorded.</source>
        <translation>{name}：{phone}

本次查看已记录。</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>导出接待记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n visit(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条接待记录导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exporting visits…</source>
        <translation>正在导出接待记录…</translation>
    </message>
</context>
<context>
    <name>ReconciliationSheet</name>
    <message>
        <source>Reconciliation {month}</source>
        <translation>月结对账 {month}</translation>
    </message>
    <message>
        <source>Month-end reconciliation {month}</source>
        <translation>月末出入库对账表 {month}</translation>
    </message>
    <message>
        <source>Every figure from the stock ledger by the local time of the movement; closing = opening + entered + receipts + issues + adjustments.</source>
        <translation>所有数字均取自库存台账，按出入库发生的本地时间归月；期末 = 期初 + 期初录入 + 入库 + 出库 + 盘点调整。</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>月结对账</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spec/model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>Opening balances entered</source>
        <translation>期初录入</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>期末</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>an unexpected error; a report was written for the administrator</source>
        <translation>发生意外错误，已为管理员写好错误报告</translation>
    </message>
    <message>
        <source>The list could not be loaded: {reason}</source>
        <translation>列表未能加载：{reason}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for {name} ({username}). This also unlocks the account; {name} must change the password at the next sign-in.</source>
        <translation>为{name}（{username}）设置新密码。此操作同时会解除账户锁定；{name}下次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>服务台设置</translation>
    </message>
    <message>
        <source>These settings apply to every counter of the store.</source>
        <translation>这些设置适用于本店的所有服务台。</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>门店名称：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A counter with no keyboard or mouse input for this long locks and asks for the password again.</source>
        <translation>服务台电脑在这段时间内没有键盘或鼠标操作，就会自动锁定，需要重新输入密码。</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>无操作自动锁定：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Deposits still held after this many days are listed as past the storage limit; the ticket prints it.</source>
        <translation>寄存超过此天数仍未取的物品列为超期；寄存牌上也印有此期限。</translation>
    </message>
    <message>
        <source>Storage limit:</source>
        <translation>寄存期限：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the service desk</source>
        <translation>登录服务台</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
</context>
<context>
    <name>SignLaterDialog</name>
    <message>
        <source>Customer&apos;s signature for {number}</source>
        <translation>{number} 客户签字</translation>
    </message>
    <message>
        <source>The customer confirms with this signature:</source>
        <translation>客户签字确认以下内容：</translation>
    </message>
    <message>
        <source>Save the signature</source>
        <translation>保存签字</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customer&apos;s signature *</source>
        <translation>客户签字 *</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此处签名</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>撤销最后一笔（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Wipe the pad and sign again</source>
        <translation>清除签名，重新签</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>for signing in, e.g. lisi</source>
        <translation>用于登录，如 lisi</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Give the initial password to the person in private. They must change it when they first sign in.</source>
        <translation>请私下将初始密码告知本人，首次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <source>Edit account {username}</source>
        <translation>编辑账户 {username}</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation>启用：允许登录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>You can see the accounts; only an administrator can change them.</source>
        <translation>您可以查看账户，但只有管理员才能修改。</translation>
    </message>
    <message>
        <source>Deactivate the account {username} ({name})? They can no longer sign in. The account and everything they recorded are kept.</source>
        <translation>确定停用账户 {username}（{name}）吗？停用后将无法登录，账户及其登记的所有记录都会保留。</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{step}: {number}</source>
        <translation>{step}：{number}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter starts a new line · Esc cancels</source>
        <translation>回车保存 · Shift+回车换行 · Esc 取消</translation>
    </message>
</context>
<context>
    <name>StockLedger</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>来源/去向</translation>
    </message>
    <message>
        <source>Pick an item in the list to see its stock ledger.</source>
        <translation>在列表中选择商品，即可查看其库存台账。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; · {name} {spec}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; · {name} {spec}</translation>
    </message>
    <message>
        <source>On hand: {quantity} {unit} · safety stock {safety}</source>
        <translation>库存：{quantity} {unit} · 安全库存 {safety}</translation>
    </message>
    <message>
        <source>below safety stock</source>
        <translation>低于安全库存</translation>
    </message>
</context>
<context>
    <name>StocktakePanel</name>
    <message>
        <source>&amp;New count… (F4)</source>
        <translation>新建盘点(&amp;N)… (F4)</translation>
    </message>
    <message>
        <source>&amp;Reason… (F3)</source>
        <translation>差异原因(&amp;R)… (F3)</translation>
    </message>
    <message>
        <source>Written re&amp;port…</source>
        <translation>书面汇报(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>提交审批(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve and adjust</source>
        <translation>审批并调整(&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <source>Prin&amp;t the report…</source>
        <translation>打印盘点报告(&amp;T)…</translation>
    </message>
    <message>
        <source>Month-end reconciliation…</source>
        <translation>月结对账表…</translation>
    </message>
    <message>
        <source>Close the &amp;month…</source>
        <translation>月结(&amp;M)…</translation>
    </message>
    <message>
        <source>Scan or type a barcode or code</source>
        <translation>扫描或输入条码、编码</translation>
    </message>
    <message>
        <source>Count, then Enter</source>
        <translation>输入实盘数后按 Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>期间变动</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>Cause and handling</source>
        <translation>原因及处理</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>扫描(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>实盘数(&amp;O)：</translation>
    </message>
    <message>
        <source>%n stocktake(s)</source>
        <translation>%n 张盘点单</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>须填写原因</translation>
    </message>
    <message>
        <source>{name}: counted {counted}, variance {variance}</source>
        <translation>{name}：实盘 {counted}，差异 {variance}</translation>
    </message>
    <message>
        <source>Save the reconciliation</source>
        <translation>保存月结对账表</translation>
    </message>
    <message>
        <source>{count} item(s) -&gt; {path}</source>
        <translation>{count} 个商品 -&gt; {path}</translation>
    </message>
    <message>
        <source>Exporting the reconciliation…</source>
        <translation>正在导出月结对账表…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>盘点单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Book frozen at</source>
        <translation>账面冻结时间</translation>
    </message>
    <message>
        <source>Counted / items</source>
        <translation>已盘/商品数</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>差异项</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>盘点人</translation>
    </message>
</context>
<context>
    <name>StocktakeSteps</name>
    <message>
        <source>Start a count</source>
        <translation>新建盘点</translation>
    </message>
    <message>
        <source>Freeze the book</source>
        <translation>冻结账面，开始盘点</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点范围</translation>
    </message>
    <message>
        <source>&amp;Items (chosen)</source>
        <translation>指定商品(&amp;I)</translation>
    </message>
    <message>
        <source>Codes or barcodes, spaces between</source>
        <translation>编码或条码，用空格分隔</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The daily count takes the items that moved today.</source>
        <translation>每日盘点包括今天有出入库的商品。</translation>
    </message>
    <message>
        <source>Why {name} differs</source>
        <translation>{name} 的差异原因</translation>
    </message>
    <message>
        <source>Save the reason</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>差异原因 *</translation>
    </message>
    <message>
        <source>&amp;Cause *</source>
        <translation>原因说明(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Handling (errors, quality)</source>
        <translation>处理措施(&amp;H)（差错、质量问题）</translation>
    </message>
    <message>
        <source>Variance {variance}</source>
        <translation>差异 {variance}</translation>
    </message>
    <message>
        <source>Written report on {number}</source>
        <translation>{number} 的书面汇报</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>登记汇报</translation>
    </message>
    <message>
        <source>&amp;Sent to (departments) *</source>
        <translation>报送部门(&amp;S) *</translation>
    </message>
    <message>
        <source>Send {number} back</source>
        <translation>退回 {number}</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>What must be done *</source>
        <translation>需要做什么 *</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>&amp;Month *</source>
        <translation>月份(&amp;M) *</translation>
    </message>
    <message>
        <source>Reconciled with</source>
        <translation>已与哪些部门对账</translation>
    </message>
    <message>
        <source>Export the reconciliation and agree it with the office first. Afterwards no movement can be dated into the month.</source>
        <translation>请先导出月结对账表，与办公室及有关部门核对一致。结账后不能再有出入库记入该月。</translation>
    </message>
</context>
<context>
    <name>SuggestionSheet</name>
    <message>
        <source>Suggestions {period}</source>
        <translation>意见建议反馈 {period}</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门汇总</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议明细</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>(not passed on yet)</source>
        <translation>（尚未转交）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <source>Improvement proposal</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>反馈内容</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <source>Pass to department…</source>
        <translation>转交部门…</translation>
    </message>
    <message>
        <source>Evaluation…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Close with feedback…</source>
        <translation>反馈结案…</translation>
    </message>
    <message>
        <source>{number} · {state}
{content}</source>
        <translation>{number} · {state}
{content}</translation>
    </message>
    <message>
        <source>New suggestion</source>
        <translation>新建建议</translation>
    </message>
    <message>
        <source>Save suggestion</source>
        <translation>保存建议</translation>
    </message>
    <message>
        <source>Came in by *</source>
        <translation>来源渠道 *</translation>
    </message>
    <message>
        <source>Suggestion or opinion *</source>
        <translation>建议或意见 *</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>按顾客原话记录</translation>
    </message>
    <message>
        <source>A suggestion is not a complaint: it is passed to the department concerned and never counts towards the complaint rate.</source>
        <translation>建议不是投诉：它会转交相关部门处理，不计入投诉率。</translation>
    </message>
    <message>
        <source>Pass {number} to the department</source>
        <translation>将 {number} 转交部门</translation>
    </message>
    <message>
        <source>Pass on</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Department concerned *</source>
        <translation>相关部门 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evaluation of {number}</source>
        <translation>{number} 的评估</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>The department&apos;s evaluation *</source>
        <translation>部门评估意见 *</translation>
    </message>
    <message>
        <source>Improvement proposal</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Department: {department}</source>
        <translation>部门：{department}</translation>
    </message>
    <message>
        <source>Close {number}</source>
        <translation>结案 {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Feedback given *</source>
        <translation>反馈内容 *</translation>
    </message>
    <message>
        <source>What the person was told, how and when</source>
        <translation>何时以何种方式告知了对方什么</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>未结建议</translation>
    </message>
    <message>
        <source>All suggestions</source>
        <translation>全部建议</translation>
    </message>
    <message>
        <source>New suggestion… (Ctrl+N)</source>
        <translation>新建建议… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%n suggestion(s)</source>
        <translation>%n 条建议</translation>
    </message>
    <message>
        <source>Pick a suggestion in the list to see it here.</source>
        <translation>在列表中选择一条建议，在此查看详情。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {state}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {state}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Suggestion feedback report</source>
        <translation>建议反馈报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%n suggestion(s) written to {path}</source>
        <translation>已将 %n 条建议写入 {path}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing the feedback report…</source>
        <translation>正在生成建议反馈报告…</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>NOT ISSUED BY THE DESK: no document the desk issued has this content.</source>
        <translation>非服务台出具：服务台出具过的文件中没有与此内容一致的。</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>saved as a file</source>
        <translation>已保存为文件</translation>
    </message>
    <message>
        <source>ORIGINAL: {title}, issued by the desk.</source>
        <translation>原件：服务台出具的{title}。</translation>
    </message>
    <message>
        <source>REPRINT (marked 副本): {title}, issued by the desk.</source>
        <translation>重印件（标有“副本”）：服务台出具的{title}。</translation>
    </message>
    <message>
        <source>ALTERED: this file claims to be {title} issued by the desk, but its content has changed since.</source>
        <translation>已被改动：此文件自称是服务台出具的{title}，但其内容在出具后已被修改。</translation>
    </message>
    <message>
        <source>Issued by {name} at {time} ({output}), {pages} page(s).</source>
        <translation>由{name}于 {time} 出具（{output}），共 {pages} 页。</translation>
    </message>
    <message>
        <source>Record {reference}</source>
        <translation>记录 {reference}</translation>
    </message>
    <message>
        <source> (reprint, marked 副本)</source>
        <translation>（重印，标有“副本”）</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>VisitFilterBar</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部接待人</translation>
    </message>
    <message>
        <source>Open and finished</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅接待中</translation>
    </message>
    <message>
        <source>Finished only</source>
        <translation>仅已结束</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Log a visit</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>New customer… (Ctrl+N)</source>
        <translation>新建客户…(Ctrl+N)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>What does the customer need? (Enter logs the visit)</source>
        <translation>客户需要办理什么？（按 Enter 登记来访）</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Note: this customer&apos;s visit {number} (arrived {time}, {handler}) is still open. Enter logs another visit; F4 in the list finishes the open one.</source>
        <translation>注意：该客户的接待 {number}（{time} 到达，{handler} 接待）尚未结束。按 Enter 仍可再登记一次来访；在列表中按 F4 可结束未结束的接待。</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>客户：{customer}</translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation>匿名来访</translation>
    </message>
    <message>
        <source>No customer chosen yet</source>
        <translation>尚未选择客户</translation>
    </message>
    <message>
        <source>Visit {number} logged.</source>
        <translation>已登记来访 {number}。</translation>
    </message>
</context>
<context>
    <name>VisitServices</name>
    <message>
        <source>&amp;Deposit items for storage…</source>
        <translation>寄存物品(&amp;D)…</translation>
    </message>
    <message>
        <source>Issue a &amp;gift…</source>
        <translation>发放赠品(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Invoice request…</source>
        <translation>开票申请(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Visits</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Visits {range}</source>
        <translation>接待记录 {range}</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>来访人次</translation>
    </message>
    <message>
        <source>Mean minutes</source>
        <translation>平均用时（分钟）</translation>
    </message>
</context>
<context>
    <name>WarehouseSteps</name>
    <message>
        <source>New item</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Edit item {code}</source>
        <translation>编辑商品 {code}</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>保存商品</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>编码(&amp;C) *</translation>
    </message>
    <message>
        <source>e.g. DK-1001</source>
        <translation>例如 DK-1001</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Spec/model</source>
        <translation>规格型号(&amp;S)</translation>
    </message>
    <message>
        <source>Colou&amp;r</source>
        <translation>颜色(&amp;R)</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>尺寸(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Unit *</source>
        <translation>单位(&amp;U) *</translation>
    </message>
    <message>
        <source>件, 台, 米…</source>
        <translation>件、台、米…</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>Whole pieces</source>
        <translation>按整件</translation>
    </message>
    <message>
        <source>Length or weight (decimals)</source>
        <translation>按长度或重量（可有小数）</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <source>Scan it here</source>
        <translation>在此扫描</translation>
    </message>
    <message>
        <source>Sa&amp;fety stock</source>
        <translation>安全库存(&amp;F)</translation>
    </message>
    <message>
        <source>Below its safety stock an item stands out in red in the list.</source>
        <translation>库存低于安全库存的商品在列表中以红色突出显示。</translation>
    </message>
    <message>
        <source>{code} · {name} · {spec}
On hand: {on_hand} {unit}</source>
        <translation>{code} · {name} · {spec}
库存：{on_hand} {unit}</translation>
    </message>
    <message>
        <source>Issue out {code}</source>
        <translation>出库 {code}</translation>
    </message>
    <message>
        <source>Issue out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>&amp;Quantity ({unit}) *</source>
        <translation>数量(&amp;Q)（{unit}） *</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Name and spec/model match the goods</source>
        <translation>名称、规格型号与实物相符</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Quality condition checked: fit to issue</source>
        <translation>已核对质量状况，可以出库</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>No damage, packaging included</source>
        <translation>无破损（包括包装）</translation>
    </message>
    <message>
        <source>&amp;Taken by</source>
        <translation>领用人(&amp;T)</translation>
    </message>
    <message>
        <source>Person or department</source>
        <translation>人员或部门</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Opening balance of {code}</source>
        <translation>{code} 的期初结存</translation>
    </message>
    <message>
        <source>Save the opening balance</source>
        <translation>保存期初结存</translation>
    </message>
    <message>
        <source>{code} · {name}: count what is on the shelf now. Entered once, when the desk starts keeping this item&apos;s book; a later difference is a stocktake&apos;s.</source>
        <translation>{code} · {name}：请清点货架上现有的数量。期初结存只在开始记账时录入一次；以后的差异通过盘点调整。</translation>
    </message>
</context>
<context>
    <name>WarehouseTab</name>
    <message>
        <source>Below safety stock ({on_hand} &lt; {safety})</source>
        <translation>低于安全库存（{on_hand} &lt; {safety}）</translation>
    </message>
    <message>
        <source>Code, barcode, name or pinyin initials — or scan</source>
        <translation>编码、条码、名称或拼音首字母——或直接扫描</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Only &amp;below safety stock</source>
        <translation>只看低于安全库存(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New item… (Ctrl+N)</source>
        <translation>新建商品(&amp;N)… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>编辑商品(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Issue out… (F8)</source>
        <translation>出库(&amp;I)… (F8)</translation>
    </message>
    <message>
        <source>O&amp;pening balance…</source>
        <translation>期初结存(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport ledger…</source>
        <translation>导出台账(&amp;X)…</translation>
    </message>
    <message>
        <source>The stock ledger of a range of days to Excel: every movement, and each item&apos;s opening, in, out and closing</source>
        <translation>把一段日期的库存台账导出为 Excel：每一笔出入库，以及每个商品的期初、入库、出库和期末</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Save the stock ledger</source>
        <translation>保存库存台账</translation>
    </message>
    <message>
        <source>{count} movement(s) of {items} item(s) -&gt; {path}</source>
        <translation>{items} 个商品的 {count} 条出入库记录 -&gt; {path}</translation>
    </message>
    <message>
        <source>Exporting the stock ledger…</source>
        <translation>正在导出库存台账…</translation>
    </message>
    <message>
        <source>Issued out {number}: {lines}.</source>
        <translation>已出库 {number}：{lines}。</translation>
    </message>
    <message>
        <source>Opening balance of {code}: {quantity} {unit}.</source>
        <translation>{code} 期初结存：{quantity} {unit}。</translation>
    </message>
    <message>
        <source>Item {code} saved.</source>
        <translation>商品 {code} 已保存。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spec/model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存状况</translation>
    </message>
    <message>
        <source>What is on the shelf when the desk starts keeping the item&apos;s book</source>
        <translation>开始记账时货架上的实有数量</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Deliveries at the dock</source>
        <translation>到货验收</translation>
    </message>
    <message>
        <source>%n item(s)</source>
        <translation>%n 种商品</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Off / working</source>
        <translation>休/班</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>National schedule</source>
        <translation>国家安排</translation>
    </message>
    <message>
        <source>Store setting</source>
        <translation>本店设置</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>班</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <source>National schedule: no data for this day</source>
        <translation>国家安排：这一天暂无数据</translation>
    </message>
    <message>
        <source>National schedule: working day</source>
        <translation>国家安排：工作日</translation>
    </message>
    <message>
        <source>National schedule: day off</source>
        <translation>国家安排：休息日</translation>
    </message>
</context>
<context>
    <name>WorkCalendarDialog</name>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Off (holiday)</source>
        <translation>休（放假）</translation>
    </message>
    <message>
        <source>Working (make-up day)</source>
        <translation>班（调休上班）</translation>
    </message>
    <message>
        <source>e.g. 元旦, 春节, 调休上班</source>
        <translation>例如：元旦、春节、调休上班</translation>
    </message>
    <message>
        <source>&amp;Save days</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove store setting</source>
        <translation>删除本店设置(&amp;R)</translation>
    </message>
    <message>
        <source>The selected days follow the national schedule again.</source>
        <translation>选中的日期恢复按国家安排执行。</translation>
    </message>
    <message>
        <source>This year&apos;s schedule is &amp;complete</source>
        <translation>本年度节假日安排已全部录入(&amp;C)</translation>
    </message>
    <message>
        <source>Tick when every holiday and make-up working day of the State Council&apos;s notice for this year is entered: deadlines in the year are then exact, no longer estimated on Monday to Friday.</source>
        <translation>国务院办公厅通知中本年度的全部节假日和调休上班日都录入后再勾选：此后该年的截止日期按日历准确计算，不再按周一至周五估算。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Store setting for days</source>
        <translation>本店设置日期</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>休/班(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>{year}: the national schedule (State Council notice) is built in. Days set here take precedence over it.</source>
        <translation>{year}年：已内置国家安排（国务院办公厅通知）。在这里设置的日期优先于国家安排。</translation>
    </message>
    <message>
        <source>{year}: the schedule was entered here and marked complete; deadlines in this year are exact.</source>
        <translation>{year}年：节假日安排已在此录入并确认完整，该年的截止日期按日历准确计算。</translation>
    </message>
    <message>
        <source>{year} has no national schedule data yet: enter its holidays and make-up working days from the State Council&apos;s notice. Until then deadlines are estimated on Monday to Friday.</source>
        <translation>{year}年暂无国家安排数据：请按国务院办公厅通知录入节假日和调休上班日，未录入前截止日期按周一至周五估算。</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n day(s).</source>
        <translation>
            <numerusform>已保存 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n day(s).</source>
        <translation>
            <numerusform>已删除 %n 天的本店设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>
