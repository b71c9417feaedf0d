<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<!--
Chinese for Qt's own texts that Qt's catalogue (qtbase_zh_CN.qm, shipped with PySide6 6.11)
lacks: Qt 6.11 gave these file dialog labels mnemonics, and the catalogue still only has the
old texts without them ("Look in:", "Files of type:"); the file dialog's type column says
"Folder" from a context the catalogue does not have. Written for the desk, in the wording of
Qt's entries for the old texts and of its "File &name:" (文件名称(&N)：). See README.md.
-->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
</TS>
