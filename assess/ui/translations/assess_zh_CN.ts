<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>附加佐证材料</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… 另有 {n} 个</translation>
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
        <source>Items: {items} · Evidence: {evidence}</source>
        <translation>条目：{items} · 佐证材料：{evidence}</translation>
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
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>设有目标日期</translation>
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
        <source>This assessment is final, so it is read-only. To change it, reopen it as a draft: Assessment &gt; Reopen as draft.</source>
        <translation>此评估已定稿，因此为只读。如需修改，请将其重新打开为草稿：“评估 &gt; 重新打开为草稿”。</translation>
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
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
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
        <source>In law and institutions · in practice</source>
        <translation>法律与机构 · 实践</translation>
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
        <source>Open assessment</source>
        <translation>当前评估</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> 评估：</translation>
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
        <source> [final]</source>
        <translation> [定稿]</translation>
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
        <source>Unsaved edit</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Your last edit could not be saved (see the message before). Close anyway and lose it?</source>
        <translation>您最后一次修改未能保存（见上一条消息）。仍要关闭并放弃该修改吗？</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>关闭并放弃修改</translation>
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
        <source>Mark &amp;final…</source>
        <translation>标记为定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>Reopen as &amp;draft…</source>
        <translation>重新打开为草稿(&amp;D)…</translation>
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
        <source>Mark {label} final? A final assessment is read-only: nobody can change its scores, notes or evidence until it is reopened as a draft.</source>
        <translation>要将 {label} 标记为定稿吗？定稿评估为只读：在重新打开为草稿之前，任何人都不能更改其评分、说明或佐证材料。</translation>
    </message>
    <message>
        <source>Mark final</source>
        <translation>标记为定稿</translation>
    </message>
    <message>
        <source>Reopen {label} as a draft? Its scores, notes and evidence can then be changed again; every change is recorded in the history.</source>
        <translation>要将 {label} 重新打开为草稿吗？之后可以再次更改其评分、说明和佐证材料；每项更改都会记入历史记录。</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>重新打开为草稿</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
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
        <source>The database was copied to {path}.

Assessments: {count} · Size: {size}</source>
        <translation>数据库已复制到 {path}。

评估：{count} 个 · 大小：{size}</translation>
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
        <source>Replace everything in {database} with the backup {backup}?

Assessments in the backup: {count} · Newest change: {when} · Size: {size}

The database as it is now is kept as a copy beside it.</source>
        <translation>要用备份 {backup} 替换 {database} 中的全部内容吗？

备份中的评估：{count} 个 · 最近修改：{when} · 大小：{size}

数据库的当前状态将作为副本保存在其旁边。</translation>
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
        <source>The database now holds the backup {path}. Assessments: {count}</source>
        <translation>数据库现为备份 {path} 的内容。评估：{count} 个</translation>
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
        <source>{path}

For: {institution}
Items: {items} · Evidence: {evidence} · Size: {size}</source>
        <translation>{path}

接收机构：{institution}
条目：{items} · 佐证材料：{evidence} · 大小：{size}</translation>
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
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Assess 数据包 (*.assess);;所有文件 (*)</translation>
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
        <source>{file} brings nothing new for {label}; later changes of yours stay as they are ({kept}). Nothing was changed.</source>
        <translation>{file} 对 {label} 没有新内容；您之后所做的修改保持不变（{kept}）。未作任何更改。</translation>
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
        <source>Merged {file} into {label}.

Changes taken from the package: {taken}
Conflicts settled for theirs: {theirs} · for yours: {mine}
Your later changes kept: {kept}
Evidence added: {evidence}
Items changed: {items}

The history of each item records these changes with the origin: {origin}.</source>
        <translation>已将 {file} 合并到 {label}。

采用数据包中的修改：{taken}
冲突按对方版本解决：{theirs} · 按我方版本解决：{mine}
保留您之后所做的修改：{kept}
新增佐证材料：{evidence}
修改的条目：{items}

各条目的历史记录均记载了这些修改及其来源：{origin}。</translation>
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
        <source>To take: {taken} · In conflict: {conflicts} · Yours kept: {kept} · Evidence to add: {evidence}</source>
        <translation>待采用：{taken} · 冲突：{conflicts} · 保留我方：{kept} · 待添加佐证材料：{evidence}</translation>
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
        <source>Scored, no gap</source>
        <translation>已评分，无差距</translation>
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
    <message>
        <source>{shown} of {total} assessable items shown</source>
        <translation>显示 {shown}/{total} 个可评估条目</translation>
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
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>实践</translation>
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
        <source>{complete} of {assessable} items complete, {na} of them N/A. {gaps} gaps below the target of {target}: {high} high, {medium} medium, {low} low priority, {none} without a priority.</source>
        <translation>已完成 {complete}/{assessable} 个条目，其中 {na} 个不适用。低于目标值 {target} 的差距共 {gaps} 个：高优先级 {high} 个，中优先级 {medium} 个，低优先级 {low} 个，无优先级 {none} 个。</translation>
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
        <source>— not scored —</source>
        <translation>— 未评分 —</translation>
    </message>
    <message>
        <source>&lt;small&gt;The scale:&lt;/small&gt;</source>
        <translation>&lt;small&gt;评分标准：&lt;/small&gt;</translation>
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
        <source>{complete} of {assessable} complete</source>
        <translation>已完成 {complete}/{assessable}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
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
        <source>Items: {items} · Evidence: {evidence} · Files: {files} ({size})</source>
        <translation>条目：{items} · 佐证材料：{evidence} · 文件：{files}（{size}）</translation>
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
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Ctrl+PgDown moves to the next item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;评估清单即联合国毒品和犯罪问题办公室《行动框架》：五大&lt;b&gt;支柱&lt;/b&gt;（起诉、保护、预防、国内合作与协调、国际合作与协调），每个支柱由若干&lt;b&gt;措施&lt;/b&gt;组成；另有贩运人口问题工作组的 23 项&lt;b&gt;建议&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;这些条目列在左侧的树中，并显示各自的状态和评分。指导原则和跨领域挑战也列在其中，仅作背景，不评分。&lt;/p&gt;&lt;p&gt;在筛选框中输入文字 (Ctrl+F)，或选择状态、优先级或机构，即可缩小树的范围；按 Ctrl+PgDown 转到下一条目。&lt;/p&gt;</translation>
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
        <source>Mark the assessment final</source>
        <translation>将评估标记为定稿</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>将评估重新打开为草稿</translation>
    </message>
    <message>
        <source>Saved: the assessment is final</source>
        <translation>已保存：评估已定稿</translation>
    </message>
    <message>
        <source>Saved: reopened as a draft</source>
        <translation>已保存：已重新打开为草稿</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written. The edit is kept and tried again.</source>
        <translation>未保存：无法写入数据库。该修改已保留，稍后将重试。</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
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
</context>
</TS>
