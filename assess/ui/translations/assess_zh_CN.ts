<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve as final</source>
        <translation>批准为最终版本</translation>
    </message>
    <message>
        <source>Approve {label} as final. A final assessment is read-only, and its report carries the approval page with these names instead of the DRAFT mark.</source>
        <translation>将 {label} 批准为最终版本。最终版本的评估为只读，其报告将载有含这些姓名的批准页，而不再标注“草稿”。</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>批准人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>职务(&amp;C)：</translation>
    </message>
    <message>
        <source>For the b&amp;ody:</source>
        <translation>代表机构(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Approve it as it is all the same</source>
        <translation>仍按现状批准</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>尚缺内容</translation>
    </message>
    <message>
        <source>Not everything is there yet:</source>
        <translation>尚未全部完成：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Not fully scored: {codes}</source>
        <translation>未完整评分：{codes}</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>No key finding yet: {scopes}</source>
        <translation>尚无主要结论：{scopes}</translation>
    </message>
</context>
<context>
    <name>AssessmentSwitcher</name>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>当前评估</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> 评估：</translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [定稿]</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Breakdown</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>No breakdown recorded for this period.</source>
        <translation>本期没有记录分类。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>评分或不适用</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>所需技术援助</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>不适用：{why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>法律 {law}，实践 {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{code} was changed by {user} ({when}) while you were editing it. Nothing is lost: choose for each part what to keep. What you do not keep stays one Undo away (Edit &gt; Undo).</source>
        <translation>在您编辑 {code} 时，{user} 修改了它（{when}）。没有任何内容丢失：请为每一部分选择要保留的内容。未保留的内容可通过一次撤销找回（“编辑 &gt; 撤销”）。</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>全部保留我方版本(&amp;M)</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>全部采用对方版本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Theirs ({user})</source>
        <translation>对方版本（{user}）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>手动合并</translation>
    </message>
    <message>
        <source>Merged text of {field}</source>
        <translation>{field}的合并文本</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>taking {user}&apos;s version of {code}</source>
        <translation>采用 {user} 的 {code} 版本</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>kept {user}&apos;s version of {code}; yours is one Undo away (Edit &gt; Undo).</source>
        <translation>已保留 {user} 的 {code} 版本；您的版本可通过一次撤销找回（“编辑 &gt; 撤销”）。</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence</source>
        <translation>
            <numerusform>%Ln 份佐证材料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln 项评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later change(s) of yours kept</source>
        <translation>
            <numerusform>保留了我方后来的 %Ln 处修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} 或 {iso}</translation>
    </message>
    <message>
        <source>Choose {name} from a calendar</source>
        <translation>从日历中选择{name}</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>佐证材料详情</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>法律引文</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>法律引文：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>添加时间：</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}，由 {who} 添加</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>敏感(&amp;S)（例如受害人姓名或庇护所地址）</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attaching evidence</source>
        <translation>正在附加佐证材料</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {total}) to {code}…</source>
        <translation>正在将 {name}（第 {number} 个，共 {total} 个）附加到 {code}…</translation>
    </message>
    <message>
        <source>Cancelled: the file being attached was not added.</source>
        <translation>已取消：正在附加的文件未添加。</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Handed {name} to the system&apos;s viewer.</source>
        <translation>已将 {name} 交给系统查看程序。</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}.</source>
        <translation>此计算机上没有程序打开 {name}。</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}. A checked copy is at {path}: open it from there, or install a program for this kind of file.</source>
        <translation>此计算机上没有程序能打开 {name}。已核验的副本位于 {path}：请从该处打开，或安装可打开此类文件的程序。</translation>
    </message>
    <message>
        <source>No program on this computer could open the link {name}.</source>
        <translation>此计算机上没有程序能打开链接 {name}。</translation>
    </message>
    <message>
        <source>Cannot open the evidence</source>
        <translation>无法打开佐证材料</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加佐证文件</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>添加链接(&amp;K)…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Add &amp;citation…</source>
        <translation>添加法律引文(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>添加法律引文</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>打开所选佐证材料</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>删除所选佐证材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>法律引文</translation>
    </message>
    <message>
        <source>Added on {when} by {who}</source>
        <translation>由 {who} 于 {when} 添加</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <source>Remove {name} from {code}? You can undo this with Edit &gt; Undo.</source>
        <translation>要从 {code} 中删除 {name} 吗？可通过“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>详情(&amp;T)…</translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation>所选佐证材料的详情</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of {name}</source>
        <translation>已复制 {name} 的 SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>复制 SHA-256(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>添加指标 {code}</translation>
    </message>
    <message>
        <source>Change indicator {code}</source>
        <translation>修改指标 {code}</translation>
    </message>
    <message>
        <source>Remove indicator {code}</source>
        <translation>删除指标 {code}</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <source>Figures: periods across, the total and the categories down</source>
        <translation>数字：各期为列，总数和类别为行</translation>
    </message>
</context>
<context>
    <name>FigureGridModel</name>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quality note</source>
        <translation>质量说明</translation>
    </message>
    <message>
        <source>{row}, {period}: {problem} Nothing was saved.</source>
        <translation>{row}，{period}：{problem} 未保存任何内容。</translation>
    </message>
    <message>
        <source>The block pasted is {rows} rows by {columns} columns; from this cell there is room for {room_rows} by {room_columns}. Add the periods first, or paste from another cell. Nothing was saved.</source>
        <translation>粘贴的区域为 {rows} 行 {columns} 列；从此单元格起只能容纳 {room_rows} 行 {room_columns} 列。请先添加期次，或从其他单元格粘贴。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>附加佐证材料</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>敏感（例如被害人姓名或庇护所地址）(&amp;S)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>What the team concludes, in its own words</source>
        <translation>评估小组用自己的话写出的结论</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History of the item</source>
        <translation>条目历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>修改内容</translation>
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
        <source>Score in law and institutions</source>
        <translation>法律与机构评分</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>实践评分</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Why N/A</source>
        <translation>不适用的理由</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>技术援助</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>已添加佐证材料</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>已删除佐证材料</translation>
    </message>
    <message>
        <source>Description of evidence</source>
        <translation>佐证材料说明</translation>
    </message>
    <message>
        <source>Evidence marked sensitive</source>
        <translation>佐证材料的敏感标记</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>%Ln change(s) taken from the contribution</source>
        <translation>
            <numerusform>从贡献中采用了 %Ln 处更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for the received version</source>
        <translation>
            <numerusform>%Ln 处冲突按收到的版本解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for your own version</source>
        <translation>
            <numerusform>%Ln 处冲突按我方版本解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence added</source>
        <translation>
            <numerusform>添加了 %Ln 份佐证材料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contribution</source>
        <translation>导入机构反馈</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>来源评估：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>填写人：</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>有密码保护</translation>
    </message>
    <message>
        <source>scrubbed: no sensitive evidence, no names of people</source>
        <translation>已脱敏：不含敏感佐证材料和人员姓名</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment, {label}</source>
        <translation>合并到当前评估 {label}(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment</source>
        <translation>合并到当前评估(&amp;M)</translation>
    </message>
    <message>
        <source>Merge into the open assessment</source>
        <translation>合并到当前评估</translation>
    </message>
    <message>
        <source>Import as a &amp;new assessment</source>
        <translation>作为新评估导入(&amp;N)</translation>
    </message>
    <message>
        <source>Import as a new assessment</source>
        <translation>作为新评估导入</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the package, keeps the ones made here, and shows every item changed on both sides for you to choose. A new assessment holds the package as it is.</source>
        <translation>合并会采用数据包中的修改，保留此处所做的修改，并列出双方都修改过的每个条目供您选择。新评估则原样保存数据包的内容。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>a workbook filled in with a spreadsheet program</source>
        <translation>用电子表格软件填写的工作簿</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the workbook, keeps the ones made here, and shows every item changed on both sides for you to choose. A workbook cannot become a new assessment.</source>
        <translation>合并会采用工作簿中的修改，保留此处所做的修改，并列出双方都修改过的每个条目供您选择。工作簿不能成为新的评估。</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>Period of the breakdown</source>
        <translation>分类的期次</translation>
    </message>
    <message>
        <source>Dimension of the breakdown</source>
        <translation>分类的维度</translation>
    </message>
    <message>
        <source>Breakdown of</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>by</source>
        <translation>按</translation>
    </message>
    <message>
        <source>a year, or FIRST/LAST day: 2026-01-01/2026-06-30</source>
        <translation>年份，或首日/末日：2026-01-01/2026-06-30</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>新期次</translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation>添加期次(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Change this indicator…</source>
        <translation>修改此指标(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove this indicator</source>
        <translation>删除此指标(&amp;R)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>{unit} · informs {items}</source>
        <translation>{unit} · 涉及 {items}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† 由贵工作组添加到本次评估。</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>{code} 的数字</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>No total recorded yet.</source>
        <translation>尚未记录总数。</translation>
    </message>
    <message>
        <source>Latest: {value} ({period})</source>
        <translation>最近：{value}（{period}）</translation>
    </message>
    <message>
        <source>{change} on {period}</source>
        <translation>较 {period} {change}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>target {target}: {met}</source>
        <translation>目标 {target}：{met}</translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Responsible institutions</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>Tick the institutions responsible for this item (Space ticks the current one).</source>
        <translation>勾选负责此条目的机构（按空格键勾选当前机构）。</translation>
    </message>
    <message>
        <source>Add an institution…</source>
        <translation>添加机构…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>新机构</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the institution</source>
        <translation>添加该机构</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Rationale and plan</source>
        <translation>理由和计划</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>无优先级</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>所需技术援助</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Responsible &amp;institutions:</source>
        <translation>责任机构(&amp;I)：</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>优先级(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>目标日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>下一步行动(&amp;X)：</translation>
    </message>
    <message>
        <source>Technical a&amp;ssistance needed:</source>
        <translation>所需技术援助(&amp;S)：</translation>
    </message>
    <message>
        <source>Save state of the rationale and plan</source>
        <translation>理由和计划的保存状态</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用设置</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>技术援助</translation>
    </message>
    <message>
        <source>{what} of {code}</source>
        <translation>{code} 的{what}</translation>
    </message>
    <message>
        <source>Not a date: type it as {example}, or leave it empty for none.</source>
        <translation>这不是日期：请按 {example} 的格式输入，如无日期请留空。</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Text of the item</source>
        <translation>条目正文</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>关联条目</translation>
    </message>
    <message>
        <source>Guiding principles and cross-cutting challenges</source>
        <translation>指导原则和跨领域挑战</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>出处：{source}</translation>
    </message>
    <message>
        <source>Draws on: {list}</source>
        <translation>依据：{list}</translation>
    </message>
    <message>
        <source>Linked items (cross-walk):</source>
        <translation>关联条目（对照表）：</translation>
    </message>
    <message>
        <source>{item} ({kind})</source>
        <translation>{item}（{kind}）</translation>
    </message>
    <message>
        <source>Title written for this checklist; it is not in the source.</source>
        <translation>标题为本清单所拟，来源中没有。</translation>
    </message>
    <message>
        <source>Text written for this checklist; it is not quoted from the source.</source>
        <translation>文字为本清单所拟，并非引自来源。</translation>
    </message>
    <message>
        <source>same request</source>
        <translation>相同要求</translation>
    </message>
    <message>
        <source>a means</source>
        <translation>实现手段</translation>
    </message>
    <message>
        <source>a prerequisite</source>
        <translation>先决条件</translation>
    </message>
    <message>
        <source>({reason}) {note}</source>
        <translation>（{reason}）{note}</translation>
    </message>
    <message>
        <source>Cited together: {source}.</source>
        <translation>一并引用于：{source}。</translation>
    </message>
</context>
<context>
    <name>ItemIndicators</name>
    <message>
        <source>Figures…</source>
        <translation>数字…</translation>
    </message>
    <message>
        <source>Operational indicators</source>
        <translation>业务指标</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>尚无数字</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>{code} 的数字</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† 由贵工作组添加到本次评估。</translation>
    </message>
</context>
<context>
    <name>ItemJudgement</name>
    <message>
        <source>Key finding on {pillar}</source>
        <translation>关于{pillar}的主要结论</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>佐证材料(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Addressed to {who}: shown as context, not scored as a national measure.</source>
        <translation>对象为{who}：仅作背景显示，不作为国家措施评分。</translation>
    </message>
    <message>
        <source>Context: this part of the framework is not scored. Its items are in the tree.</source>
        <translation>背景：框架的这一部分不评分，其条目列在树中。</translation>
    </message>
    <message>
        <source>&amp;Evidence ({count})</source>
        <translation>佐证材料 ({count})(&amp;E)</translation>
    </message>
    <message>
        <source>The item, its scores and notes</source>
        <translation>条目及其评分和说明</translation>
    </message>
    <message>
        <source>No item matches the filters. Clear them (or choose All items) to see every item.</source>
        <translation>没有条目符合筛选条件。清除筛选（或选择“全部条目”）即可查看所有条目。</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, take it back to draft: Assessment &gt; Back to draft.</source>
        <translation>本评估为最终版本，因此为只读。如需修改，请退回草稿：评估 &gt; 退回草稿。</translation>
    </message>
</context>
<context>
    <name>ItemTargetDialog</name>
    <message>
        <source>Target of {code}</source>
        <translation>{code} 的目标</translation>
    </message>
    <message>
        <source>As set above it ({level})</source>
        <translation>沿用上级（{level}）</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>设定此目标的理由</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>理由(&amp;W)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ItemTree</name>
    <message>
        <source>Not yet scored</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>部分评分</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>Gap, minor</source>
        <translation>差距（轻微）</translation>
    </message>
    <message>
        <source>Gap, major</source>
        <translation>差距（严重）</translation>
    </message>
    <message>
        <source>Gap, critical</source>
        <translation>差距（危急）</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} items complete ({percent}%)</source>
        <translation>{title}
已完成 {done}/{total} 个条目（{percent}%）</translation>
    </message>
    <message>
        <source>{text}
Context: not scored</source>
        <translation>{text}
背景：不评分</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>law and institutions {law}, practice {practice}</source>
        <translation>法律与机构 {law}，实践 {practice}</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>法律与机构</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>实践</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>Change the targets</source>
        <translation>更改目标</translation>
    </message>
    <message>
        <source>Set the target of {code}</source>
        <translation>设定 {code} 的目标</translation>
    </message>
    <message>
        <source>Saved: the targets</source>
        <translation>已保存：目标</translation>
    </message>
    <message>
        <source>Saved: the key finding</source>
        <translation>已保存：主要结论</translation>
    </message>
    <message>
        <source>Saved: the methodology</source>
        <translation>已保存：方法</translation>
    </message>
    <message>
        <source>Saved: the assessment is approved as final</source>
        <translation>已保存：评估已批准为最终版本</translation>
    </message>
    <message>
        <source>Saved: back to draft</source>
        <translation>已保存：已退回草稿</translation>
    </message>
    <message>
        <source>Edit the key finding</source>
        <translation>编辑主要结论</translation>
    </message>
    <message>
        <source>Not yet scored.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <source>Partly scored: not judged yet.</source>
        <translation>部分评分：尚不作判断。</translation>
    </message>
    <message>
        <source>Meets its target.</source>
        <translation>达到目标。</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>不适用。</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>添加法律引文</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>法律引文</translation>
    </message>
    <message>
        <source>for example: Penal Code, art. 188(2)</source>
        <translation>例如：《刑法》第188条第2款</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>敏感(&amp;S)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>法律引文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>名称（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source> (demo: a throwaway copy)</source>
        <translation>（示例：临时副本）</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>定稿：只读</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>只读数据库</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销：{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做：{what}(&amp;R)</translation>
    </message>
    <message>
        <source>Undo and Redo wait until your edits of {items} are saved.</source>
        <translation>撤销和重做将等到 {items} 的修改保存后再进行。</translation>
    </message>
    <message>
        <source>About Assess</source>
        <translation>关于 Assess</translation>
    </message>
    <message>
        <source>Assess {version}: a self-assessment of national implementation of the UN Trafficking in Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.

It works fully offline. Problems are logged to {log}.</source>
        <translation>Assess {version}：依据联合国毒品和犯罪问题办公室《行动框架》及工作组建议，对《联合国贩运人口议定书》的国内执行情况开展自我评估的工具。

本软件完全离线运行。问题记录在 {log} 中。</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;round from this assessment…</source>
        <translation>基于此评估开始新一轮(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>查找条目(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>下一条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>上一条目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>打开示例评估(&amp;S)</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>打开共享数据库(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation>下一个窗格(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset the demo…</source>
        <translation>重置示例评估(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>入门导览(&amp;W)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Assess</source>
        <translation>关于 Assess(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Send &amp;part to an institution…</source>
        <translation>向机构发送部分内容(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import contribution…</source>
        <translation>导入机构反馈(&amp;I)…</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>备份(&amp;U)…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>还原(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>切换到(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>示例(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>This database is on a server: back it up and restore it there, with pg_dump and pg_restore.</source>
        <translation>此数据库位于服务器上：请在服务器上使用 pg_dump 和 pg_restore 进行备份和还原。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>无法打开评估</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>{path} already exists; open it with File &gt; Open a database.</source>
        <translation>{path} 已存在；请通过“文件 &gt; 打开数据库”打开。</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开示例评估</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Assess will be in {language} the next time it starts.</source>
        <translation>Assess 下次启动时将使用{language}。</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>重置示例评估</translation>
    </message>
    <message>
        <source>Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) is thrown away. Your own databases are not touched.</source>
        <translation>要将示例评估恢复原状吗？自打开以来所做的全部更改（评分、说明、佐证材料）都将被丢弃。您自己的数据库不受影响。</translation>
    </message>
    <message>
        <source>Cannot reset the demo</source>
        <translation>无法重置示例评估</translation>
    </message>
    <message>
        <source>The demo is back as it was.</source>
        <translation>示例评估已恢复原状。</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Assess 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>备份和还原针对数据库文件。PostgreSQL 数据库请使用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Copying the database to {name}…</source>
        <translation>正在将数据库复制到 {name}…</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>无法备份</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法还原</translation>
    </message>
    <message>
        <source>Wait until the evidence files are attached, then restore again.</source>
        <translation>请等待佐证文件附加完成，然后重新还原。</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>数据库原先的状态保存在 {path}。</translation>
    </message>
    <message>
        <source>Restored the backup {path}</source>
        <translation>已还原备份 {path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已还原</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>正在还原 {name}…</translation>
    </message>
    <message>
        <source>Package written to {path}</source>
        <translation>数据包已写入 {path}</translation>
    </message>
    <message>
        <source>Protected by the password you typed (it was not saved: keep it safe).</source>
        <translation>已用您输入的密码保护（密码未保存：请妥善保管）。</translation>
    </message>
    <message>
        <source>Not protected by a password.</source>
        <translation>未设密码保护。</translation>
    </message>
    <message>
        <source>Scrubbed: no sensitive evidence, no names of people.</source>
        <translation>已脱敏：不含敏感佐证材料和人员姓名。</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>数据包已写入</translation>
    </message>
    <message>
        <source>(no institution named)</source>
        <translation>（未注明机构）</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>已取消：未写入数据包。</translation>
    </message>
    <message>
        <source>Cannot write the package</source>
        <translation>无法写入数据包</translation>
    </message>
    <message>
        <source>Send part to an institution</source>
        <translation>向机构发送部分内容</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>报告已写入</translation>
    </message>
    <message>
        <source>The report was written to {path}. Open it now?</source>
        <translation>报告已写入 {path}。现在打开吗？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件吗？</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Import contribution</source>
        <translation>导入机构反馈</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>无法导入数据包</translation>
    </message>
    <message>
        <source>No assessment is open: open the one the part was sent from to merge.</source>
        <translation>没有打开的评估：请先打开发出该部分内容的评估，再进行合并。</translation>
    </message>
    <message>
        <source>{label} is final: reopen it as a draft to merge into it.</source>
        <translation>{label} 已定稿：请将其重新打开为草稿后再合并。</translation>
    </message>
    <message>
        <source>The package was made from another assessment ({label}): import it as a new one.</source>
        <translation>该数据包来自另一项评估（{label}）：请将其作为新评估导入。</translation>
    </message>
    <message>
        <source>Imported {file} as a new assessment: {label}</source>
        <translation>已将 {file} 作为新评估导入：{label}</translation>
    </message>
    <message>
        <source>Importing {name} as a new assessment…</source>
        <translation>正在将 {name} 作为新评估导入…</translation>
    </message>
    <message>
        <source>Cannot merge the package</source>
        <translation>无法合并数据包</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>没有可合并的内容</translation>
    </message>
    <message>
        <source>Merging {file} ({origin}) into {label}</source>
        <translation>将 {file}（{origin}）合并到 {label}</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>已取消合并：未作任何更改。</translation>
    </message>
    <message>
        <source>Merged {file}. Edit &gt; Undo cannot take a merge back: the undo history was cleared.</source>
        <translation>已合并 {file}。“编辑 &gt; 撤销”无法撤回合并：撤销记录已清空。</translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>机构反馈已合并</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>合并机构反馈</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>正在合并 {name}…</translation>
    </message>
    <message>
        <source>Open shared database</source>
        <translation>打开共享数据库</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <source>Cannot open the shared database</source>
        <translation>无法打开共享数据库</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>关闭并放弃这些修改</translation>
    </message>
    <message>
        <source>Go on and lose them</source>
        <translation>继续并放弃这些修改</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Your edits of {items} could not be saved yet. {reason}

Go on and lose them, or cancel and keep them until the database can be written?</source>
        <translation>您对 {items} 的修改尚未能保存。{reason}

继续并放弃这些修改，还是取消并保留它们，直到可以写入数据库？</translation>
    </message>
    <message>
        <source>Show the &amp;navigator</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>数据库已复制到 {path}。</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

The backup holds {assessments}, last changed {when} ({size}).

The database as it is now is kept as a copy beside it.</source>
        <translation>要用备份 {backup} 替换 {database} 中的全部内容吗？

该备份包含{assessments}，最近一次修改于 {when}（{size}）。

数据库的当前状态将作为副本保存在其旁边。</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}: {assessments}.</source>
        <translation>数据库现已包含备份 {path}：{assessments}。</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
{contents}</source>
        <translation>{path}

发送对象：{institution}
{contents}</translation>
    </message>
    <message>
        <source>Workbook written to {path}</source>
        <translation>工作簿已写入 {path}</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>工作簿已写入</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence listed: {evidence} · Size: {size}

Send it to the institution: they fill it in with Excel or LibreOffice Calc and send it back. Merge what comes back with File &gt; Import contribution.</source>
        <translation>{path}

发送给：{institution}
条目：{items} · 列出的佐证材料：{evidence} · 大小：{size}

请将其发送给该机构：对方用 Excel 或 LibreOffice Calc 填写后发回。收到后请通过“文件 &gt; 导入机构反馈”进行合并。</translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation>无法写入工作簿</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>无法导入工作簿</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from, and cannot become a new assessment. {reason}</source>
        <translation>工作簿只能合并到发出它的评估中，不能成为新的评估。{reason}</translation>
    </message>
    <message>
        <source>The workbook was sent from another assessment ({label}): open that one to merge it.</source>
        <translation>该工作簿是从另一个评估（{label}）发出的：请打开该评估后再合并。</translation>
    </message>
    <message>
        <source>Cannot merge the workbook</source>
        <translation>无法合并工作簿</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label} ({kept}). Nothing was changed.</source>
        <translation>{file} 没有为{label}带来任何新内容（{kept}）。未作任何更改。</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.</source>
        <translation>已将 {file} 合并到{label}。</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>已修改的条目</translation>
    </message>
    <message>
        <source>The history of each item records these changes with the origin: {origin}.</source>
        <translation>每个条目的历史记录都会记下这些修改及其来源：{origin}。</translation>
    </message>
    <message>
        <source>Contributions (*.assess *.xlsx);;Assess packages (*.assess);;Workbooks (*.xlsx);;All files (*)</source>
        <translation>机构反馈 (*.assess *.xlsx);;Assess 数据包 (*.assess);;工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Left out {count} sensitive evidence: sensitive evidence leaves only in a package protected by a password.</source>
        <translation>未包含 {count} 项敏感佐证材料：敏感佐证材料只能放在有密码保护的数据包中发送。</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>方法(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Approve as final…</source>
        <translation>批准为最终版本(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>退回草稿(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>评分或不适用</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>法律与机构评分</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>实践评分</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>不适用的理由</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>所需技术援助</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>不适用：{why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>法律 {law}，实践 {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>合并机构反馈</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>全部保留我方版本(&amp;M)</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>全部采用对方版本(&amp;T)</translation>
    </message>
    <message>
        <source>Changed both here and in the package: choose which to keep</source>
        <translation>此处和数据包中均有修改：请选择保留哪个版本</translation>
    </message>
    <message>
        <source>Merged without conflict</source>
        <translation>无冲突合并</translation>
    </message>
    <message>
        <source>Edit &gt; Undo cannot take a merge back: merging clears the undo history. The history of each item records every change the merge makes, with where it came from.</source>
        <translation>“编辑 &gt; 撤销”无法撤回合并：合并会清空撤销记录。各条目的历史记录会记载合并所作的每项修改及其来源。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;G)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>发出时</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>此处（我方）</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方版本</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep for {code}, {field}</source>
        <translation>{code} 的{field}保留哪个版本</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我方版本</translation>
    </message>
    <message>
        <source>Settled: {settled} of {total}</source>
        <translation>已解决：{settled}/{total}</translation>
    </message>
    <message>
        <source>Changes merged without conflict</source>
        <translation>无冲突合并的修改</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>此处当前值</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>数据包中的值</translation>
    </message>
    <message>
        <source>Taken from the package</source>
        <translation>采用数据包中的值</translation>
    </message>
    <message>
        <source>Yours kept</source>
        <translation>保留我方</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Nothing but the conflicts above</source>
        <translation>除上述冲突外无其他修改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to take</source>
        <translation>
            <numerusform>%Ln 处待采用的修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln 处待解决的冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence to add</source>
        <translation>
            <numerusform>%Ln 份待添加的佐证材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed both here and in the workbook: choose which to keep</source>
        <translation>此处和工作簿中都有修改：请选择保留哪一方</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>工作簿中</translation>
    </message>
    <message>
        <source>Taken from the workbook</source>
        <translation>采用工作簿中的值</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <source>Methodology</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Who took part, one per line</source>
        <translation>参与者，每行一个</translation>
    </message>
    <message>
        <source>Meetings and workshops, one per line: date and name</source>
        <translation>会议和研讨会，每行一个：日期和名称</translation>
    </message>
    <message>
        <source>2026-03-04 Inception workshop</source>
        <translation>2026-03-04 启动研讨会</translation>
    </message>
    <message>
        <source>Sources consulted, one per line</source>
        <translation>参考的资料来源，每行一个</translation>
    </message>
    <message>
        <source>How the scores were agreed</source>
        <translation>评分如何商定</translation>
    </message>
    <message>
        <source>&amp;Who took part
(one per line):</source>
        <translation>参与者(&amp;W)
（每行一个）：</translation>
    </message>
    <message>
        <source>&amp;Meetings and workshops
(date and name):</source>
        <translation>会议和研讨会(&amp;M)
（日期和名称）：</translation>
    </message>
    <message>
        <source>&amp;Sources consulted:</source>
        <translation>资料来源(&amp;S)：</translation>
    </message>
    <message>
        <source>How the scores were &amp;agreed:</source>
        <translation>评分如何商定(&amp;A)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Add an indicator of your &amp;own…</source>
        <translation>添加自有指标(&amp;O)…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No figures recorded yet: choose an indicator and type or paste its figures.</source>
        <translation>尚未记录任何数字：请选择一项指标，输入或粘贴其数字。</translation>
    </message>
    <message>
        <source>Indicators with figures: {recorded} of {total}, from {first} to {last} · without a total for {last}: {gaps} · breakdowns that do not add up: {flags}</source>
        <translation>有数字的指标：{total} 项中 {recorded} 项，{first} 至 {last} · 缺少 {last} 总数：{gaps} · 合计不等于总数的分类：{flags}</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>{target}: {met}</source>
        <translation>{target}：{met}</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Remove the indicator {code}? Its figures must be cleared first.</source>
        <translation>删除指标 {code}？须先清除其数字。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Filter by code, text or notes (Ctrl+F)</source>
        <translation>按编号、正文或说明筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文字</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>Not yet scored</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>部分评分</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>按优先级筛选</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>中优先级</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>无优先级</translation>
    </message>
    <message>
        <source>Filter by responsible institution</source>
        <translation>按责任机构筛选</translation>
    </message>
    <message>
        <source>Items of the framework</source>
        <translation>框架条目</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>任意机构</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln assessable items shown</source>
        <translation>
            <numerusform>显示 {shown}/%Ln 个可评估条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>达到目标</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>国家或实体</translation>
    </message>
    <message>
        <source>for example: Republic of Meridia</source>
        <translation>例如：梅里迪亚共和国</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>for example: National assessment</source>
        <translation>例如：国家评估</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>for example: Baseline 2026</source>
        <translation>例如：2026 年基线</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Nothing: start with an empty checklist</source>
        <translation>无：从空白清单开始</translation>
    </message>
    <message>
        <source>A new round from {label}</source>
        <translation>基于 {label} 开始新一轮</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>国家或实体(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>起点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The new round starts with the previous round&apos;s scores, notes, institutions and evidence.</source>
        <translation>新一轮评估将沿用上一轮的评分、说明、机构和佐证材料。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall completion</source>
        <translation>总体完成情况</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>已完成 %p%</translation>
    </message>
    <message>
        <source>Largest gaps, by priority</source>
        <translation>最大差距（按优先级）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gaps, by priority&lt;/b&gt; (click one to open the item)</source>
        <translation>&lt;b&gt;最大差距（按优先级）&lt;/b&gt;（单击可打开相应条目）</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln items complete</source>
        <translation>
            <numerusform>已完成 {complete}/%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them N/A</source>
        <translation>
            <numerusform>其中 %Ln 个不适用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with high priority</source>
        <translation>
            <numerusform>高优先级 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with medium priority</source>
        <translation>
            <numerusform>中优先级 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with low priority</source>
        <translation>
            <numerusform>低优先级 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a priority</source>
        <translation>
            <numerusform>无优先级 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>{complete}, {na}. {gaps}: {priorities}.</source>
        <translation>{complete}，{na}。{gaps}：{priorities}。</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>法律与机构</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>实践</translation>
    </message>
    <message numerus="yes">
        <source>%n, minor</source>
        <translation>
            <numerusform>%n，轻微</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, major</source>
        <translation>
            <numerusform>%n，严重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, critical</source>
        <translation>
            <numerusform>%n，危急</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gaps below target</source>
        <translation>
            <numerusform>低于目标的差距 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall key finding</source>
        <translation>总体主要结论</translation>
    </message>
</context>
<context>
    <name>OwnIndicatorDialog</name>
    <message>
        <source>Change an indicator of your own</source>
        <translation>修改自有指标</translation>
    </message>
    <message>
        <source>Add an indicator of your own</source>
        <translation>添加自有指标</translation>
    </message>
    <message>
        <source>Count (a whole number)</source>
        <translation>数量（整数）</translation>
    </message>
    <message>
        <source>Percentage (0 to 100)</source>
        <translation>百分比（0 至 100）</translation>
    </message>
    <message>
        <source>Amount of money (say which currency in the definition)</source>
        <translation>金额（请在定义中注明货币）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Yes or no (1 or 0)</source>
        <translation>是或否（1 或 0）</translation>
    </message>
    <message>
        <source>for example {code}</source>
        <translation>例如 {code}</translation>
    </message>
    <message>
        <source>item codes, for example {codes}</source>
        <translation>条目代码，例如 {codes}</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>分类维度</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>升降皆可</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>定义(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Informs the items:</source>
        <translation>涉及条目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation>分类维度(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>方向(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation>重命名评估</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>国家或实体</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>国家或实体(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时期(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Take {label} back to draft? Say why: the reason is kept in its status history.</source>
        <translation>将 {label} 退回草稿？请说明理由：理由将保存在其状态记录中。</translation>
    </message>
    <message>
        <source>Why it goes back to draft</source>
        <translation>退回草稿的理由</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档 (.pdf)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档 (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>JSON 数据 (.json)</translation>
    </message>
    <message>
        <source>A report on &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>关于 &lt;b&gt;{label}&lt;/b&gt; 的报告。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不比较</translation>
    </message>
    <message>
        <source>{label} (progress since then)</source>
        <translation>{label}（此后的进展）</translation>
    </message>
    <message>
        <source>&amp;Include evidence marked sensitive</source>
        <translation>包括标为敏感的佐证材料(&amp;I)</translation>
    </message>
    <message>
        <source>Include sensitive evidence</source>
        <translation>包括敏感佐证材料</translation>
    </message>
    <message>
        <source>The report will list sensitive evidence (for example names of victims or shelter addresses). Share it only with people allowed to see it.</source>
        <translation>报告将列出敏感佐证材料（例如被害人姓名或庇护所地址）。请仅与有权查看者分享。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>比较对象(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Reports ({patterns})</source>
        <translation>报告 ({patterns})</translation>
    </message>
    <message>
        <source>Data for a spreadsheet or another program: it has no pages, so no paper size.</source>
        <translation>供电子表格或其他程序使用的数据：没有页面，因此无需纸张大小。</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已于 {time} 保存</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and saved as soon as the database can be written. {reason}</source>
        <translation>尚未保存：修改保留在此处，一旦可以写入数据库即会保存。{reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (the details are in the log).</source>
        <translation>未保存：出现问题（详细信息见日志）。</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>法律与机构评分</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>实践评分</translation>
    </message>
    <message>
        <source>In &amp;law and institutions:</source>
        <translation>法律与机构(&amp;L)：</translation>
    </message>
    <message>
        <source>In &amp;practice:</source>
        <translation>实践(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>不适用(&amp;N)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Why the item does not apply</source>
        <translation>条目不适用的理由</translation>
    </message>
    <message>
        <source>Why does the item not apply? (required)</source>
        <translation>为何不适用此条目？（必填）</translation>
    </message>
    <message>
        <source>An item is only N/A with a justification: say why it does not apply.</source>
        <translation>条目须说明理由方可标为不适用：请说明不适用的原因。</translation>
    </message>
    <message>
        <source>Save state of the scores</source>
        <translation>评分的保存状态</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— 未评分 —</translation>
    </message>
    <message>
        <source>{number} – {label}</source>
        <translation>{number} – {label}</translation>
    </message>
    <message>
        <source>{label}: {description}</source>
        <translation>{label}：{description}</translation>
    </message>
    <message>
        <source>The scale:</source>
        <translation>评分尺度：</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores per pillar</source>
        <translation>各支柱评分</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>法律与机构</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln complete</source>
        <translation>
            <numerusform>已完成 {complete}/%Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPartDialog</name>
    <message>
        <source>Send part to an institution</source>
        <translation>向机构发送部分内容</translation>
    </message>
    <message>
        <source>A package with part of {label}, for an institution to fill in with Assess and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>一个包含 {label} 部分内容的数据包，供机构用 Assess 填写后发回。收到后请通过“文件 &gt; 导入机构反馈”导入。</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>Any: do not narrow by institution</source>
        <translation>任意：不按机构筛选</translation>
    </message>
    <message>
        <source>None ticked: the part the assessment was received as.</source>
        <translation>未勾选：即收到该评估时的范围。</translation>
    </message>
    <message>
        <source>None ticked: every pillar.</source>
        <translation>未勾选：全部支柱。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Optional. The password is not saved anywhere: give it to the institution another way than the package (by phone, not in the same e-mail).</source>
        <translation>可选。密码不会保存在任何地方：请通过数据包以外的途径告知机构（例如电话，而不是同一封电子邮件）。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;Scrub: leave out sensitive evidence and the names of people</source>
        <translation>脱敏：不包括敏感佐证材料和人员姓名(&amp;S)</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>For sharing outside government. Institution names stay; free text (rationales, next actions) is kept as written.</source>
        <translation>用于与政府以外的各方共享。保留机构名称；自由文本（理由、下一步行动）按原样保留。</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Assess 数据包 (*.assess);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>支柱：</translation>
    </message>
    <message>
        <source>Package holds:</source>
        <translation>数据包内容：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Write package</source>
        <translation>生成数据包(&amp;G)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Package (Assess)</source>
        <translation>数据包（Assess）</translation>
    </message>
    <message>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>工作簿（Excel、LibreOffice）</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>工作簿语言</translation>
    </message>
    <message>
        <source>For an institution without Assess: one row per item to fill in with Excel or LibreOffice Calc, with instructions in the language chosen. A workbook lists evidence but carries no files, never lists sensitive evidence or names of people, and has no password.</source>
        <translation>适用于没有 Assess 的机构：每个条目一行，用 Excel 或 LibreOffice Calc 填写，附所选语言的填写说明。工作簿列出佐证材料但不携带文件，从不列出敏感材料或人员姓名，也没有密码。</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A workbook with part of {label}, for an institution without Assess to fill in with a spreadsheet program and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>包含 {label} 一部分内容的工作簿，供没有 Assess 的机构用电子表格软件填写并发回。收到后请通过“文件 &gt; 导入机构反馈”导入。</translation>
    </message>
    <message>
        <source>Workbook holds:</source>
        <translation>工作簿内容：</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx);;All files (*)</source>
        <translation>工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence listed (no files)</source>
        <translation>
            <numerusform>列出 %Ln 份佐证材料（不含文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} ({size})</source>
        <translation>{files}（{size}）</translation>
    </message>
    <message>
        <source>&amp;Write workbook</source>
        <translation>生成工作簿(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message>
        <source>The database is not answering (for {seconds} seconds now). What you type is kept in this window and saved as soon as it answers.</source>
        <translation>数据库没有响应（已持续 {seconds} 秒）。您输入的内容保留在此窗口中，一旦数据库响应即会保存。</translation>
    </message>
    <message>
        <source>{reason} What you type is kept in this window and saved as soon as it can be.</source>
        <translation>{reason} 您输入的内容保留在此窗口中，一旦可以保存即会保存。</translation>
    </message>
    <message>
        <source>State of the database</source>
        <translation>数据库状态</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>打开共享数据库</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by the team. Ask its administrator for these.</source>
        <translation>团队共用的 PostgreSQL 服务器上的数据库。请向其管理员索取以下信息。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>for example: {example}</source>
        <translation>例如：{example}</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection only</source>
        <translation>仅限加密连接(&amp;E)</translation>
    </message>
    <message>
        <source>The password is never saved. To avoid typing it each time, put it in your PostgreSQL password file ({places}) and leave this field empty.</source>
        <translation>密码永远不会被保存。若不想每次都输入，可将其写入 PostgreSQL 密码文件（{places}），并将此栏留空。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>&amp;Write a sheet…</source>
        <translation>写出表格(&amp;W)…</translation>
    </message>
    <message>
        <source>Every figure and the rows to fill in, as a spreadsheet or CSV file</source>
        <translation>全部数字和待填行，保存为电子表格或 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Read a sheet…</source>
        <translation>读入表格(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the figures of a filled-in sheet</source>
        <translation>保存已填表格中的数字</translation>
    </message>
    <message>
        <source>Write a sheet of figures</source>
        <translation>写出数字表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>电子表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Sheet not written</source>
        <translation>表格未写出</translation>
    </message>
    <message>
        <source>Sheet written: {path}</source>
        <translation>表格已写出：{path}</translation>
    </message>
    <message>
        <source>Read a sheet of figures</source>
        <translation>读入数字表格</translation>
    </message>
    <message>
        <source>Sheet not read</source>
        <translation>表格未读入</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>{name} holds no figures.</source>
        <translation>{name} 中没有任何数字。</translation>
    </message>
    <message>
        <source>Figures from {name}</source>
        <translation>来自 {name} 的数字</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up / Down (in the tree)</source>
        <translation>上 / 下（在树中）</translation>
    </message>
    <message>
        <source>The item above or below; the item pane follows</source>
        <translation>上一个或下一个条目；条目窗格随之切换</translation>
    </message>
    <message>
        <source>Left / Right (in the tree)</source>
        <translation>左 / 右（在树中）</translation>
    </message>
    <message>
        <source>Fold or unfold a pillar</source>
        <translation>折叠或展开支柱</translation>
    </message>
    <message>
        <source>Enter / Down (in the filter box)</source>
        <translation>Enter / 下（在筛选框中）</translation>
    </message>
    <message>
        <source>Go to the first item found</source>
        <translation>转到找到的第一个条目</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous field, in the order on screen</source>
        <translation>按屏幕上的顺序转到下一个或上一个字段</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>The field, button or menu with that letter</source>
        <translation>带该字母的字段、按钮或菜单</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a text field)</source>
        <translation>Ctrl+Z（在文本字段中）</translation>
    </message>
    <message>
        <source>Undo what you typed there and is not saved yet; when nothing is, the last saved edit</source>
        <translation>撤销在该字段中输入但尚未保存的内容；如无此类内容，则撤销最近一次已保存的编辑</translation>
    </message>
    <message>
        <source>Up / Down (in the target date)</source>
        <translation>上 / 下（在目标日期中）</translation>
    </message>
    <message>
        <source>A day later or earlier</source>
        <translation>推后或提前一天</translation>
    </message>
    <message>
        <source>Enter (in the evidence list)</source>
        <translation>Enter（在佐证材料列表中）</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>打开所选佐证材料</translation>
    </message>
    <message>
        <source>Delete (in the evidence list)</source>
        <translation>Delete（在佐证材料列表中）</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>删除所选佐证材料</translation>
    </message>
    <message>
        <source>Enter (in the largest gaps)</source>
        <translation>Enter（在最大差距列表中）</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>打开条目</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <source>Set &amp;target…</source>
        <translation>设定目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Target {target} (the assessment&apos;s).</source>
        <translation>目标 {target}（评估的目标）。</translation>
    </message>
    <message>
        <source>Target {target}, set for this item: {reason}</source>
        <translation>目标 {target}，为本条目设定：{reason}</translation>
    </message>
    <message>
        <source>Target {target}, set for {code}: {reason}</source>
        <translation>目标 {target}，为 {code} 设定：{reason}</translation>
    </message>
    <message>
        <source>Gap of 1 level: minor.</source>
        <translation>差距 1 级：轻微。</translation>
    </message>
    <message>
        <source>Gap of 2 levels: major.</source>
        <translation>差距 2 级：严重。</translation>
    </message>
    <message numerus="yes">
        <source>Gap of %n levels: critical.</source>
        <translation>
            <numerusform>差距 %n 级：危急。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target of the assessment</source>
        <translation>评估的目标</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>设定此目标的理由</translation>
    </message>
    <message>
        <source>&amp;Target of the assessment:</source>
        <translation>评估的目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>理由(&amp;W)：</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Targets set on pillars, branches and items</source>
        <translation>为支柱、分支和条目设定的目标</translation>
    </message>
    <message>
        <source>Pillar, branch or item</source>
        <translation>支柱、分支或条目</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Override for:</source>
        <translation>单独设定(&amp;O)：</translation>
    </message>
    <message>
        <source>A pillar, a branch or an item may have a target of its own, with a reason:</source>
        <translation>支柱、分支或条目可以有自己的目标，并注明理由：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{field} may hold at most {limit} characters; the text past them was not taken.</source>
        <translation>“{field}”最多可容纳 {limit} 个字符；超出部分未被接受。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Totals per period</source>
        <translation>各期总数</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>No totals recorded yet.</source>
        <translation>尚未记录总数。</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Walkthrough</source>
        <translation>入门导览</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again when Assess starts</source>
        <translation>启动 Assess 时不再显示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Pillars and measures</source>
        <translation>支柱与措施</translation>
    </message>
    <message>
        <source>Scoring an item</source>
        <translation>为条目评分</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item gets two scores on the same scale, from 0 (not in place) to 4 (fully in place): &lt;b&gt;in law and institutions&lt;/b&gt; (is the legal and institutional basis there?) and &lt;b&gt;in practice&lt;/b&gt; (is it implemented and working?). The two often differ: that is the point.&lt;/p&gt;&lt;p&gt;If an item does not apply to your country, tick &lt;b&gt;N/A&lt;/b&gt; and say why: an N/A needs a justification.&lt;/p&gt;&lt;p&gt;Below the scores, write the rationale, the responsible institutions, the priority, a target date, the next action and the technical assistance needed. Every change is saved the moment you make it; Edit &amp;gt; Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个条目按同一标准给出两项评分，从 0（尚未建立）到 4（全面到位）：&lt;b&gt;法律与机构&lt;/b&gt;（是否具备法律和机构基础？）和&lt;b&gt;实践&lt;/b&gt;（是否得到执行并发挥作用？）。两者往往并不一致，而这正是评估要揭示的。&lt;/p&gt;&lt;p&gt;如果某一条目不适用于贵国，请勾选&lt;b&gt;不适用&lt;/b&gt;并说明理由：不适用必须附有理由。&lt;/p&gt;&lt;p&gt;在评分下方填写理由、责任机构、优先级、目标日期、下一步行动和所需技术援助。每项修改一经作出即自动保存；可通过“编辑 &amp;gt; 撤销”撤回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Evidence&lt;/b&gt; tab under the item holds what the scores rest on: files (laws, circulars, statistics, memoranda of understanding), links and legal citations.&lt;/p&gt;&lt;p&gt;Add files with &lt;b&gt;Add files…&lt;/b&gt; or drag them onto the item. They are stored inside the database and checked by their SHA-256 fingerprint. Mark a file &lt;b&gt;sensitive&lt;/b&gt; when it names victims or shelters: it is then left out of the reports unless you ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;条目下方的&lt;b&gt;佐证材料&lt;/b&gt;选项卡存放评分所依据的材料：文件（法律、通知、统计数据、谅解备忘录）、链接和法律引文。&lt;/p&gt;&lt;p&gt;点击&lt;b&gt;添加文件…&lt;/b&gt;或将文件拖到条目上即可添加。文件存储在数据库内，并以 SHA-256 指纹校验。如文件中出现被害人或庇护所的名称，请将其标为&lt;b&gt;敏感&lt;/b&gt;：除非您特别要求，报告中不会列出该文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gaps and the overview</source>
        <translation>差距与概览</translation>
    </message>
    <message>
        <source>&lt;p&gt;An item is a &lt;b&gt;gap&lt;/b&gt; when the lower of its two scores is below the target. Choose &lt;b&gt;Gaps&lt;/b&gt; in the state filter to see only those.&lt;/p&gt;&lt;p&gt;View &amp;gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of each pillar in law and in practice against the target, and the largest gaps by priority; click a gap to open the item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;当条目两项评分中较低的一项低于目标值时，该条目即为&lt;b&gt;差距&lt;/b&gt;。在状态筛选中选择&lt;b&gt;差距&lt;/b&gt;，即可只显示这些条目。&lt;/p&gt;&lt;p&gt;“视图 &amp;gt; 概览” (Ctrl+2) 显示评估进度、各支柱在法律与机构层面和实践层面相对于目标值的平均分，以及按优先级排列的最大差距；单击某一差距即可打开相应条目。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gap report (PDF) lists the gaps by priority, the action plan by institution, the technical assistance needed and the evidence, with the methodology. &lt;b&gt;File &amp;gt; Export report…&lt;/b&gt; (Ctrl+E) writes it in the window&apos;s language: choose PDF, a Word document to edit or an Excel workbook with the action plan, and a previous round to report progress against.&lt;/p&gt;&lt;p&gt;The same report from the command line, for instance in a script:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;When the team agrees, Assessment &amp;gt; Mark final takes the DRAFT mark off the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;差距报告 (PDF) 按优先级列出差距，按机构列出行动计划，并列出所需技术援助和佐证材料，附方法说明。&lt;b&gt;“文件 &amp;gt; 导出报告…”&lt;/b&gt; (Ctrl+E) 以窗口当前语言生成报告：可选择 PDF、可编辑的 Word 文档或含行动计划的 Excel 工作簿，还可选择以往某一轮评估来报告进展。&lt;/p&gt;&lt;p&gt;也可在命令行中（例如在脚本里）生成同一份报告：&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;团队达成一致后，通过“评估 &amp;gt; 标记为定稿”即可去掉报告上的“草稿”标记。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>第 {number} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Enter goes to the first item found, Ctrl+PgDown to the next item. F9 hides the tree to give the item the whole width.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这些条目列在左侧的树中，并显示各自的状态和评分。指导原则和跨领域挑战也列在其中，仅作背景，不评分。&lt;/p&gt;&lt;p&gt;在筛选框中输入文字 (Ctrl+F)，或选择状态、优先级或机构，即可缩小树的范围；按 Enter 转到找到的第一个条目，按 Ctrl+PgDown 转到下一条目。按 F9 隐藏树，让条目占据整个宽度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once an assessment is open, they are in a tree on the left of the window, each with its state and its scores; the guiding principles and cross-cutting challenges are there too, as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;打开评估后，这些条目列在窗口左侧的树中，并显示各自的状态和评分；指导原则和跨领域挑战也列在其中，仅作背景。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;评估清单即联合国毒品和犯罪问题办公室《行动框架》：五大&lt;b&gt;支柱&lt;/b&gt;（起诉、保护、预防、国家合作与协调、国际合作与协调），每个支柱由若干&lt;b&gt;措施&lt;/b&gt;组成；另有贩运人口问题工作组的 23 项&lt;b&gt;建议&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>从哪里开始</translation>
    </message>
    <message>
        <source>&lt;p&gt;No assessment is open yet. On the welcome page, &lt;b&gt;New assessment…&lt;/b&gt; starts one for your country, &lt;b&gt;Open a database…&lt;/b&gt; opens one a colleague sent you, and &lt;b&gt;Open the demo&lt;/b&gt; opens a fictional country&apos;s assessment to try everything on (a throwaway copy).&lt;/p&gt;&lt;p&gt;The next pages show what you will find once an assessment is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚未打开任何评估。在欢迎页上，&lt;b&gt;新建评估…&lt;/b&gt;可为本国开始一项评估，&lt;b&gt;打开数据库…&lt;/b&gt;可打开同事发来的数据库，&lt;b&gt;打开演示&lt;/b&gt;可打开一个虚构国家的评估以试用所有功能（一次性副本）。&lt;/p&gt;&lt;p&gt;后面几页介绍打开评估后将看到的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picture of this part of the window</source>
        <translation>窗口此部分的图片</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Take stock of how your country implements the UN Trafficking in Persons Protocol: score each measure of the UNODC Framework for Action and the Working Group recommendations, attach the evidence, and see the gaps.</source>
        <translation>评估贵国执行《联合国贩运人口议定书》的情况：为联合国毒品和犯罪问题办公室《行动框架》的各项措施和工作组建议评分，附上佐证材料，找出差距。</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>打开示例评估(&amp;S)</translation>
    </message>
    <message>
        <source>A fictional country&apos;s assessment in two rounds, on a throwaway copy.</source>
        <translation>一个虚构国家的两轮评估，在临时副本上打开。</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>此数据库中的评估</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近的数据库</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Assessments in this database&lt;/b&gt;</source>
        <translation>&lt;b&gt;此数据库中的评估(&amp;A)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的数据库(&amp;R)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开任何数据库。</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>None yet: create one with New assessment.</source>
        <translation>暂无评估：请点击“新建评估”创建。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Created {label}</source>
        <translation>已创建 {label}</translation>
    </message>
    <message>
        <source>Rename the assessment</source>
        <translation>重命名评估</translation>
    </message>
    <message>
        <source>Saved: the assessment is now called {label}</source>
        <translation>已保存：评估已更名为 {label}</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. The edit stays with {code} and is saved as soon as the database can be written.</source>
        <translation>尚未保存：{what}。该修改仍属于 {code}，一旦可以写入数据库即会保存。</translation>
    </message>
    <message>
        <source>Not saved: {what}</source>
        <translation>未保存：{what}</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>添加佐证材料 {name}</translation>
    </message>
    <message>
        <source>Saved: {name} added to {code}</source>
        <translation>已保存：{name} 已添加到 {code}</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>删除佐证材料 {name}</translation>
    </message>
    <message>
        <source>Saved: {name} removed from {code}</source>
        <translation>已保存：{name} 已从 {code} 中删除</translation>
    </message>
    <message>
        <source>details of {name}</source>
        <translation>{name} 的详情</translation>
    </message>
</context>
<context>
    <name>charts</name>
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
    <name>core</name>
    <message>
        <source>--by names the category of a figure: give --value N (or --clear) with it.</source>
        <translation>--by 指定数字的类别：请同时给出 --value N（或 --clear）。</translation>
    </message>
    <message>
        <source>--take settles conflicts of a merge; give it with --into ASSESSMENT.</source>
        <translation>--take 用于解决合并中的冲突；请与 --into ASSESSMENT 一起使用。</translation>
    </message>
    <message>
        <source>1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>有 1 个条目存在冲突（{codes}）；未合并任何内容。请用 --take mine 或 --take theirs 一并解决，或在窗口中逐一解决（“文件 &gt; 导入机构反馈”）。</translation>
    </message>
    <message>
        <source>A legal citation needs its text, for example &apos;Penal Code, art. 188(2)&apos;.</source>
        <translation>法律引文须填写引文内容，例如“《刑法》第188条第2款”。</translation>
    </message>
    <message>
        <source>A report font cannot be read ({error}); reinstall Assess (see README).</source>
        <translation>无法读取报告字体（{error}）；请重新安装 Assess（参见 README）。</translation>
    </message>
    <message>
        <source>A role name is empty; give the login names of the people, e.g. --editor alice.</source>
        <translation>角色名称为空；请提供相关人员的登录名，例如 --editor alice。</translation>
    </message>
    <message>
        <source>After upgrading, {count} rows point at missing rows. The copy taken before the upgrade is {backup}; restore it and report this problem.</source>
        <translation>升级后，有 {count} 行数据指向不存在的行。升级前保存的副本为 {backup}；请将其还原并报告此问题。</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold an assessment; give a file path.</source>
        <translation>内存中的 SQLite 数据库无法保存评估；请提供文件路径。</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be compared with itself; give the id of an earlier round.</source>
        <translation>评估 {number} 不能与自身比较；请提供较早一轮评估的 ID。</translation>
    </message>
    <message>
        <source>Assessment {number} is final and read-only. Reopen it as a draft first (assess mark {number} draft).</source>
        <translation>评估 {number} 已定稿，为只读。请先将其重新打开为草稿（assess mark {number} draft）。</translation>
    </message>
    <message>
        <source>Attaching {name} was cancelled; nothing was added.</source>
        <translation>已取消附加 {name}；未添加任何内容。</translation>
    </message>
    <message>
        <source>Backup and restore work on an SQLite database file. Back up a PostgreSQL server with pg_dump.</source>
        <translation>备份和还原针对 SQLite 数据库文件。PostgreSQL 服务器请使用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Cannot connect to {database}: {reason}</source>
        <translation>无法连接到 {database}：{reason}</translation>
    </message>
    <message>
        <source>Cannot create a database in {path}: the folder is not writable.</source>
        <translation>无法在 {path} 中创建数据库：该文件夹不可写入。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>无法创建文件夹 {folder}：{problem}。</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>无法创建文件夹 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>无法读取密码文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot restore into {file}: {problem}.</source>
        <translation>无法还原到 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name {name}; end it in .pdf, .docx, .xlsx, .csv or .json, or give --format.</source>
        <translation>无法根据文件名 {name} 判断报告格式；请以 .pdf、.docx、.xlsx、.csv 或 .json 作为文件名结尾，或用 --format 指定格式。</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>无法使用 {url}：{reason}</translation>
    </message>
    <message>
        <source>Cannot write in {folder} (permission denied); choose another folder.</source>
        <translation>无法写入 {folder}（权限被拒绝）；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the demo database in {folder}: the folder is not writable.</source>
        <translation>无法在 {folder} 中写入示例数据库：该文件夹不可写入。</translation>
    </message>
    <message>
        <source>Cannot write the demo database {file}: {problem}.</source>
        <translation>无法写入示例数据库 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}. Nothing was written.</source>
        <translation>无法写入 {file}：{problem}。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write {path} (permission denied; is the file open in another program?). Nothing was changed.</source>
        <translation>无法写入 {path}（权限被拒绝；该文件是否已在其他程序中打开？）。未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was changed.</source>
        <translation>无法写入 {path}：{reason}。未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>无法写入 {target}：{problem}。</translation>
    </message>
    <message>
        <source>Database {database} holds no Assess tables; open it once with assess to create them.</source>
        <translation>数据库 {database} 中没有 Assess 数据表；请用 assess 打开一次以创建数据表。</translation>
    </message>
    <message>
        <source>Figures were changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>准备合并后此处的数字又有改动；未合并任何内容。请重新准备合并。</translation>
    </message>
    <message>
        <source>Framework {key} version {version} is already in this database with different content. Give the changed file a new version number and import it again; assessments made on the existing version are not changed.</source>
        <translation>此数据库中已有框架 {key} 版本 {version}，但内容不同。请为修改后的文件指定新的版本号，然后重新导入；基于现有版本的评估不受影响。</translation>
    </message>
    <message>
        <source>Give either --na or --applicable, not both.</source>
        <translation>--na 和 --applicable 只能指定其一，不能同时指定。</translation>
    </message>
    <message>
        <source>Give the database of the shared database.</source>
        <translation>请填写共享数据库的数据库名。</translation>
    </message>
    <message>
        <source>Give the file or link to attach (or --citation TEXT for a legal citation).</source>
        <translation>请指定要附加的文件或链接（法律引文请使用 --citation TEXT）。</translation>
    </message>
    <message>
        <source>Give the server of the shared database.</source>
        <translation>请填写共享数据库的服务器。</translation>
    </message>
    <message>
        <source>Give the user name of the shared database.</source>
        <translation>请填写共享数据库的用户名。</translation>
    </message>
    <message>
        <source>Give {code} at least one category of {dimension}.</source>
        <translation>请为 {code} 至少指定 {dimension} 的一个类别。</translation>
    </message>
    <message>
        <source>Lost the connection to {database} ({reason}). Check the network and try again.</source>
        <translation>与 {database} 的连接已断开（{reason}）。请检查网络后重试。</translation>
    </message>
    <message>
        <source>Marking {code} N/A needs a justification: say why the item does not apply.</source>
        <translation>将 {code} 标为不适用须附理由：请说明该条目不适用的原因。</translation>
    </message>
    <message>
        <source>N/A ({justification})</source>
        <translation>不适用（{justification}）</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>不适用的理由</translation>
    </message>
    <message>
        <source>Name at least one item the indicator {code} informs (for example PROT-2); it is shown with that item and grouped under its pillar.</source>
        <translation>请至少指定指标 {code} 涉及的一个条目（例如 PROT-2）；该指标将随该条目显示，并归入其支柱。</translation>
    </message>
    <message>
        <source>Name each dimension of {code} once.</source>
        <translation>{code} 的每个维度只能指定一次。</translation>
    </message>
    <message>
        <source>Name each role once, as --editor, --viewer or --remove: {roles}.</source>
        <translation>每个角色只能通过 --editor、--viewer 或 --remove 指定一次：{roles}。</translation>
    </message>
    <message>
        <source>No file was given (the path is empty, so it does not exist); give the file to attach.</source>
        <translation>未指定文件（路径为空，因此文件不存在）；请指定要附加的文件。</translation>
    </message>
    <message>
        <source>No framework {key} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>此数据库中没有框架 {key}（已有：{known}）。请用以下命令导入：assess framework import FILE</translation>
    </message>
    <message>
        <source>No framework {key} version {version} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>此数据库中没有框架 {key} 版本 {version}（已有：{known}）。请用以下命令导入：assess framework import FILE</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: none yet).</source>
        <translation>此评估中没有名为 {name} 的机构（目前尚无任何机构）。</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: {known}).</source>
        <translation>此评估中没有名为 {name} 的机构（已有：{known}）。</translation>
    </message>
    <message>
        <source>No item of the assessment matches that choice; nothing was written.</source>
        <translation>评估中没有符合所选条件的条目；未写入任何内容。</translation>
    </message>
    <message>
        <source>No stored file has SHA-256 {sha256}.</source>
        <translation>没有 SHA-256 为 {sha256} 的已存储文件。</translation>
    </message>
    <message>
        <source>Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta.</source>
        <translation>没有要更改的内容：请指定 --law、--practice、--na、--note、--priority、--responsible、--due、--next 或 --ta。</translation>
    </message>
    <message>
        <source>Nothing to record: give --value N (or --clear), --source or --note.</source>
        <translation>没有可记录的内容：请给出 --value N（或 --clear）、--source 或 --note。</translation>
    </message>
    <message>
        <source>Only file evidence has content to save.</source>
        <translation>只有文件类佐证材料才有可保存的内容。</translation>
    </message>
    <message>
        <source>Only the owner of the Assess tables in database {database} ({owner}) or a superuser may set up its roles; you are connected as {user}.</source>
        <translation>只有数据库 {database} 中 Assess 数据表的所有者（{owner}）或超级用户才能设置其角色；您当前以 {user} 身份连接。</translation>
    </message>
    <message>
        <source>Part of the stored file {sha256} is missing; the database may be damaged.</source>
        <translation>已存储文件 {sha256} 的部分内容缺失；数据库可能已损坏。</translation>
    </message>
    <message>
        <source>Read only: your database user {user} may read this database but not change it. To edit, ask the database owner to run: assess server setup --editor {name}</source>
        <translation>只读：您的数据库用户 {user} 可以读取此数据库，但不能修改。如需编辑，请让数据库所有者运行：assess server setup --editor {name}</translation>
    </message>
    <message>
        <source>Someone else added {names} to this assessment at the same moment, so your edit of {code} was not saved. Make it again.</source>
        <translation>其他人同时向此评估添加了 {names}，因此您对 {code} 的修改未保存。请重新修改。</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup file.</source>
        <translation>该文件就是数据库本身；请选择备份文件。</translation>
    </message>
    <message>
        <source>The assessment was called {label} when the package was made.</source>
        <translation>生成数据包时，该评估名为 {label}。</translation>
    </message>
    <message>
        <source>The backup could not be made: {problem}. Nothing was written.</source>
        <translation>无法完成备份：{problem}。未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>无法还原备份：{problem}。</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>备份必须保存到数据库本身以外的另一个文件。</translation>
    </message>
    <message>
        <source>The code {code} is already used in this assessment (by an item or an indicator); choose another.</source>
        <translation>代码 {code} 已在本次评估中使用（用于条目或指标）；请另选一个。</translation>
    </message>
    <message>
        <source>The content of {name} is no longer stored; attach the file again.</source>
        <translation>{name} 的内容已不再存储；请重新附加该文件。</translation>
    </message>
    <message>
        <source>The demo can only be built into an empty database; this one has assessments.</source>
        <translation>示例评估只能建在空数据库中；此数据库已有评估。</translation>
    </message>
    <message>
        <source>The desktop window cannot start: {problem}. Reinstall Assess (see README).</source>
        <translation>桌面窗口无法启动：{problem}。请重新安装 Assess（参见 README）。</translation>
    </message>
    <message>
        <source>The disk holding {database} is full. Free some space and try again.</source>
        <translation>{database} 所在的磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written and nothing was left behind. Free some space or choose another drive.</source>
        <translation>磁盘已满：无法写入 {name}，且未留下任何残余文件。请释放一些空间，或选择其他驱动器。</translation>
    </message>
    <message>
        <source>The disk of the server holding {database} is full. Tell the server&apos;s administrator.</source>
        <translation>{database} 所在服务器的磁盘已满。请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The evidence file {file} does not match its SHA-256 or size: it was changed or damaged after it was packaged. Nothing was imported; ask the sender for the package again.</source>
        <translation>佐证文件 {file} 与其 SHA-256 或大小不符：打包后已被修改或损坏。未导入任何内容；请向发送方重新索取数据包。</translation>
    </message>
    <message>
        <source>The evidence file {file} holds more than the {size} bytes it was announced with; nothing was imported.</source>
        <translation>佐证文件 {file} 的内容超出其声明的 {size} 字节；未导入任何内容。</translation>
    </message>
    <message>
        <source>The figure {value} of {code} for {period} {problem} in the unit {unit}; change or remove it first.</source>
        <translation>{code} 在 {period} 的数字 {value} 不符合单位 {unit}（{problem}）；请先修改或删除。</translation>
    </message>
    <message>
        <source>The figures of {code} for {period} were changed by {user} since you opened them, so your edit was not saved. Look at them and make your edit again.</source>
        <translation>您打开后，{user} 修改了 {code} 在 {period} 的数字，因此您的修改未保存。请查看后重新修改。</translation>
    </message>
    <message>
        <source>The first line of the password file {path} is empty; write the password there.</source>
        <translation>密码文件 {path} 的第一行为空；请在该行写入密码。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another place.</source>
        <translation>文件夹 {folder} 不存在；请先创建该文件夹，或选择其他位置。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>文件夹 {folder} 不存在；请先创建。</translation>
    </message>
    <message>
        <source>The font file {pattern} is missing from {folder}; reinstall Assess (see README).</source>
        <translation>{folder} 中缺少字体文件 {pattern}；请重新安装 Assess（参见 README）。</translation>
    </message>
    <message>
        <source>The group roles {editor} and {viewer} do not exist yet and {user} may not create roles. Run setup once as a user with CREATEROLE (for example postgres), or create them: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</source>
        <translation>组角色 {editor} 和 {viewer} 尚不存在，且 {user} 无权创建角色。请以具有 CREATEROLE 权限的用户（例如 postgres）运行一次 setup，或手动创建这两个角色：CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未作任何更改。</translation>
    </message>
    <message>
        <source>The indicator {code} needs a name.</source>
        <translation>指标 {code} 需要名称。</translation>
    </message>
    <message>
        <source>The package has a figure this assessment cannot hold ({problem}); nothing was merged. Change the indicator here first.</source>
        <translation>数据包中有本次评估无法容纳的数字（{problem}）；未合并任何内容。请先在此修改该指标。</translation>
    </message>
    <message>
        <source>The package has figures of {code}, an indicator this assessment does not have; nothing was merged.</source>
        <translation>数据包中有 {code} 的数字，本次评估没有该指标；未合并任何内容。</translation>
    </message>
    <message>
        <source>The package holds item {code}, which framework {framework} {version} in this database does not have as an assessable item; nothing was imported.</source>
        <translation>数据包中含有条目 {code}，但此数据库中的框架 {framework} {version} 没有这一可评估条目；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package scores {code} {value}, off this assessment&apos;s scale ({low} to {high}); nothing was merged.</source>
        <translation>数据包中 {code} 的评分为 {value}，超出此评估的评分范围（{low} 至 {high}）；未合并任何内容。</translation>
    </message>
    <message>
        <source>The package&apos;s indicator {code} is defined differently here; it stays as it is here.</source>
        <translation>数据包中的指标 {code} 在此处定义不同；保留此处的定义。</translation>
    </message>
    <message>
        <source>The password does not open {label} (a wrong password, or the file was altered); nothing was changed. Check the password file.</source>
        <translation>该密码无法打开 {label}（密码错误，或文件已被改动）；未作任何更改。请检查密码文件。</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>密码文件 {path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>The period {value} ends before it starts; give the first day, then the last.</source>
        <translation>期次 {value} 的结束早于开始；请先给首日，再给末日。</translation>
    </message>
    <message>
        <source>The period {value} lies outside the years {earliest} to {latest}; check the year.</source>
        <translation>期次 {value} 不在 {earliest} 至 {latest} 年之间；请检查年份。</translation>
    </message>
    <message>
        <source>The report font package {package} is not installed; reinstall Assess (see README).</source>
        <translation>未安装报告字体包 {package}；请重新安装 Assess（参见 README）。</translation>
    </message>
    <message>
        <source>The server holding {database} cancelled this request (it took too long, or an administrator stopped it); nothing was saved. Try again.</source>
        <translation>{database} 所在的服务器取消了此请求（耗时过长，或被管理员中止）；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>The server holding {database} has too many connections open. Try again in a moment.</source>
        <translation>{database} 所在服务器上打开的连接过多。请稍后重试。</translation>
    </message>
    <message>
        <source>The stored copy of {name} does not match its SHA-256; it was not saved.</source>
        <translation>{name} 的存储副本与其 SHA-256 不符；未予保存。</translation>
    </message>
    <message>
        <source>The stored evidence file {name} no longer matches its SHA-256; the database may be damaged. No package was written.</source>
        <translation>已存储的佐证文件 {name} 与其 SHA-256 不再相符；数据库可能已损坏。未写入数据包。</translation>
    </message>
    <message>
        <source>The target must lie on the scale, {low} to {high}.</source>
        <translation>目标值必须在评分范围内（{low} 至 {high}）。</translation>
    </message>
    <message>
        <source>The target of {code} is refused; {problem}.</source>
        <translation>{code} 的目标被拒绝；{problem}。</translation>
    </message>
    <message>
        <source>The {what} is required.</source>
        <translation>{what}为必填项。</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>{what}过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>The {what} score {value} is not a whole number from {low} to {high}.</source>
        <translation>{what}评分 {value} 不是 {low} 至 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>The {what} score {value} is off the scale; use {low} to {high}.</source>
        <translation>{what}评分 {value} 超出评分范围；请使用 {low} 至 {high}。</translation>
    </message>
    <message>
        <source>There is no assessment {number} in this database; see the ids with: assess list</source>
        <translation>此数据库中没有评估 {number}；可用以下命令查看各评估的 ID：assess list</translation>
    </message>
    <message>
        <source>There is no database at {target} yet; nothing was created.</source>
        <translation>{target} 处尚无数据库；未创建任何内容。</translation>
    </message>
    <message>
        <source>There is no evidence {number}; it may have been removed.</source>
        <translation>不存在编号为 {number} 的佐证材料；可能已被删除。</translation>
    </message>
    <message>
        <source>There is no indicator {code} in this assessment (indicators: {known}). See them with: assess data show ASSESSMENT</source>
        <translation>本次评估中没有指标 {code}（指标：{known}）。可用以下命令查看：assess data show ASSESSMENT</translation>
    </message>
    <message>
        <source>There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, WG-11.b; see them with: assess framework show</source>
        <translation>{framework} {version} 中没有条目 {code}。条目编号形如 PROS-1、PROS-1.i、PROT-5、WG-11.b；可用以下命令查看：assess framework show</translation>
    </message>
    <message>
        <source>There is no own indicator {code} in assessment {number}.</source>
        <translation>评估 {number} 中没有自有指标 {code}。</translation>
    </message>
    <message>
        <source>There is no role {roles} on the server. Create each person&apos;s login first, for example: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; then run setup again.</source>
        <translation>服务器上没有角色 {roles}。请先为每个人创建登录角色，例如：CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; 然后重新运行 setup。</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>此数据库</translation>
    </message>
    <message>
        <source>This package was written by a newer release of Assess (package format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>此数据包由更新版本的 Assess 生成（数据包格式 {version}；此版本可读取格式 {supported}）。请安装更新版本后再导入；未作任何更改。</translation>
    </message>
    <message>
        <source>Unknown command {command}; see assess --help.</source>
        <translation>未知命令 {command}；请参阅 assess --help。</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use a4 or letter.</source>
        <translation>未知纸张大小 {paper}；请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {choices}.</source>
        <translation>未知支柱 {pillars}；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {roots}.</source>
        <translation>未知支柱 {pillars}；请使用以下之一：{roots}。</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium or low.</source>
        <translation>未知优先级 {priority}；请使用 high、medium 或 low。</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium, low or none.</source>
        <translation>未知优先级 {priority}；请使用 high、medium、low 或 none。</translation>
    </message>
    <message>
        <source>Unknown report format {format}; use one of {formats}.</source>
        <translation>未知报告格式 {format}；请使用以下之一：{formats}。</translation>
    </message>
    <message>
        <source>Unknown sslmode {sslmode}; use one of {modes}.</source>
        <translation>未知的 sslmode {sslmode}；请使用以下之一：{modes}。</translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of {statuses}.</source>
        <translation>未知状态 {status}；请使用以下之一：{statuses}。</translation>
    </message>
    <message>
        <source>Unknown unit {unit}; use one of {units}.</source>
        <translation>未知单位 {unit}；请使用以下之一：{units}。</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file path or a postgresql:// URL.</source>
        <translation>不支持的数据库 {backend}：请使用 SQLite 文件路径或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>Give one --by at a time: figures are broken down by one dimension at a time (a figure for {one}, another for {other}), not by combinations.</source>
        <translation>每次只给一个 --by：数字每次按一个维度分类（{one} 一个数字，{other} 另一个数字），不按组合分类。</translation>
    </message>
    <message>
        <source>Unknown direction {direction}; use one of {choices}.</source>
        <translation>未知方向 {direction}；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Write --by as DIMENSION=CATEGORY, for example {example}.</source>
        <translation>--by 的写法为 维度=类别，例如 {example}。</translation>
    </message>
    <message>
        <source>Writing the package was cancelled; no file was written.</source>
        <translation>已取消写入数据包；未写入任何文件。</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>含有反斜杠</translation>
    </message>
    <message>
        <source>a count must be a whole number</source>
        <translation>计数必须是整数</translation>
    </message>
    <message>
        <source>a path that leaves the package</source>
        <translation>路径指向数据包之外</translation>
    </message>
    <message>
        <source>a percentage must lie between 0 and 100</source>
        <translation>百分比必须介于 0 到 100 之间</translation>
    </message>
    <message>
        <source>a response marked N/A must have no scores and a justification</source>
        <translation>标为不适用的条目不得有评分，且必须附有理由</translation>
    </message>
    <message>
        <source>a suggestion is not quoted from a source; remove &quot;source&quot; or make the provenance &quot;source&quot;</source>
        <translation>建议并非引自出处；请删除 &quot;source&quot;，或将来源类型改为 &quot;source&quot;</translation>
    </message>
    <message>
        <source>a yes/no figure must be 1 (yes) or 0 (no)</source>
        <translation>是/否数值必须为 1（是）或 0（否）</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>是绝对路径</translation>
    </message>
    <message>
        <source>an empty or &apos;.&apos; path part</source>
        <translation>含有空的或为“.”的路径部分</translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation>条目不能与自身关联</translation>
    </message>
    <message>
        <source>assess server setup is for a shared PostgreSQL database: give it with --db postgresql+psycopg://OWNER@HOST/DATABASE. An SQLite file needs no roles.</source>
        <translation>assess server setup 用于共享的 PostgreSQL 数据库：请用 --db postgresql+psycopg://OWNER@HOST/DATABASE 指定。SQLite 文件无需设置角色。</translation>
    </message>
    <message>
        <source>byte {position}</source>
        <translation>第 {position} 字节</translation>
    </message>
    <message>
        <source>characters a package member never has</source>
        <translation>含有数据包成员名称中不会出现的字符</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>含有控制字符</translation>
    </message>
    <message>
        <source>country or entity</source>
        <translation>国家或实体</translation>
    </message>
    <message>
        <source>dimension {dimension} is listed twice</source>
        <translation>维度 {dimension} 列出了两次</translation>
    </message>
    <message>
        <source>dimension {dimension} is not declared under dimensions</source>
        <translation>维度 {dimension} 未在 dimensions 下声明</translation>
    </message>
    <message>
        <source>entries of provenance &quot;suggestion&quot; need &quot;suggestion_note&quot;, saying whose suggestions they are</source>
        <translation>来源类型为 &quot;suggestion&quot; 的条目需要 &quot;suggestion_note&quot;，说明这些建议出自何方</translation>
    </message>
    <message>
        <source>every value from {low} to {high} needs exactly one level</source>
        <translation>从 {low} 到 {high} 的每个值都必须恰好对应一个等级</translation>
    </message>
    <message>
        <source>expected a JSON object describing a framework</source>
        <translation>应为描述框架的 JSON 对象</translation>
    </message>
    <message>
        <source>has {count} entries; at least {limit} are needed</source>
        <translation>有 {count} 项；至少需要 {limit} 项</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>有 {count} 项；最多允许 {limit} 项</translation>
    </message>
    <message>
        <source>holds fields this format does not have</source>
        <translation>含有此格式中不存在的字段</translation>
    </message>
    <message>
        <source>indicator&apos;s definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>indicator&apos;s name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>is not a valid value here</source>
        <translation>不是此处的有效值</translation>
    </message>
    <message>
        <source>item code {code} is used twice (first at {first})</source>
        <translation>条目编号 {code} 被使用了两次（首次出现在 {first}）</translation>
    </message>
    <message>
        <source>items are nested more than {limit} levels deep</source>
        <translation>条目嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>law and institutions</source>
        <translation>法律与机构</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>法律 {law}，实践 {practice}</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}, rationale {rationale}</source>
        <translation>法律 {law}，实践 {practice}，理由 {rationale}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>marks the {field} as editorial, but the item has no {field}</source>
        <translation>将 {field} 标为编辑性内容，但该条目没有 {field}</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>min 必须小于 max</translation>
    </message>
    <message>
        <source>more than {limit} items</source>
        <translation>条目超过 {limit} 个</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be {versions}, a format version this release reads</source>
        <translation>必须为 {versions}，即此版本的 Assess 可读取的格式版本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不得为负数</translation>
    </message>
    <message>
        <source>needs at least one of {names}</source>
        <translation>至少需要 {names} 中的一项</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>no item is assessable, so there is nothing to score</source>
        <translation>没有可评估的条目，因此无从评分</translation>
    </message>
    <message>
        <source>no such file; check the path</source>
        <translation>文件不存在；请检查路径</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not an Assess framework file (expected &quot;format&quot;: &quot;assess-framework&quot;)</source>
        <translation>不是 Assess 框架文件（应为 &quot;format&quot;: &quot;assess-framework&quot;）</translation>
    </message>
    <message>
        <source>not valid JSON for a framework: a number has far too many digits</source>
        <translation>不是有效的框架 JSON：某个数字的位数过多</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>not_applicable must be true or false.</source>
        <translation>not_applicable 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>quality note</source>
        <translation>质量说明</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>责任机构</translation>
    </message>
    <message>
        <source>score in law and institutions</source>
        <translation>法律与机构评分</translation>
    </message>
    <message>
        <source>score in practice</source>
        <translation>实践评分</translation>
    </message>
    <message>
        <source>scores or N/A</source>
        <translation>评分或不适用</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>tag {tag} names no item</source>
        <translation>标签 {tag} 未指向任何条目</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>technical assistance needed</source>
        <translation>所需技术援助</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (items may be nested at most {limit} levels)</source>
        <translation>JSON 嵌套过深（条目最多可嵌套 {limit} 层）</translation>
    </message>
    <message>
        <source>the code {code} is already used at {first}; give each indicator a code of its own</source>
        <translation>代码 {code} 已在 {first} 使用；请为每个指标指定各自的代码</translation>
    </message>
    <message>
        <source>the default target must lie on the scale</source>
        <translation>默认目标值必须在评分范围内</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>无法读取该文件（权限被拒绝）</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>the file is empty; a framework file is a JSON object</source>
        <translation>文件为空；框架文件应为 JSON 对象</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 JSON</source>
        <translation>文件不是 UTF-8 文本；请将其另存为 UTF-8 编码的 JSON</translation>
    </message>
    <message>
        <source>the file is {size}; a framework file may be at most {limit}</source>
        <translation>文件大小为 {size}；框架文件最大为 {limit}</translation>
    </message>
    <message>
        <source>the provenance is &quot;source&quot; but no source is given; add &quot;source&quot; or make the provenance &quot;suggestion&quot;</source>
        <translation>来源类型为 &quot;source&quot;，但未给出出处；请添加 &quot;source&quot;，或将来源类型改为 &quot;suggestion&quot;</translation>
    </message>
    <message>
        <source>the text contains an invalid character (a lone \ud800-\udfff escape); fix or remove it</source>
        <translation>文本含有无效字符（单独的 \ud800-\udfff 转义序列）；请修正或删除该字符</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit} are allowed</source>
        <translation>文本长度为 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>this is a folder, not a framework file</source>
        <translation>这是文件夹，而不是框架文件</translation>
    </message>
    <message>
        <source>this is not a valid file name</source>
        <translation>这不是有效的文件名</translation>
    </message>
    <message>
        <source>this is not an ordinary file; choose a framework .json file</source>
        <translation>这不是普通文件；请选择框架 .json 文件</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>unknown addressee {addressee}; declare it under addressees</source>
        <translation>未知的对象 {addressee}；请在 addressees 下声明</translation>
    </message>
    <message>
        <source>unknown disaggregation dimension {dimension}; declare it under &quot;disaggregations&quot;</source>
        <translation>未知的分类维度 {dimension}；请在 &quot;disaggregations&quot; 下声明</translation>
    </message>
    <message>
        <source>unknown kind {kind}; declare it under kinds</source>
        <translation>未知的类型 {kind}；请在 kinds 下声明</translation>
    </message>
    <message>
        <source>unknown source document {document}</source>
        <translation>未知的出处文件 {document}</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep</source>
        <translation>值的嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>write a year (2024) or a range of dates, first and last day (2024-01-01/2024-06-30)</source>
        <translation>请写年份（2024）或日期范围，即首日和末日（2024-01-01/2024-06-30）</translation>
    </message>
    <message>
        <source>write digits with a point for decimals, for example 1250 or 12.5</source>
        <translation>请写数字，小数用点号，例如 1250 或 12.5</translation>
    </message>
    <message>
        <source>written for format version {version}; this release reads version {supported}. Update Assess to load it</source>
        <translation>按格式版本 {version} 编写；此版本的 Assess 只能读取版本 {supported}。请更新 Assess 后再加载</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension}</source>
        <translation>{category} 不是 {dimension} 的类别</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} (categories: {known}).</source>
        <translation>{category} 不是 {dimension} 的类别（类别：{known}）。</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} for {code}; its categories are {known}.</source>
        <translation>{category} 不是 {code} 的 {dimension} 类别；其类别为 {known}。</translation>
    </message>
    <message>
        <source>{code} cannot be an indicator code: use 1 to 60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a capital letter or a digit, for example OWN-1.</source>
        <translation>{code} 不能作为指标代码：请使用 1 至 60 个字母、数字、“.”、“_”或“-”，以大写字母或数字开头，例如 OWN-1。</translation>
    </message>
    <message>
        <source>{code} cannot be both N/A and scored; give either scores or N/A with a reason.</source>
        <translation>{code} 不能既标为不适用又有评分；请给出评分，或标为不适用并说明理由。</translation>
    </message>
    <message>
        <source>{code} has a figure for {period} by {dimension} = {category}; remove it before leaving that category out.</source>
        <translation>{code} 在 {period} 有按 {dimension} = {category} 的数字；去掉该类别前请先删除此数字。</translation>
    </message>
    <message>
        <source>{code} has no breakdowns, only a total; record its figure without a dimension.</source>
        <translation>{code} 没有分类，只有总数；请在不指定维度的情况下记录其数字。</translation>
    </message>
    <message>
        <source>{code} holds figures for {count} periods; remove them before removing the indicator.</source>
        <translation>{code} 有 {count} 期的数字；删除指标前请先删除这些数字。</translation>
    </message>
    <message>
        <source>{code} is an indicator of the framework; only the team&apos;s own indicators can be changed.</source>
        <translation>{code} 是框架中的指标；只能修改工作组的自有指标。</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} 是背景内容，不是可评估条目；请提供可评估条目的编号，例如 PROS-1.i 或 WG-11.b。</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; it cannot be scored.</source>
        <translation>{code} 是背景内容，不是可评估条目；无法评分。</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} 不是此框架中的条目；请提供可评估条目的编号，例如 PROS-1.i 或 WG-11.b。</translation>
    </message>
    <message>
        <source>{code} is not broken down by {dimension}; its dimensions are {known}.</source>
        <translation>{code} 不按 {dimension} 分类；其维度为 {known}。</translation>
    </message>
    <message>
        <source>{code} is not one of the assessment&apos;s own indicators; only those can be changed.</source>
        <translation>{code} 不是本次评估的自有指标；只能修改自有指标。</translation>
    </message>
    <message>
        <source>{code} names no item</source>
        <translation>{code} 未指向任何条目</translation>
    </message>
    <message>
        <source>{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>自您打开 {code} 以来，其他人修改了该条目，因此您的修改未保存。当前内容为：{state}。请查看后重新修改。</translation>
    </message>
    <message>
        <source>{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>自您打开 {code} 以来，{user} 修改了该条目，因此您的修改未保存。当前内容为：{state}。请查看后重新修改。</translation>
    </message>
    <message>
        <source>{code} was changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>准备合并之后，{code} 在此处又被修改；未合并任何内容。请重新准备合并。</translation>
    </message>
    <message>
        <source>{code} {period}, {where}: {value} is refused; {problem}.</source>
        <translation>{code} {period}，{where}：{value} 被拒绝；{problem}。</translation>
    </message>
    <message>
        <source>{code} {period}: a breakdown by {dimension} (adding up to {sum}) but no total.</source>
        <translation>{code} {period}：有按{dimension}的分类（合计 {sum}），但没有总数。</translation>
    </message>
    <message>
        <source>{code} {period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.</source>
        <translation>{code} {period}：按{dimension}分类的合计为 {sum}，而非总数 {total}。</translation>
    </message>
    <message>
        <source>{code}: {fields}</source>
        <translation>{code}：{fields}</translation>
    </message>
    <message>
        <source>{count} changes conflict and were not settled ({conflicts}); nothing was merged. Choose mine or theirs for each.</source>
        <translation>有 {count} 处修改存在冲突且尚未解决（{conflicts}）；未合并任何内容。请为每处冲突选择我方版本或对方版本。</translation>
    </message>
    <message>
        <source>{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>有 {count} 个条目存在冲突（{codes}）；未合并任何内容。请用 --take mine 或 --take theirs 一并解决，或在窗口中逐一解决（“文件 &gt; 导入机构反馈”）。</translation>
    </message>
    <message>
        <source>{database} cannot be opened: {reason}.</source>
        <translation>无法打开 {database}：{reason}。</translation>
    </message>
    <message>
        <source>{database} holds an older Assess schema ({revision}; this release needs {wanted}) that only its owner ({owner}) may upgrade; your database user is {user}. Ask the database owner to run: assess server setup --db URL. Nothing was changed.</source>
        <translation>{database} 使用的是较旧的 Assess 数据库结构（{revision}；此版本需要 {wanted}），只有其所有者（{owner}）可以升级；您的数据库用户为 {user}。请让数据库所有者运行：assess server setup --db URL。未作任何更改。</translation>
    </message>
    <message>
        <source>{database} holds no Assess tables yet, and your database user {user} may not create them. Ask the database owner to run: assess server setup --db URL</source>
        <translation>{database} 中尚无 Assess 数据表，且您的数据库用户 {user} 无权创建。请让数据库所有者运行：assess server setup --db URL</translation>
    </message>
    <message>
        <source>{database} is a database, but not an Assess database (it has tables {tables}). Choose another file; nothing was changed.</source>
        <translation>{database} 是数据库，但不是 Assess 数据库（其中有数据表 {tables}）。请选择其他文件；未作任何更改。</translation>
    </message>
    <message>
        <source>{database} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>{database} 正忙：另一个程序正在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>{database} is damaged or is not an Assess database. Restore it from a backup; nothing was changed.</source>
        <translation>{database} 已损坏或不是 Assess 数据库。请从备份还原；未作任何更改。</translation>
    </message>
    <message>
        <source>{database} is read-only. Copy it somewhere you can write.</source>
        <translation>{database} 为只读。请将其复制到您有写入权限的位置。</translation>
    </message>
    <message>
        <source>{database} was written by a newer release of Assess (schema {revision}). Install the newer release to open it; nothing was changed.</source>
        <translation>{database} 由更新版本的 Assess 写入（数据库结构 {revision}）。请安装更新版本后再打开；未作任何更改。</translation>
    </message>
    <message>
        <source>{database}: someone else was saving at the same moment, so this change was not saved. Try again.</source>
        <translation>{database}：其他人同时在保存，因此此项更改未保存。请重试。</translation>
    </message>
    <message>
        <source>{database}: the database reported an error: {reason}</source>
        <translation>{database}：数据库报告了错误：{reason}</translation>
    </message>
    <message>
        <source>{database}: the server refused ({reason}). Your database user may not do this; the database owner grants access with: assess server setup --editor USER or --viewer USER</source>
        <translation>{database}：服务器拒绝了请求（{reason}）。您的数据库用户无权执行此操作；数据库所有者可用以下命令授予权限：assess server setup --editor USER 或 --viewer USER</translation>
    </message>
    <message>
        <source>{date} is not a valid date</source>
        <translation>{date} 不是有效日期</translation>
    </message>
    <message>
        <source>{dimension} is not a dimension of this framework (dimensions: {known}).</source>
        <translation>{dimension} 不是本框架的维度（维度：{known}）。</translation>
    </message>
    <message>
        <source>{field} belongs to format version 2; set format_version to 2 to use it</source>
        <translation>{field} 属于格式版本 2；要使用它，请将 format_version 设为 2</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>缺少 {field}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{file} 已存在；请选择新的文件名（未覆盖任何文件）。</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the demo database.</source>
        <translation>{file} 已存在；请为示例数据库选择新的文件名。</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>无法读取 {file}（权限被拒绝）。</translation>
    </message>
    <message>
        <source>{file} cannot be read as a database ({problem}); nothing was changed.</source>
        <translation>无法将 {file} 作为数据库读取（{problem}）；未作任何更改。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>无法读取 {file}：{problem}。</translation>
    </message>
    <message>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path.</source>
        <translation>{file} 不存在；请检查路径。</translation>
    </message>
    <message>
        <source>{file} is a folder; attach the files in it one by one.</source>
        <translation>{file} 是文件夹；请逐个附加其中的文件。</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of the backup file to write.</source>
        <translation>{file} 是文件夹；请指定要写入的备份文件名。</translation>
    </message>
    <message>
        <source>{file} is an SQLite database, but not an Assess database; nothing was changed.</source>
        <translation>{file} 是 SQLite 数据库，但不是 Assess 数据库；未作任何更改。</translation>
    </message>
    <message>
        <source>{file} is damaged (no answer); nothing was changed.</source>
        <translation>{file} 已损坏（完整性检查无响应）；未作任何更改。</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} 已损坏（{problem}）；未作任何更改。</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} 正被另一个程序使用；请在该程序中关闭 Assess，然后重新还原。未作任何更改。</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} 不是常规文件。</translation>
    </message>
    <message>
        <source>{file} is not an Assess database (it is not an SQLite file); nothing was changed.</source>
        <translation>{file} 不是 Assess 数据库（不是 SQLite 文件）；未作任何更改。</translation>
    </message>
    <message>
        <source>{file} was made from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it came from, or import it as a new assessment.</source>
        <translation>{file} 来自另一项评估（{label}，创建于 {created} UTC），而不是评估 {number}（{own_label}）；未合并任何内容。请将其合并到其来源评估，或作为新评估导入。</translation>
    </message>
    <message>
        <source>{file} was made on framework {framework} {version}, but assessment {number} uses {own_framework} {own_version}; nothing was merged. Import it as a new assessment instead.</source>
        <translation>{file} 基于框架 {framework} {version} 生成，而评估 {number} 使用的是 {own_framework} {own_version}；未合并任何内容。请改为作为新评估导入。</translation>
    </message>
    <message>
        <source>{file}, at {location}: {problem}</source>
        <translation>{file}（位置：{location}）：{problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a different {column} for {code} {period} than on row {first}; give it once, on the total&apos;s row. Nothing was imported.</source>
        <translation>{file}，第 {row} 行：{code} {period} 的 {column} 与第 {first} 行不同；请只在总数所在行给出一次。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem} Nothing was imported.</source>
        <translation>{file}，第 {row} 行：{problem} 未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}, rows {first} and {row} give two figures for the same {code} {period} {what}. Nothing was imported.</source>
        <translation>{file}：第 {first} 行和第 {row} 行为同一个 {code} {period} {what} 给出了两个数字。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose another place for the report.</source>
        <translation>{folder} 不是文件夹；请为报告选择其他位置。</translation>
    </message>
    <message>
        <source>{id} is declared twice</source>
        <translation>{id} 被声明了两次</translation>
    </message>
    <message>
        <source>{item} is not an item of this assessment&apos;s framework.</source>
        <translation>{item} 不是本次评估框架中的条目。</translation>
    </message>
    <message>
        <source>{label} has a damaged or unsupported password envelope; nothing was changed.</source>
        <translation>{label} 的密码封装已损坏或不受支持；未作任何更改。</translation>
    </message>
    <message>
        <source>{label} has been altered or damaged (part {part} of {count} fails its authentication check). Nothing was imported; ask the sender for the file again.</source>
        <translation>{label} 已被改动或损坏（共 {count} 部分，其中第 {part} 部分未通过认证校验）。未导入任何内容；请向发送方重新索取该文件。</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete ZIP file). Ask the sender for it again; nothing was imported.</source>
        <translation>{label} 已损坏或不完整（不是完整的 ZIP 文件）。请向发送方重新索取；未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is incomplete: it has no {member}. Nothing was imported.</source>
        <translation>{label} 不完整：缺少 {member}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is incomplete: its manifest lists {name}, which is missing. Nothing was imported.</source>
        <translation>{label} 不完整：其清单文件列出了 {name}，但该文件缺失。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is incomplete: the evidence file {name} of {code} is missing.</source>
        <translation>{label} 不完整：缺少 {code} 的佐证文件 {name}。</translation>
    </message>
    <message>
        <source>{label} is not a password-protected Assess package.</source>
        <translation>{label} 不是有密码保护的 Assess 数据包。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：其中包含 {count} 个成员；最多允许 {limit} 个。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which its manifest does not list. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：其中包含清单文件未列出的 {name}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which no item refers to. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：其中包含未被任何条目引用的 {name}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its manifest lists {name} twice. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：其清单文件两次列出 {name}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its {member} is not the framework its manifest names. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：其中的 {member} 不是其清单文件所指定的框架。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: the evidence file {name} of {code} has two different sizes. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：{code} 的佐证文件 {name} 有两个不同的大小。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} holds more than it declares. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：{name} 的内容超出其声明的大小。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is not named after its SHA-256. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：{name} 未以其 SHA-256 值命名。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is {size} bytes, but its manifest says {declared}. Nothing was imported.</source>
        <translation>{label} 不是安全的 Assess 数据包：{name} 为 {size} 字节，但其清单文件记载为 {declared}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not an Assess package (it is not a ZIP file). Nothing was imported.</source>
        <translation>{label} 不是 Assess 数据包（不是 ZIP 文件）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not an Assess package: it has no {member}. Nothing was imported.</source>
        <translation>{label} 不是 Assess 数据包：缺少 {member}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is protected by a password; give the password to open it (on the command line: --password-file FILE).</source>
        <translation>{label} 有密码保护；请提供密码以打开（在命令行中使用 --password-file FILE）。</translation>
    </message>
    <message>
        <source>{label} is truncated (its last encrypted part is incomplete). Ask for the file again.</source>
        <translation>{label} 不完整（最后一个加密部分残缺）。请重新索取该文件。</translation>
    </message>
    <message>
        <source>{label} is truncated: its password envelope is incomplete. Ask for the file again.</source>
        <translation>{label} 不完整：其密码封装残缺。请重新索取该文件。</translation>
    </message>
    <message>
        <source>{label} was protected by a newer release of Assess (envelope version {version}). Install the newer release to open it; nothing was changed.</source>
        <translation>{label} 由更新版本的 Assess 加密保护（封装版本 {version}）。请安装更新版本后再打开；未作任何更改。</translation>
    </message>
    <message>
        <source>{label}: item {code} is scored {value}, off its scale ({low} to {high}). Nothing was imported.</source>
        <translation>{label}：条目 {code} 的评分为 {value}，超出其评分范围（{low} 至 {high}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem}. Nothing was imported.</source>
        <translation>{label}：条目 {code}：{problem}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}：佐证文件 {name} 与清单文件中的 SHA-256 不符；数据包已被改动或损坏。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} is missing.</source>
        <translation>{label}：缺少佐证文件 {name}。</translation>
    </message>
    <message>
        <source>{label}: the figures of {code}: {problem} Nothing was imported.</source>
        <translation>{label}：{code} 的数字：{problem} 未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: the indicator {code}: {problem} Nothing was imported.</source>
        <translation>{label}：指标 {code}：{problem} 未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: the member {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}：成员 {name} 与清单文件中的 SHA-256 不符；数据包已被改动或损坏。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {member} defines the indicator {code} twice, or over an item or indicator of its framework. Nothing was imported.</source>
        <translation>{label}：{member} 两次定义了指标 {code}，或与其框架的条目或指标重名。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {member} gives the figures of {code} for {period} twice. Nothing was imported.</source>
        <translation>{label}：{member} 两次给出了 {code} 在 {period} 的数字。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {member} has figures of {code}, which is no indicator of its framework or of the package. Nothing was imported.</source>
        <translation>{label}：{member} 中有 {code} 的数字，但它既不是其框架的指标，也不是数据包的指标。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {member} holds {code}, which is not an assessable item of its framework.</source>
        <translation>{label}：{member} 中含有 {code}，但它不是所属框架中的可评估条目。</translation>
    </message>
    <message>
        <source>{label}: {member} lists item {code} twice. Nothing was imported.</source>
        <translation>{label}：{member} 两次列出条目 {code}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {name} holds more than the {size} bytes its manifest says.</source>
        <translation>{label}：{name} 的内容超出其清单文件记载的 {size} 字节。</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Ask the sender for the file again.</source>
        <translation>{label}：{name} 已损坏（{error}）。请向发送方重新索取该文件。</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Nothing was imported.</source>
        <translation>{label}：{name} 已损坏（{error}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {name} is not valid JSON ({error}). Nothing was imported.</source>
        <translation>{label}：{name} 不是有效的 JSON（{error}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{member} is not part of an Assess package (it does not say format {format}).</source>
        <translation>{member} 不属于 Assess 数据包（未注明格式 {format}）。</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem}</source>
        <translation>{member}（位置：{where}）：{problem}</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem} (and {count} more problems)</source>
        <translation>{member}（位置：{where}）：{problem}（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{member}: {problem}</source>
        <translation>{member}：{problem}</translation>
    </message>
    <message>
        <source>{member}: {problem} (and {count} more problems)</source>
        <translation>{member}：{problem}（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{name} grew past the size limit while it was being read; nothing was added.</source>
        <translation>{name} 在读取过程中超出了大小上限；未添加任何内容。</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it.</source>
        <translation>{name} 超过 {limit} 行；请拆分。</translation>
    </message>
    <message>
        <source>{name} has no column {columns} in its first row; fill in the sheet that assess data template writes.</source>
        <translation>{name} 的第一行没有 {columns} 列；请填写 assess data template 写出的表格。</translation>
    </message>
    <message>
        <source>{name} is a superuser or owns the Assess tables, so it can always change them and cannot be a viewer. Give each viewer a login role of their own.</source>
        <translation>{name} 是超级用户或 Assess 数据表的所有者，始终可以修改这些数据表，因此不能作为查看者。请为每位查看者分别设置各自的登录角色。</translation>
    </message>
    <message>
        <source>{name} is empty; fill in the template from: assess data template</source>
        <translation>{name} 是空的；请填写由以下命令得到的模板：assess data template</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it into smaller sheets.</source>
        <translation>{name} 超过 {limit} MB；请拆分为较小的表格。</translation>
    </message>
    <message>
        <source>{name} is neither a .csv nor an .xlsx file; give one of those.</source>
        <translation>{name} 既不是 .csv 文件也不是 .xlsx 文件；请给出其中一种。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{name} 不是 UTF-8 文本；请另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file ({problem}).</source>
        <translation>{name} 不是有效的 CSV 文件（{problem}）。</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook (or it is damaged).</source>
        <translation>{name} 不是 XLSX 工作簿（或已损坏）。</translation>
    </message>
    <message>
        <source>{name} is required but missing</source>
        <translation>缺少必填项 {name}</translation>
    </message>
    <message>
        <source>{name} is {size}; evidence files may be at most {limit}. Attach a smaller extract, or raise the limit (max_evidence_mb in settings.json).</source>
        <translation>{name} 的大小为 {size}；佐证文件最大为 {limit}。请附加较小的节选，或提高上限（settings.json 中的 max_evidence_mb）。</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it is not a sheet of figures.</source>
        <translation>{name} 解压后超过 {limit} MB；它不是数字表格。</translation>
    </message>
    <message>
        <source>{path} (indicator {code})</source>
        <translation>{path}（指标 {code}）</translation>
    </message>
    <message>
        <source>{path} (item {code})</source>
        <translation>{path}（条目 {code}）</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{path} 已存在；请选择新的文件名（未覆盖任何文件）。</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>无法读取 {path}（权限被拒绝）。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file; check the path.</source>
        <translation>{path} 不存在或不是文件；请检查路径。</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} 不存在；请检查路径。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of a .sqlite file.</source>
        <translation>{path} 是文件夹，而不是数据库文件。请提供 .sqlite 文件的路径。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the package file to write.</source>
        <translation>{path} 是文件夹；请指定要写入的数据包文件名。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the report file to write, e.g. {example}</source>
        <translation>{path} 是文件夹；请指定要写入的报告文件名，例如 {example}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>{path} is not an Assess database (it is not an SQLite file). Check the path; nothing was changed.</source>
        <translation>{path} 不是 Assess 数据库（不是 SQLite 文件）。请检查路径；未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is read-only. Copy it somewhere you can write, or change its permissions.</source>
        <translation>{path} 为只读。请将其复制到您有写入权限的位置，或更改其权限。</translation>
    </message>
    <message>
        <source>{path} is too large to be a password file; put the password on its first line.</source>
        <translation>{path} 过大，不可能是密码文件；请将密码写在文件的第一行。</translation>
    </message>
    <message>
        <source>{period}: quality note</source>
        <translation>{period}：质量说明</translation>
    </message>
    <message>
        <source>{period}: source</source>
        <translation>{period}：来源</translation>
    </message>
    <message>
        <source>{period}: total</source>
        <translation>{period}：总数</translation>
    </message>
    <message>
        <source>{period}: {dimension} = {category}</source>
        <translation>{period}：{dimension} = {category}</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} 不是有效的端口号（1 至 65535）。</translation>
    </message>
    <message>
        <source>{prefix} cannot start a role name: use lower-case letters, digits and _ (for example assess).</source>
        <translation>{prefix} 不能用作角色名称的开头：请使用小写字母、数字和 _（例如 assess）。</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem}（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{problem}; remove it or check its spelling</source>
        <translation>{problem}；请将其删除或检查拼写</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>{text} 不是日期；请按 YYYY-MM-DD 格式填写，例如 2027-06-30。</translation>
    </message>
    <message>
        <source>{url} is not a database URL; expected for example postgresql+psycopg://user@host/db</source>
        <translation>{url} 不是数据库 URL；应为类似 postgresql+psycopg://user@host/db 的形式</translation>
    </message>
    <message>
        <source>{value} has too many digits: at most {digits} before the point and {decimals} after.</source>
        <translation>{value} 位数过多：小数点前最多 {digits} 位，后最多 {decimals} 位。</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;pt-BR&quot;</source>
        <translation>{value} 不是语言代码（例如 &quot;en&quot;、&quot;fr&quot; 或 &quot;pt-BR&quot;）</translation>
    </message>
    <message>
        <source>{value} is not a number; {how}.</source>
        <translation>{value} 不是数字；{how}。</translation>
    </message>
    <message>
        <source>{value} is not a period; {how}.</source>
        <translation>{value} 不是期次；{how}。</translation>
    </message>
    <message>
        <source>{value} is not a valid time.</source>
        <translation>{value} 不是有效时间。</translation>
    </message>
    <message>
        <source>{value} is not an assessment id; see the ids with: assess list</source>
        <translation>{value} 不是评估 ID；可用以下命令查看各评估的 ID：assess list</translation>
    </message>
    <message>
        <source>{value} names a day that does not exist; {how}.</source>
        <translation>{value} 指的是不存在的日期；{how}。</translation>
    </message>
    <message>
        <source>{where}.addressee (item {code})</source>
        <translation>{where}.addressee（条目 {code}）</translation>
    </message>
    <message>
        <source>{where}.dimensions (item {code})</source>
        <translation>{where}.dimensions（条目 {code}）</translation>
    </message>
    <message>
        <source>{where}.editorial (item {code})</source>
        <translation>{where}.editorial（条目 {code}）</translation>
    </message>
    <message>
        <source>{where}.kind (item {code})</source>
        <translation>{where}.kind（条目 {code}）</translation>
    </message>
    <message>
        <source>{where}.source (item {code})</source>
        <translation>{where}.source（条目 {code}）</translation>
    </message>
    <message>
        <source>{where}.tags (item {code})</source>
        <translation>{where}.tags（条目 {code}）</translation>
    </message>
    <message>
        <source>A workbook cannot be protected by a password: the institution could not fill it in. Leave out --password-file, or send a package (.assess) instead.</source>
        <translation>工作簿不能用密码保护：否则机构将无法填写。请去掉 --password-file，或改为发送数据包（.assess）。</translation>
    </message>
    <message>
        <source>A workbook carries no evidence files.</source>
        <translation>工作簿不携带佐证文件。</translation>
    </message>
    <message>
        <source>A workbook has no password; leave out --password-file.</source>
        <translation>工作簿没有密码；请去掉 --password-file。</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from: give --into ASSESSMENT (assess list shows them).</source>
        <translation>工作簿需合并到发出它的评估中：请指定 --into ASSESSMENT（assess list 可列出评估）。</translation>
    </message>
    <message>
        <source>Assess package</source>
        <translation>Assess 数据包</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell} holds a formula; its text was taken as typed, never calculated.</source>
        <translation>工作表 {sheet} 的单元格 {cell} 含有公式；已按输入的文本采用，从未计算。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell}: the {what} of {code} was changed in the workbook; the change was ignored (the checklist stays as it is).</source>
        <translation>工作表 {sheet} 的单元格 {cell}：工作簿中修改了 {code} 的{what}；该修改已被忽略（核对清单保持不变）。</translation>
    </message>
    <message>
        <source>Sheet {sheet}: the row of {code} is missing, so nothing was taken for it.</source>
        <translation>工作表 {sheet}：缺少 {code} 所在的行，因此该条目未采用任何内容。</translation>
    </message>
    <message>
        <source>The {field} of {code} holds a control character that a spreadsheet cannot hold. Remove it, or send this part as a package. No workbook was written.</source>
        <translation>{code} 的“{field}”含有电子表格无法容纳的控制字符。请删除该字符，或以数据包形式发送这部分内容。未写入任何工作簿。</translation>
    </message>
    <message>
        <source>The {field} of {code} is {length} characters long; a spreadsheet cell holds at most {limit}. Shorten it, or send this part as a package. No workbook was written.</source>
        <translation>{code} 的“{field}”长 {length} 个字符；电子表格单元格最多容纳 {limit} 个字符。请缩短，或以数据包形式发送这部分内容。未写入任何工作簿。</translation>
    </message>
    <message>
        <source>This workbook was written by a newer release of Assess (workbook format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>此工作簿由更新版本的 Assess 写入（工作簿格式 {version}；本版本可读取格式 {supported}）。请安装更新的版本后再导入；未作任何更改。</translation>
    </message>
    <message>
        <source>a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {cell}, or clear this cell</source>
        <translation>填写了不适用的理由，但该条目未标为不适用：请在单元格 {cell} 中选择“不适用”，或清空此单元格</translation>
    </message>
    <message>
        <source>a value in a column Assess did not write</source>
        <translation>Assess 未写入的列中有值</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>it holds a formula ({formula}), and formulas are never calculated on import: type the value itself</source>
        <translation>其中含有公式（{formula}），导入时从不计算公式：请直接输入数值</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>条目文本</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {problem}</source>
        <translation>工作表 {sheet}，单元格 {cell}：{problem}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>the hidden column {column} was changed ({problem})</source>
        <translation>隐藏列 {column} 被修改（{problem}）</translation>
    </message>
    <message>
        <source>the hidden columns of this row were changed</source>
        <translation>此行的隐藏列被修改</translation>
    </message>
    <message>
        <source>the item is marked N/A and also scored ({cells}): clear the scores or the N/A</source>
        <translation>该条目标为不适用，同时又有评分（{cells}）：请清除评分或不适用标记</translation>
    </message>
    <message>
        <source>the item is marked N/A: say why in this cell</source>
        <translation>该条目标为不适用：请在此单元格中说明理由</translation>
    </message>
    <message>
        <source>this row has answers but no item code</source>
        <translation>此行有答复但没有条目代码</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>{code} is already in row {row}: each item has one row</source>
        <translation>{code} 已在第 {row} 行：每个条目只有一行</translation>
    </message>
    <message>
        <source>{code} is not an item this workbook was sent with</source>
        <translation>{code} 不是随本工作簿发出的条目</translation>
    </message>
    <message>
        <source>{file} was sent from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it was sent from.</source>
        <translation>{file} 是从另一个评估（{label}，创建于 {created} UTC）发出的，而不是从评估 {number}（{own_label}）发出；未合并任何内容。请将其合并到发出它的评估中。</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells (and look for more of the kind), then import it again: {problems}.</source>
        <translation>{label} 暂时无法导入，未作任何更改。请更正以下单元格（并检查是否还有同类问题），然后重新导入：{problems}。</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells, then import it again: {problems}.</source>
        <translation>{label} 暂时无法导入，未作任何更改。请更正以下单元格，然后重新导入：{problems}。</translation>
    </message>
    <message>
        <source>{label} could not be read as a workbook ({error}). Save it again as an Excel Workbook (.xlsx), or ask for the file again. Nothing was imported.</source>
        <translation>无法将 {label} 作为工作簿读取（{error}）。请重新另存为 Excel 工作簿（.xlsx），或重新索取该文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} has no sheet {sheet}, where the answers are: a sheet was renamed or deleted. Nothing was imported.</source>
        <translation>{label} 中没有存放答复的工作表 {sheet}：有工作表被重命名或删除。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} holds no answers: its sheet {sheet} has no rows of items. Nothing was imported.</source>
        <translation>{label} 中没有答复：其工作表 {sheet} 没有条目行。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) (in LibreOffice Calc: File &gt; Save As, file type Excel 2007-365) and import that file. Nothing was imported.</source>
        <translation>{label} 是 OpenDocument 电子表格（.ods）。请另存为 Excel 工作簿（.xlsx）（在 LibreOffice Calc 中：文件 &gt; 另存为，类型选 Excel 2007-365），然后导入该文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete workbook). Ask for the file again; nothing was imported.</source>
        <translation>{label} 已损坏或不完整（不是完整的工作簿）。请重新索取该文件；未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is in the old Excel 97-2003 format, or protected with a password. Save it as an Excel Workbook (.xlsx) without a password, and import that file. Nothing was imported.</source>
        <translation>{label} 为旧的 Excel 97-2003 格式，或受密码保护。请另存为不带密码的 Excel 工作簿（.xlsx），然后导入该文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe workbook: its part {name} declares a document type or entities, which spreadsheet programs never write. Nothing was imported.</source>
        <translation>{label} 不是安全的工作簿：其部件 {name} 声明了文档类型或实体，而电子表格软件从不写入这些内容。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds a member named {name} ({why}). Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其中包含名为 {name} 的成员（{why}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds the member {name} twice. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其中成员 {name} 出现了两次。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其中包含 {count} 个成员；最多允许 {limit} 个。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} gives two different sizes. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 给出了两个不同的大小。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a folder, not a file. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 是文件夹，而不是文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a special file, not a file. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 是特殊文件，而不是普通文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a symbolic link, not a file. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 是符号链接，而不是文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is encrypted with a ZIP password. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 使用了 ZIP 密码加密。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} overlaps another member. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 与另一成员重叠。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} uses an unsupported compression. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 使用了不受支持的压缩方式。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would decompress to {size} (limit {limit}). Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 解压后将达到 {size}（上限为 {limit}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would expand {ratio} times when decompressed (at most {limit} allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员 {name} 解压后将膨胀 {ratio} 倍（最多允许 {limit} 倍），属于“ZIP 炸弹”。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would decompress to more than {limit} in all. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员解压后总计将超过 {limit}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would expand {ratio} times when decompressed, to {size} (at most {limit} times allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} 不是安全的{container}：其成员解压后将膨胀 {ratio} 倍，达到 {size}（最多允许 {limit} 倍），属于“ZIP 炸弹”。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx). Import the workbook the secretariat sent, filled in and saved as an Excel Workbook (.xlsx). Nothing was imported.</source>
        <translation>{label} 不是工作簿（.xlsx）。请导入秘书处发出、填写后另存为 Excel 工作簿（.xlsx）的文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx): it is a ZIP file of another kind. Nothing was imported.</source>
        <translation>{label} 不是工作簿（.xlsx）：它是其他类型的 ZIP 文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} is {size} bytes; a contribution workbook is never larger than {limit} bytes. Nothing was imported.</source>
        <translation>{label} 大小为 {size} 字节；机构反馈工作簿从不超过 {limit} 字节。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} was not written by Assess (it has no hidden sheet {sheet}). Only a workbook written with Send part to an institution (or assess export ... --out FILE.xlsx) can be imported. Nothing was imported.</source>
        <translation>{label} 不是由 Assess 写入的（没有隐藏工作表 {sheet}）。只能导入通过“向机构发送部分内容”（或 assess export ... --out FILE.xlsx）写入的工作簿。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label} was sent from an assessment on framework {framework} {version}, which this database does not have: merge it into the assessment it was sent from, in the database it was sent from. Nothing was imported.</source>
        <translation>{label} 是从基于框架 {framework} {version} 的评估发出的，而本数据库中没有该框架：请在发出它的数据库中，将其合并到发出它的评估中。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} lists columns this release does not read. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}：其隐藏工作表 {sheet} 列出了本版本无法读取的列。请向秘书处索取新的工作簿。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged ({problem}). Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}：其隐藏工作表 {sheet} 已被修改或损坏（{problem}）。请向秘书处索取新的工作簿。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged, so the workbook cannot be matched to its assessment. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}：其隐藏工作表 {sheet} 已被修改或损坏，因此无法将工作簿与其评估对应。请向秘书处索取新的工作簿。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: a column Assess did not write ({found}). Move what it holds into the answer columns, delete it, then import again. Nothing was imported.</source>
        <translation>{label}：工作表 {sheet}，单元格 {cell}：有一列不是 Assess 写入的（{found}）。请将其内容移到答复列中，删除该列，然后重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the column {expected} is not where it was sent ({found} is there instead): columns were deleted or moved. Put them back as they were sent, then import again. Nothing was imported.</source>
        <translation>{label}：工作表 {sheet}，单元格 {cell}：列 {expected} 不在发出时的位置（该处为 {found}）：有列被删除或移动。请恢复为发出时的样子，然后重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the hidden column {expected} is not where it was sent ({found} is there instead), so hidden columns were deleted or moved and what was sent cannot be known. Ask the secretariat for a new workbook and copy your answers into it. Nothing was imported.</source>
        <translation>{label}：工作表 {sheet}，单元格 {cell}：隐藏列 {expected} 不在发出时的位置（该处为 {found}），说明隐藏列被删除或移动，已无法得知发出时的内容。请向秘书处索取新的工作簿，并将您的答复复制进去。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the workbook file to write.</source>
        <translation>{path} 是文件夹；请给出要写入的工作簿文件名。</translation>
    </message>
    <message>
        <source>{value} is not a choice here: choose {choice} from the list or leave the cell empty</source>
        <translation>{value} 不是此处可选的值：请从列表中选择 {choice}，或将单元格留空</translation>
    </message>
    <message>
        <source>{value} is not a date: type a date such as {example}</source>
        <translation>{value} 不是日期：请输入日期，例如 {example}</translation>
    </message>
    <message>
        <source>{value} is not a priority: choose {choices} from the list</source>
        <translation>{value} 不是优先级：请从列表中选择 {choices}</translation>
    </message>
    <message>
        <source>{value} is not a score: choose a level from {low} to {high} from the list</source>
        <translation>{value} 不是评分：请从列表中选择 {low} 至 {high} 的等级</translation>
    </message>
    <message>
        <source>{value} is off the scale ({low} to {high}): choose a level from the list</source>
        <translation>{value} 超出评分范围（{low} 至 {high}）：请从列表中选择等级</translation>
    </message>
    <message>
        <source>The package would hold {count} evidence files; a package may hold at most {limit}. Send the part in pieces (a few pillars at a time); nothing was written.</source>
        <translation>该数据包将包含 {count} 个佐证材料文件；一个数据包最多可包含 {limit} 个。请分批发送该部分（每次几个支柱）；未写入任何内容。</translation>
    </message>
    <message>
        <source>The package&apos;s framework {framework} {version} differs from the one of that id and version in this database; nothing was imported. Ask the sender which framework they used.</source>
        <translation>数据包中的框架 {framework} {version} 与本数据库中相同标识和版本的框架不同；未导入任何内容。请询问发送方使用的是哪个框架。</translation>
    </message>
    <message>
        <source>The {what} holds a NUL character (\x00), which no text may hold; remove it.</source>
        <translation>“{what}”含有 NUL 字符（\x00），任何文本都不能含有该字符；请删除它。</translation>
    </message>
    <message>
        <source>The {what} holds a character that is not valid text ({char}), for example a byte that is not UTF-8 from a command line or a file name; retype it.</source>
        <translation>“{what}”含有不是有效文本的字符（{char}），例如来自命令行或文件名的非 UTF-8 字节；请重新输入。</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path; nothing was created (assess new creates a database).</source>
        <translation>{path} 处没有数据库。请检查路径；未创建任何内容（assess new 会创建数据库）。</translation>
    </message>
    <message>
        <source>This database holds a changed copy of the built-in framework {key} {version}; Assess will not use it. Restore a backup from before the change.</source>
        <translation>本数据库包含内置框架 {key} {version} 的修改副本；Assess 不会使用它。请恢复修改之前的备份。</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>一个表</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>一个触发器</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>一个视图</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>一个索引</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>institution name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>legal citation</source>
        <translation>法律引文</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the file holds more than {limit} JSON values, more than a framework may</source>
        <translation>文件包含超过 {limit} 个 JSON 值，超出了框架允许的数量</translation>
    </message>
    <message>
        <source>the text contains a NUL character (\u0000), which no text may hold; remove it</source>
        <translation>文本含有 NUL 字符（\u0000），任何文本都不能含有该字符；请删除它</translation>
    </message>
    <message>
        <source>{database} holds {kind} named {name} that Assess did not create: it could change or erase data behind its back, so Assess will not use this database. Nothing was changed; use a backup you trust, or have it removed.</source>
        <translation>{database} 含有一个名为 {name} 的{kind}，它不是 Assess 创建的：它可能在背后修改或删除数据，因此 Assess 不会使用此数据库。未做任何更改；请使用可信的备份，或请人将其删除。</translation>
    </message>
    <message>
        <source>{file} is in use by another program (process {process}); close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} 正被另一个程序使用（进程 {process}）；请关闭那里的 Assess 后重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>{key} is the id of the built-in framework; a framework of your own needs an id of its own. Change the id in the file and import it again; nothing was changed.</source>
        <translation>{key} 是内置框架的标识；您自己的框架需要有自己的标识。请修改文件中的标识后重新导入；未做任何更改。</translation>
    </message>
    <message>
        <source>{label}: a link of {code}: {problem} Nothing was imported.</source>
        <translation>{label}：{code} 的一个链接：{problem} 未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: evidence of {code} that is not a link gives a link. Nothing was imported.</source>
        <translation>{label}：{code} 的一项不是链接的佐证材料却带有链接。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem} Nothing was imported.</source>
        <translation>{label}：条目 {code}：{problem} 未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {member} holds a text with a character no text may hold (a NUL or a broken character: {text}). Nothing was imported.</source>
        <translation>{label}：{member} 中有文本含有任何文本都不能含有的字符（NUL 或损坏的字符：{text}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{label}: {member} holds more than {limit} JSON values, more than any package does. Nothing was imported.</source>
        <translation>{label}：{member} 包含超过 {limit} 个 JSON 值，多于任何数据包。未导入任何内容。</translation>
    </message>
    <message>
        <source>{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, shares or scripts are refused).</source>
        <translation>{url} 不是网址或电子邮件地址；链接以 http://、https:// 或 mailto: 开头（指向文件、共享文件夹或脚本的链接会被拒绝）。</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {missing} Write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>评估 {number} 尚不能批准。{missing}请撰写主要结论（assess finding），或使用 --force 按现状批准。</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} Score the items, or approve it as it is with --force.</source>
        <translation>评估 {number} 尚不能批准。{unscored}请为条目评分，或使用 --force 按现状批准。</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} {missing} Score the items and write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>评估 {number} 尚不能批准。{unscored}{missing}请为条目评分并撰写主要结论（assess finding），或使用 --force 按现状批准。</translation>
    </message>
    <message>
        <source>Items not fully scored: {count} ({codes}).</source>
        <translation>未完全评分的条目：{count} 个（{codes}）。</translation>
    </message>
    <message>
        <source>Key findings not written for: {pillars}.</source>
        <translation>以下部分尚未撰写主要结论：{pillars}。</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding and those for {pillars}.</source>
        <translation>尚未撰写主要结论：总体结论以及 {pillars} 的结论。</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding.</source>
        <translation>尚未撰写主要结论：总体结论。</translation>
    </message>
    <message>
        <source>--approved-by, --date and --force are for marking final; give --reason for draft.</source>
        <translation>--approved-by、--date 和 --force 用于标记为最终版本；退回草稿请给出 --reason。</translation>
    </message>
    <message>
        <source>--json shows the methodology; give it without the options that change it.</source>
        <translation>--json 用于显示方法；请勿与修改方法的选项同时使用。</translation>
    </message>
    <message>
        <source>--reason is for going back to draft; a final assessment records --approved-by.</source>
        <translation>--reason 用于退回草稿；最终版本记录 --approved-by。</translation>
    </message>
    <message>
        <source>A line of the {what} is too long ({length} characters; at most {limit}).</source>
        <translation>{what}中有一行过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>An override of the target needs a reason; give one, or remove the override.</source>
        <translation>单独设定的目标需要理由；请填写理由，或移除该设定。</translation>
    </message>
    <message>
        <source>Say who approved the assessment (for example --approved-by &quot;Jane Doe&quot;).</source>
        <translation>请说明批准人（例如 --approved-by &quot;Jane Doe&quot;）。</translation>
    </message>
    <message>
        <source>Say why the assessment goes back to draft (for example --reason &quot;Scores revised&quot;).</source>
        <translation>请说明评估退回草稿的理由（例如 --reason &quot;评分已修订&quot;）。</translation>
    </message>
    <message>
        <source>Say why the target of {code} differs from the assessment&apos;s (a reason is required for an override).</source>
        <translation>请说明 {code} 的目标为何不同于评估的目标（单独设定的目标须注明理由）。</translation>
    </message>
    <message>
        <source>The account of how scores were agreed is too long ({length} characters; at most {limit}).</source>
        <translation>评分商定方式的说明过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>The meeting of {day} needs a name, for example: {day} Inception workshop.</source>
        <translation>{day} 的会议需要名称，例如：{day} 启动研讨会。</translation>
    </message>
    <message>
        <source>The target {target} is not a whole number on the scale (or {default}).</source>
        <translation>目标 {target} 不是量表上的整数（也不是 {default}）。</translation>
    </message>
    <message>
        <source>Too many {what} ({count}; at most {limit}).</source>
        <translation>{what}过多（{count} 个；最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>key finding</source>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>reason for the target</source>
        <translation>目标理由</translation>
    </message>
    <message>
        <source>{codes} and {count} more (assess show)</source>
        <translation>{codes} 及另外 {count} 个（assess show）</translation>
    </message>
    <message>
        <source>{code} holds no assessable item; a target cannot be set on it.</source>
        <translation>{code} 不含可评估条目；无法为其设定目标。</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give a pillar code such as PROS or an item code such as PROS-1.i.</source>
        <translation>{code} 不是本框架的条目；请给出支柱代码（如 PROS）或条目代码（如 PROS-1.i）。</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{date} 不是日期；请按 YYYY-MM-DD 格式书写。</translation>
    </message>
    <message>
        <source>{scope} is not a pillar with assessable items; use one of {scopes} (or no pillar for the overall finding).</source>
        <translation>{scope} 不是含可评估条目的支柱；请使用 {scopes} 之一（总体结论则不指定支柱）。</translation>
    </message>
    <message>
        <source>{value} is not a meeting; write its date and name, for example: 2026-03-04 Inception workshop.</source>
        <translation>{value} 不是会议；请写出日期和名称，例如：2026-03-04 启动研讨会。</translation>
    </message>
    <message>
        <source>Only the editors named for this assessment may change it; your database user {user} may read it. The database owner can name you: assess server setup --assessment {number} --editor {name}</source>
        <translation>只有为此评估指定的编辑者才能修改它；您的数据库用户 {user} 可以读取它。数据库所有者可以指定您：assess server setup --assessment {number} --editor {name}</translation>
    </message>
    <message>
        <source>The server holding {database} ended this session because it stayed in the middle of a change too long (the network was slow or cut); nothing of that change was saved. Try again.</source>
        <translation>存放 {database} 的服务器结束了此会话，因为它在一次更改中途停留过久（网络缓慢或中断）；该更改的任何内容均未保存。请重试。</translation>
    </message>
    <message>
        <source>Viewers read every assessment; name only --editor or --remove with --assessment.</source>
        <translation>查看者可以读取所有评估；与 --assessment 一起只能使用 --editor 或 --remove。</translation>
    </message>
    <message>
        <source>{database} did not answer for {seconds} seconds: the network or the server is down, or very slow. Nothing of this change was saved; try again when the server answers.</source>
        <translation>{database} 在 {seconds} 秒内没有响应：网络或服务器已中断，或非常缓慢。此项更改的任何内容均未保存；请在服务器响应后重试。</translation>
    </message>
    <message>
        <source>{database}: {users} is in the middle of changing the same rows, so this change waited {seconds} seconds and was not saved. If their connection was cut, the server ends their change within {limit} seconds; try again then.</source>
        <translation>{database}：{users} 正在修改相同的行，因此此项更改等待了 {seconds} 秒后未保存。如果对方的连接已中断，服务器会在 {limit} 秒内结束其更改；届时请重试。</translation>
    </message>
    <message>
        <source>--all-editors lifts the restriction of one assessment: give --assessment ID, and no --editor.</source>
        <translation>--all-editors 用于取消某一评估的限制：请给出 --assessment ID，且不要使用 --editor。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Assess ran into an unexpected problem. Your saved work is safe: every edit is saved the moment it is made.

The details were written to:
{path}

Please send that file to your support contact. You can carry on working.</source>
        <translation>Assess 遇到了意外问题。您已保存的工作是安全的：每项修改一经作出即已保存。

详细信息已写入：
{path}

请将该文件发送给您的技术支持联系人。您可以继续工作。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Assess 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加佐证文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>That password is wrong. Type the password of {name} again:</source>
        <translation>密码错误。请重新输入 {name} 的密码：</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} 有密码保护。密码：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Someone else saved this item at the same moment; your edit was not saved. Look at the current value and make it again.</source>
        <translation>其他人同时保存了此条目；您的修改未保存。请查看当前值后重新修改。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Framework problem</source>
        <translation>框架问题</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Opening the demo assessment…</source>
        <translation>正在打开示例评估…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Opening Assess…</source>
        <translation>正在打开 Assess…</translation>
    </message>
</context>
</TS>
