<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve as final</source>
        <translation>اعتماد بصيغة نهائية</translation>
    </message>
    <message>
        <source>Approve {label} as final. A final assessment is read-only, and its report carries the approval page with these names instead of the DRAFT mark.</source>
        <translation>اعتماد {label} بصيغة نهائية. التقييم النهائي للقراءة فقط، ويتضمن تقريره صفحة الاعتماد بهذه الأسماء بدلًا من علامة «مسودة».</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>ا&amp;عتمده:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
    <message>
        <source>For the b&amp;ody:</source>
        <translation>باسم ال&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Approve it as it is all the same</source>
        <translation>اعتماده على حاله رغم ذلك</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>ما ينقص</translation>
    </message>
    <message>
        <source>Not everything is there yet:</source>
        <translation>لم يكتمل كل شيء بعد:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Not fully scored: {codes}</source>
        <translation>غير مقيَّمة تقييمًا كاملًا: {codes}</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>بوجه عام</translation>
    </message>
    <message>
        <source>No key finding yet: {scopes}</source>
        <translation>لا استنتاج رئيسي بعد: {scopes}</translation>
    </message>
</context>
<context>
    <name>AssessmentSwitcher</name>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>التقييم المفتوح</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> التقييم: </translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [نهائي]</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Breakdown</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>No breakdown recorded for this period.</source>
        <translation>لم يُسجَّل أي تصنيف لهذه الفترة.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>الدرجات أو عدم الانطباق</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>المساعدة التقنية المطلوبة</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>لا ينطبق: {why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(بلا درجة)</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>القانون {law}، الممارسة {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>غيَّره مستخدم آخر</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>{code} was changed by {user} ({when}) while you were editing it. Nothing is lost: choose for each part what to keep. What you do not keep stays one Undo away (Edit &gt; Undo).</source>
        <translation>غيَّر {user} البند {code} ({when}) بينما كنت تحرّره. لم يضِع شيء: اختر لكل جزء ما تُبقي عليه. وما لا تُبقي عليه يمكن استعادته بتراجع واحد (تحرير &gt; تراجع).</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>الإبقاء على كل &amp;نسختي</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>أخذ كل نسخ&amp;تهم</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Theirs ({user})</source>
        <translation>نسختهم ({user})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>الدمج يدويًا</translation>
    </message>
    <message>
        <source>Merged text of {field}</source>
        <translation>النص المدموج لـ {field}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>taking {user}&apos;s version of {code}</source>
        <translation>أخذ نسخة {user} من {code}</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>الطرف الآخر</translation>
    </message>
    <message>
        <source>kept {user}&apos;s version of {code}; yours is one Undo away (Edit &gt; Undo).</source>
        <translation>أُبقي على نسخة {user} من {code}؛ ويمكن استعادة نسختك بتراجع واحد (تحرير &gt; تراجع).</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln بند</numerusform>
            <numerusform>%Ln بند</numerusform>
            <numerusform>%Ln بندان</numerusform>
            <numerusform>%Ln بنود</numerusform>
            <numerusform>%Ln بندًا</numerusform>
            <numerusform>%Ln بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence</source>
        <translation>
            <numerusform>%Ln دليل</numerusform>
            <numerusform>%Ln دليل</numerusform>
            <numerusform>%Ln دليلان</numerusform>
            <numerusform>%Ln أدلة</numerusform>
            <numerusform>%Ln دليلًا</numerusform>
            <numerusform>%Ln دليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln تقييم</numerusform>
            <numerusform>%Ln تقييم</numerusform>
            <numerusform>%Ln تقييمان</numerusform>
            <numerusform>%Ln تقييمات</numerusform>
            <numerusform>%Ln تقييمًا</numerusform>
            <numerusform>%Ln تقييم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later change(s) of yours kept</source>
        <translation>
            <numerusform>%Ln تعديل لاحق من جانبك أُبقي عليه</numerusform>
            <numerusform>%Ln تعديل لاحق من جانبك أُبقي عليه</numerusform>
            <numerusform>%Ln تعديلان لاحقان من جانبك أُبقي عليهما</numerusform>
            <numerusform>%Ln تعديلات لاحقة من جانبك أُبقي عليها</numerusform>
            <numerusform>%Ln تعديلًا لاحقًا من جانبك أُبقي عليه</numerusform>
            <numerusform>%Ln تعديل لاحق من جانبك أُبقي عليه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} أو {iso}</translation>
    </message>
    <message>
        <source>Choose {name} from a calendar</source>
        <translation>اختيار {name} من التقويم</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>تفاصيل الدليل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>إحالة قانونية</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>نسخ SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>الإحالة القانونية:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>أُضيف:</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}، بواسطة {who}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;حسّاس (مثل أسماء الضحايا أو عناوين دور الإيواء)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attaching evidence</source>
        <translation>إرفاق الأدلة</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {total}) to {code}…</source>
        <translation>جارٍ إرفاق {name} ({number} من {total}) بالبند {code}…</translation>
    </message>
    <message>
        <source>Cancelled: the file being attached was not added.</source>
        <translation>أُلغي الإرفاق: لم يُضَف الملف الذي كان قيد الإرفاق.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>Handed {name} to the system&apos;s viewer.</source>
        <translation>سُلِّم {name} إلى عارض النظام.</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}.</source>
        <translation>لم يفتح أي برنامج على هذا الحاسوب {name}.</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}. A checked copy is at {path}: open it from there, or install a program for this kind of file.</source>
        <translation>لم يتمكن أي برنامج على هذا الحاسوب من فتح {name}. توجد نسخة تم التحقق منها في {path}: افتحها من هناك، أو ثبّت برنامجًا لهذا النوع من الملفات.</translation>
    </message>
    <message>
        <source>No program on this computer could open the link {name}.</source>
        <translation>لم يتمكن أي برنامج على هذا الحاسوب من فتح الرابط {name}.</translation>
    </message>
    <message>
        <source>Cannot open the evidence</source>
        <translation>تعذَّر فتح الدليل</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة م&amp;لفات…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>إضافة ملفات أدلة</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>إضافة را&amp;بط…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>إضافة رابط</translation>
    </message>
    <message>
        <source>Add &amp;citation…</source>
        <translation>إضافة &amp;إحالة قانونية…</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>إضافة إحالة قانونية</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>فتح الدليل المحدد</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>حذف الدليل المحدد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>إحالة قانونية</translation>
    </message>
    <message>
        <source>Added on {when} by {who}</source>
        <translation>أضافه {who} في {when}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>حذف دليل</translation>
    </message>
    <message>
        <source>Remove {name} from {code}? You can undo this with Edit &gt; Undo.</source>
        <translation>هل تريد حذف {name} من البند {code}؟ يمكنك التراجع عن ذلك من تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>ال&amp;تفاصيل…</translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation>تفاصيل الدليل المحدد</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of {name}</source>
        <translation>نُسخ SHA-256 للملف {name}</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;نسخ SHA-256</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Saved: {what}</source>
        <translation>حُفظ: {what}</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>إضافة المؤشر {code}</translation>
    </message>
    <message>
        <source>Change indicator {code}</source>
        <translation>تعديل المؤشر {code}</translation>
    </message>
    <message>
        <source>Remove indicator {code}</source>
        <translation>حذف المؤشر {code}</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <source>Figures: periods across, the total and the categories down</source>
        <translation>الأرقام: الفترات في الأعمدة، والمجموع والفئات في الصفوف</translation>
    </message>
</context>
<context>
    <name>FigureGridModel</name>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Quality note</source>
        <translation>ملاحظة عن الجودة</translation>
    </message>
    <message>
        <source>{row}, {period}: {problem} Nothing was saved.</source>
        <translation>{row}، {period}: {problem} لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The block pasted is {rows} rows by {columns} columns; from this cell there is room for {room_rows} by {room_columns}. Add the periods first, or paste from another cell. Nothing was saved.</source>
        <translation>الكتلة الملصقة من {rows} صفوف و{columns} أعمدة؛ وابتداءً من هذه الخلية يتسع المكان لـ {room_rows} صفوف و{room_columns} أعمدة. أضيفوا الفترات أولاً أو الصقوا من خلية أخرى. لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>إرفاق أدلة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;حسّاس (مثل أسماء الضحايا أو عناوين دور الإيواء)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln غيره</numerusform>
            <numerusform>… و%Ln غيره</numerusform>
            <numerusform>… و%Ln غيرهما</numerusform>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… و%Ln غيرها</numerusform>
            <numerusform>… و%Ln غيره</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>What the team concludes, in its own words</source>
        <translation>ما يستنتجه الفريق بكلماته</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: {what}</source>
        <translation>تم التراجع عن: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>تمت الإعادة: {what}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History of the item</source>
        <translation>سجل تغييرات البند</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>الدرجة في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>الدرجة في الممارسة</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Why N/A</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>المساعدة التقنية</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>أُضيف دليل</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>حُذف دليل</translation>
    </message>
    <message>
        <source>Description of evidence</source>
        <translation>وصف الدليل</translation>
    </message>
    <message>
        <source>Evidence marked sensitive</source>
        <translation>وسم الدليل بأنه حسّاس</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>%Ln change(s) taken from the contribution</source>
        <translation>
            <numerusform>%Ln تغيير أُخذ من المساهمة</numerusform>
            <numerusform>%Ln تغيير أُخذ من المساهمة</numerusform>
            <numerusform>%Ln تغييران أُخذا من المساهمة</numerusform>
            <numerusform>%Ln تغييرات أُخذت من المساهمة</numerusform>
            <numerusform>%Ln تغييرًا أُخذ من المساهمة</numerusform>
            <numerusform>%Ln تغيير أُخذ من المساهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for the received version</source>
        <translation>
            <numerusform>%Ln تعارض حُسم لصالح النسخة الواردة</numerusform>
            <numerusform>%Ln تعارض حُسم لصالح النسخة الواردة</numerusform>
            <numerusform>%Ln تعارضان حُسما لصالح النسخة الواردة</numerusform>
            <numerusform>%Ln تعارضات حُسمت لصالح النسخة الواردة</numerusform>
            <numerusform>%Ln تعارضًا حُسم لصالح النسخة الواردة</numerusform>
            <numerusform>%Ln تعارض حُسم لصالح النسخة الواردة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for your own version</source>
        <translation>
            <numerusform>%Ln تعارض حُسم لصالح نسختك</numerusform>
            <numerusform>%Ln تعارض حُسم لصالح نسختك</numerusform>
            <numerusform>%Ln تعارضان حُسما لصالح نسختك</numerusform>
            <numerusform>%Ln تعارضات حُسمت لصالح نسختك</numerusform>
            <numerusform>%Ln تعارضًا حُسم لصالح نسختك</numerusform>
            <numerusform>%Ln تعارض حُسم لصالح نسختك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence added</source>
        <translation>
            <numerusform>%Ln دليل أُضيف</numerusform>
            <numerusform>%Ln دليل أُضيف</numerusform>
            <numerusform>%Ln دليلان أُضيفا</numerusform>
            <numerusform>%Ln أدلة أُضيفت</numerusform>
            <numerusform>%Ln دليلًا أُضيف</numerusform>
            <numerusform>%Ln دليل أُضيف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contribution</source>
        <translation>استيراد مساهمة</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>أُعدّ من:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(غير محددة)</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>كتبه:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>scrubbed: no sensitive evidence, no names of people</source>
        <translation>منقّى: بلا أدلة حسّاسة ولا أسماء أشخاص</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment, {label}</source>
        <translation>&amp;دمج في التقييم المفتوح، {label}</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment</source>
        <translation>&amp;دمج في التقييم المفتوح</translation>
    </message>
    <message>
        <source>Merge into the open assessment</source>
        <translation>دمج في التقييم المفتوح</translation>
    </message>
    <message>
        <source>Import as a &amp;new assessment</source>
        <translation>استيراد كتقييم &amp;جديد</translation>
    </message>
    <message>
        <source>Import as a new assessment</source>
        <translation>استيراد كتقييم جديد</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the package, keeps the ones made here, and shows every item changed on both sides for you to choose. A new assessment holds the package as it is.</source>
        <translation>يأخذ الدمج التغييرات التي أُجريت في الحزمة، ويُبقي على التغييرات التي أُجريت هنا، ويعرض كل بند تغيَّر في الجانبين لتختار بينهما. أما التقييم الجديد فيضم الحزمة كما هي.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>a workbook filled in with a spreadsheet program</source>
        <translation>مصنف مُلئ ببرنامج جداول بيانات</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the workbook, keeps the ones made here, and shows every item changed on both sides for you to choose. A workbook cannot become a new assessment.</source>
        <translation>يأخذ الدمج التغييرات التي أُجريت في المصنف، ويحتفظ بالتغييرات التي أُجريت هنا، ويعرض عليك كل بند تغيَّر في الجانبين لتختار. لا يمكن أن يصبح المصنف تقييمًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>Period of the breakdown</source>
        <translation>فترة التصنيف</translation>
    </message>
    <message>
        <source>Dimension of the breakdown</source>
        <translation>بُعد التصنيف</translation>
    </message>
    <message>
        <source>Breakdown of</source>
        <translation>تصنيف فترة</translation>
    </message>
    <message>
        <source>by</source>
        <translation>حسب</translation>
    </message>
    <message>
        <source>a year, or FIRST/LAST day: 2026-01-01/2026-06-30</source>
        <translation>سنة، أو اليوم الأول/الأخير: 2026-01-01/2026-06-30</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>فترة جديدة</translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation>إضافة &amp;فترة</translation>
    </message>
    <message>
        <source>&amp;Change this indicator…</source>
        <translation>&amp;تعديل هذا المؤشر…</translation>
    </message>
    <message>
        <source>&amp;Remove this indicator</source>
        <translation>&amp;حذف هذا المؤشر</translation>
    </message>
    <message>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>{unit} · informs {items}</source>
        <translation>{unit} · يتعلق بـ {items}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† أضافه فريقكم إلى هذا التقييم.</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>أرقام {code}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>No total recorded yet.</source>
        <translation>لم يُسجَّل أي مجموع بعد.</translation>
    </message>
    <message>
        <source>Latest: {value} ({period})</source>
        <translation>الأحدث: {value} ({period})</translation>
    </message>
    <message>
        <source>{change} on {period}</source>
        <translation>{change} مقارنةً بـ {period}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>target {target}: {met}</source>
        <translation>الهدف {target}: {met}</translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>Tick the institutions responsible for this item (Space ticks the current one).</source>
        <translation>حدِّد المؤسسات المسؤولة عن هذا البند (يحدِّد مفتاح المسافة المؤسسة الحالية).</translation>
    </message>
    <message>
        <source>Add an institution…</source>
        <translation>إضافة مؤسسة…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>مؤسسة جديدة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the institution</source>
        <translation>إضافة المؤسسة</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Rationale and plan</source>
        <translation>التعليل والخطة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>بلا أولوية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>المساعدة التقنية المطلوبة</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>ال&amp;تعليل:</translation>
    </message>
    <message>
        <source>Responsible &amp;institutions:</source>
        <translation>ال&amp;مؤسسات المسؤولة:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>الموع&amp;د المستهدف:</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>الإ&amp;جراء التالي:</translation>
    </message>
    <message>
        <source>Technical a&amp;ssistance needed:</source>
        <translation>المساعدة التق&amp;نية المطلوبة:</translation>
    </message>
    <message>
        <source>Save state of the rationale and plan</source>
        <translation>حالة حفظ التعليل والخطة</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>عدم الانطباق</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>المساعدة التقنية</translation>
    </message>
    <message>
        <source>{what} of {code}</source>
        <translation>{what} للبند {code}</translation>
    </message>
    <message>
        <source>Not a date: type it as {example}, or leave it empty for none.</source>
        <translation>هذا ليس تاريخًا: اكتبه بالشكل {example}، أو اترك الحقل فارغًا إن لم يكن هناك تاريخ.</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Text of the item</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>البنود المرتبطة</translation>
    </message>
    <message>
        <source>Guiding principles and cross-cutting challenges</source>
        <translation>المبادئ التوجيهية والتحديات الشاملة</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>Draws on: {list}</source>
        <translation>يستند إلى: {list}</translation>
    </message>
    <message>
        <source>Linked items (cross-walk):</source>
        <translation>البنود المرتبطة (جدول المطابقة):</translation>
    </message>
    <message>
        <source>{item} ({kind})</source>
        <translation>{item} ({kind})</translation>
    </message>
    <message>
        <source>Title written for this checklist; it is not in the source.</source>
        <translation>عنوان وُضع لهذه القائمة؛ وهو غير موجود في المصدر.</translation>
    </message>
    <message>
        <source>Text written for this checklist; it is not quoted from the source.</source>
        <translation>نص وُضع لهذه القائمة؛ وهو ليس مقتبسًا من المصدر.</translation>
    </message>
    <message>
        <source>same request</source>
        <translation>الطلب نفسه</translation>
    </message>
    <message>
        <source>a means</source>
        <translation>وسيلة</translation>
    </message>
    <message>
        <source>a prerequisite</source>
        <translation>شرط مسبق</translation>
    </message>
    <message>
        <source>({reason}) {note}</source>
        <translation>({reason}) {note}</translation>
    </message>
    <message>
        <source>Cited together: {source}.</source>
        <translation>مذكوران معًا في: {source}.</translation>
    </message>
</context>
<context>
    <name>ItemIndicators</name>
    <message>
        <source>Figures…</source>
        <translation>الأرقام…</translation>
    </message>
    <message>
        <source>Operational indicators</source>
        <translation>المؤشرات التشغيلية</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>لا أرقام بعد</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>أرقام {code}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† أضافه فريقكم إلى هذا التقييم.</translation>
    </message>
</context>
<context>
    <name>ItemJudgement</name>
    <message>
        <source>Key finding on {pillar}</source>
        <translation>الاستنتاج الرئيسي بشأن {pillar}</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>ال&amp;أدلة</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;سجل التغييرات</translation>
    </message>
    <message>
        <source>Addressed to {who}: shown as context, not scored as a national measure.</source>
        <translation>موجَّه إلى {who}: يُعرض للسياق ولا تُمنح له درجات بوصفه تدبيرًا وطنيًا.</translation>
    </message>
    <message>
        <source>Context: this part of the framework is not scored. Its items are in the tree.</source>
        <translation>سياق: لا تُمنح درجات لهذا الجزء من الإطار. وترد بنوده في الشجرة.</translation>
    </message>
    <message>
        <source>&amp;Evidence ({count})</source>
        <translation>ال&amp;أدلة ({count})</translation>
    </message>
    <message>
        <source>The item, its scores and notes</source>
        <translation>البند ودرجاته وملاحظاته</translation>
    </message>
    <message>
        <source>No item matches the filters. Clear them (or choose All items) to see every item.</source>
        <translation>لا يطابق أي بند عوامل التصفية. امسحها (أو اختر «جميع البنود») لعرض كل البنود.</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, take it back to draft: Assessment &gt; Back to draft.</source>
        <translation>هذا التقييم نهائي، فهو للقراءة فقط. لتعديله أعده إلى مشروع: التقييم &gt; إعادة إلى مشروع.</translation>
    </message>
</context>
<context>
    <name>ItemTargetDialog</name>
    <message>
        <source>Target of {code}</source>
        <translation>هدف {code}</translation>
    </message>
    <message>
        <source>As set above it ({level})</source>
        <translation>كما حُدد أعلاه ({level})</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>سبب هذا الهدف</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>ل&amp;ماذا:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>ItemTree</name>
    <message>
        <source>Not yet scored</source>
        <translation>غير مقيَّم بعد</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>مقيَّم جزئيًا</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ثغرة</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>يبلغ الهدف</translation>
    </message>
    <message>
        <source>Gap, minor</source>
        <translation>ثغرة طفيفة</translation>
    </message>
    <message>
        <source>Gap, major</source>
        <translation>ثغرة كبيرة</translation>
    </message>
    <message>
        <source>Gap, critical</source>
        <translation>ثغرة حرجة</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} items complete ({percent}%)</source>
        <translation>{title}
البنود المكتملة: {done} من أصل {total} ({percent}%)</translation>
    </message>
    <message>
        <source>{text}
Context: not scored</source>
        <translation>{text}
سياق: لا تُمنح له درجات</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>law and institutions {law}, practice {practice}</source>
        <translation>القانون والمؤسسات {law}، الممارسة {practice}</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>في الممارسة</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>Change the targets</source>
        <translation>تغيير الأهداف</translation>
    </message>
    <message>
        <source>Set the target of {code}</source>
        <translation>تحديد هدف {code}</translation>
    </message>
    <message>
        <source>Saved: the targets</source>
        <translation>حُفظت: الأهداف</translation>
    </message>
    <message>
        <source>Saved: the key finding</source>
        <translation>حُفظ: الاستنتاج الرئيسي</translation>
    </message>
    <message>
        <source>Saved: the methodology</source>
        <translation>حُفظت: المنهجية</translation>
    </message>
    <message>
        <source>Saved: the assessment is approved as final</source>
        <translation>حُفظ: اعتُمد التقييم بصيغة نهائية</translation>
    </message>
    <message>
        <source>Saved: back to draft</source>
        <translation>حُفظ: أُعيد إلى مشروع</translation>
    </message>
    <message>
        <source>Edit the key finding</source>
        <translation>تعديل الاستنتاج الرئيسي</translation>
    </message>
    <message>
        <source>Not yet scored.</source>
        <translation>لم يُقيَّم بعد.</translation>
    </message>
    <message>
        <source>Partly scored: not judged yet.</source>
        <translation>مقيَّم جزئيًا: لم يُحكم عليه بعد.</translation>
    </message>
    <message>
        <source>Meets its target.</source>
        <translation>يبلغ هدفه.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>لا ينطبق.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>إضافة رابط</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>إضافة إحالة قانونية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>إحالة قانونية</translation>
    </message>
    <message>
        <source>for example: Penal Code, art. 188(2)</source>
        <translation>مثلًا: قانون العقوبات، المادة 188(2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>حسّا&amp;س</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>الإ&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>ا&amp;لاسم (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>الرصد</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source> (demo: a throwaway copy)</source>
        <translation> (نسخة تجريبية مؤقتة)</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>نهائي: للقراءة فقط</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>قاعدة بيانات للقراءة فقط</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>ت&amp;راجع: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>إ&amp;عادة: {what}</translation>
    </message>
    <message>
        <source>Undo and Redo wait until your edits of {items} are saved.</source>
        <translation>ينتظر التراجع والإعادة حفظ تعديلاتك على {items}.</translation>
    </message>
    <message>
        <source>About Assess</source>
        <translation>حول Assess</translation>
    </message>
    <message>
        <source>Assess {version}: a self-assessment of national implementation of the UN Trafficking in Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.

It works fully offline. Problems are logged to {log}.</source>
        <translation>Assess {version}: أداة للتقييم الذاتي لتنفيذ بروتوكول الأمم المتحدة بشأن الاتجار بالأشخاص على الصعيد الوطني، استنادًا إلى إطار العمل الصادر عن مكتب الأمم المتحدة المعني بالمخدرات والجريمة وإلى توصيات الفريق العامل.

يعمل البرنامج بالكامل دون اتصال بالشبكة. وتُسجَّل المشكلات في {log}.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;تقييم جديد…</translation>
    </message>
    <message>
        <source>New &amp;round from this assessment…</source>
        <translation>&amp;جولة جديدة انطلاقًا من هذا التقييم…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>&amp;بحث عن البنود…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>البند ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>البند ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>ال&amp;بند</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>فتح ال&amp;نسخة التجريبية</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>فتح قاعدة بيانات م&amp;شتركة…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation>ال&amp;لوحة التالية</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>وضع ال&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Reset the demo…</source>
        <translation>إ&amp;عادة ضبط النسخة التجريبية…</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>جولة &amp;تعريفية</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;About Assess</source>
        <translation>&amp;حول Assess</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>ت&amp;صدير التقرير…</translation>
    </message>
    <message>
        <source>Send &amp;part to an institution…</source>
        <translation>إرسال ج&amp;زء إلى مؤسسة…</translation>
    </message>
    <message>
        <source>&amp;Import contribution…</source>
        <translation>استيراد م&amp;ساهمة…</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>نسخ &amp;احتياطي…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>استعا&amp;دة…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>ت&amp;قييم</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>الانتقال إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;نسخة تجريبية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تع&amp;ليمات</translation>
    </message>
    <message>
        <source>This database is on a server: back it up and restore it there, with pg_dump and pg_restore.</source>
        <translation>قاعدة البيانات هذه على خادم: أنشئ نسختها الاحتياطية واستعدها هناك، باستخدام pg_dump وpg_restore.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذَّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>تعذَّر فتح التقييم</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>{path} already exists; open it with File &gt; Open a database.</source>
        <translation>{path} موجودة بالفعل؛ افتحها من ملف &gt; فتح قاعدة بيانات.</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>تعذَّر فتح النسخة التجريبية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Assess will be in {language} the next time it starts.</source>
        <translation>سيظهر Assess باللغة {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>إعادة ضبط النسخة التجريبية</translation>
    </message>
    <message>
        <source>Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) is thrown away. Your own databases are not touched.</source>
        <translation>هل تريد إعادة النسخة التجريبية إلى حالتها الأصلية؟ ستُلغى كل التغييرات التي أُدخلت عليها منذ فتحها (الدرجات والملاحظات والأدلة). ولن تُمَسّ قواعد بياناتك الخاصة.</translation>
    </message>
    <message>
        <source>Cannot reset the demo</source>
        <translation>تعذَّرت إعادة ضبط النسخة التجريبية</translation>
    </message>
    <message>
        <source>The demo is back as it was.</source>
        <translation>أُعيدت النسخة التجريبية إلى حالتها الأصلية.</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Assess (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>يعمل النسخ الاحتياطي والاستعادة على ملف قاعدة بيانات. أنشئ النسخة الاحتياطية لقاعدة بيانات PostgreSQL باستخدام pg_dump.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>إنشاء نسخة احتياطية من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>حُفظت النسخة الاحتياطية في {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>أُنشئت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Copying the database to {name}…</source>
        <translation>جارٍ نسخ قاعدة البيانات إلى {name}…</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>تعذَّر إنشاء النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذَّرت الاستعادة</translation>
    </message>
    <message>
        <source>Wait until the evidence files are attached, then restore again.</source>
        <translation>انتظر حتى يكتمل إرفاق ملفات الأدلة، ثم أعد الاستعادة.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>حُفظت قاعدة البيانات بحالتها السابقة في {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {path}</source>
        <translation>استُعيدت النسخة الاحتياطية {path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>جارٍ استعادة {name}…</translation>
    </message>
    <message>
        <source>Package written to {path}</source>
        <translation>كُتبت الحزمة في {path}</translation>
    </message>
    <message>
        <source>Protected by the password you typed (it was not saved: keep it safe).</source>
        <translation>محمية بكلمة المرور التي كتبتها (لم تُحفظ: احتفظ بها في مكان آمن).</translation>
    </message>
    <message>
        <source>Not protected by a password.</source>
        <translation>غير محمية بكلمة مرور.</translation>
    </message>
    <message>
        <source>Scrubbed: no sensitive evidence, no names of people.</source>
        <translation>منقّاة: بلا أدلة حسّاسة ولا أسماء أشخاص.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <source>(no institution named)</source>
        <translation>(لم تُحدَّد مؤسسة)</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>أُلغي: لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Cannot write the package</source>
        <translation>تعذَّرت كتابة الحزمة</translation>
    </message>
    <message>
        <source>Send part to an institution</source>
        <translation>إرسال جزء إلى مؤسسة</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>كُتب التقرير في {path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <source>The report was written to {path}. Open it now?</source>
        <translation>كُتب التقرير في {path}. هل تريد فتحه الآن؟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>تعذَّرت كتابة التقرير</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Import contribution</source>
        <translation>استيراد مساهمة</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>تعذَّر استيراد الحزمة</translation>
    </message>
    <message>
        <source>No assessment is open: open the one the part was sent from to merge.</source>
        <translation>لا يوجد تقييم مفتوح: افتح التقييم الذي أُرسل منه الجزء لإجراء الدمج.</translation>
    </message>
    <message>
        <source>{label} is final: reopen it as a draft to merge into it.</source>
        <translation>{label} نهائي: أعد فتحه كمسودة للدمج فيه.</translation>
    </message>
    <message>
        <source>The package was made from another assessment ({label}): import it as a new one.</source>
        <translation>أُعدّت الحزمة من تقييم آخر ({label}): استوردها كتقييم جديد.</translation>
    </message>
    <message>
        <source>Imported {file} as a new assessment: {label}</source>
        <translation>استُورد {file} كتقييم جديد: {label}</translation>
    </message>
    <message>
        <source>Importing {name} as a new assessment…</source>
        <translation>جارٍ استيراد {name} كتقييم جديد…</translation>
    </message>
    <message>
        <source>Cannot merge the package</source>
        <translation>تعذَّر دمج الحزمة</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>لا شيء للدمج</translation>
    </message>
    <message>
        <source>Merging {file} ({origin}) into {label}</source>
        <translation>دمج {file} ({origin}) في {label}</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>أُلغي الدمج: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Merged {file}. Edit &gt; Undo cannot take a merge back: the undo history was cleared.</source>
        <translation>دُمج {file}. لا يمكن التراجع عن الدمج من تحرير &gt; تراجع: مُسح سجل التراجع.</translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>دُمجت المساهمة</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>دمج مساهمة</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>جارٍ دمج {name}…</translation>
    </message>
    <message>
        <source>Open shared database</source>
        <translation>فتح قاعدة بيانات مشتركة</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>جارٍ الاتصال بـ {server}…</translation>
    </message>
    <message>
        <source>Cannot open the shared database</source>
        <translation>تعذَّر فتح قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>الإغلاق وفقدانها</translation>
    </message>
    <message>
        <source>Go on and lose them</source>
        <translation>المتابعة وفقدانها</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Your edits of {items} could not be saved yet. {reason}

Go on and lose them, or cancel and keep them until the database can be written?</source>
        <translation>تعذَّر حتى الآن حفظ تعديلاتك على {items}. {reason}

هل تريد المتابعة وفقدانها، أم الإلغاء والاحتفاظ بها إلى أن تصبح الكتابة في قاعدة البيانات ممكنة؟</translation>
    </message>
    <message>
        <source>Show the &amp;navigator</source>
        <translation>إظهار &amp;المستعرض</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>نُسخت قاعدة البيانات إلى {path}.</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

The backup holds {assessments}, last changed {when} ({size}).

The database as it is now is kept as a copy beside it.</source>
        <translation>هل تريد استبدال كل ما في {database} بالنسخة الاحتياطية {backup}؟

تضم النسخة الاحتياطية {assessments}، وآخر تغيير فيها بتاريخ {when} ({size}).

تُحفظ قاعدة البيانات بحالتها الراهنة نسخةً بجانبها.</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}: {assessments}.</source>
        <translation>تحتوي قاعدة البيانات الآن على النسخة الاحتياطية {path}: {assessments}.</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
{contents}</source>
        <translation>{path}

إلى: {institution}
{contents}</translation>
    </message>
    <message>
        <source>Workbook written to {path}</source>
        <translation>كُتب المصنف في {path}</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>كُتب المصنف</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence listed: {evidence} · Size: {size}

Send it to the institution: they fill it in with Excel or LibreOffice Calc and send it back. Merge what comes back with File &gt; Import contribution.</source>
        <translation>{path}

إلى: {institution}
البنود: {items} · الأدلة المدرجة: {evidence} · الحجم: {size}

أرسله إلى المؤسسة: تملؤه باستخدام Excel أو LibreOffice Calc وتعيده. ادمج ما يعود من ملف &gt; استيراد مساهمة.</translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation>تعذّرت كتابة المصنف</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>تعذّر استيراد المصنف</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from, and cannot become a new assessment. {reason}</source>
        <translation>يُدمج المصنف في التقييم الذي أُرسل منه، ولا يمكن أن يصبح تقييمًا جديدًا. {reason}</translation>
    </message>
    <message>
        <source>The workbook was sent from another assessment ({label}): open that one to merge it.</source>
        <translation>أُرسل المصنف من تقييم آخر ({label}): افتح ذلك التقييم لدمجه فيه.</translation>
    </message>
    <message>
        <source>Cannot merge the workbook</source>
        <translation>تعذّر دمج المصنف</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label} ({kept}). Nothing was changed.</source>
        <translation>لا يضيف {file} أي جديد إلى {label} ({kept}). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.</source>
        <translation>دُمج {file} في {label}.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>البنود التي تغيَّرت</translation>
    </message>
    <message>
        <source>The history of each item records these changes with the origin: {origin}.</source>
        <translation>يسجِّل سجل التغييرات لكل بند هذه التغييرات مع مصدرها: {origin}.</translation>
    </message>
    <message>
        <source>Contributions (*.assess *.xlsx);;Assess packages (*.assess);;Workbooks (*.xlsx);;All files (*)</source>
        <translation>المساهمات (*.assess *.xlsx);;حزم Assess (*.assess);;المصنفات (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Left out {count} sensitive evidence: sensitive evidence leaves only in a package protected by a password.</source>
        <translation>تُرك {count} من الأدلة الحساسة: لا تخرج الأدلة الحساسة إلا في حزمة محمية بكلمة مرور.</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>الأ&amp;هداف…</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>ال&amp;منهجية…</translation>
    </message>
    <message>
        <source>&amp;Approve as final…</source>
        <translation>ا&amp;عتماد بصيغة نهائية…</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>إعادة إلى م&amp;شروع…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>الدرجات أو عدم الانطباق</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>الدرجة في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>الدرجة في الممارسة</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>المساعدة التقنية المطلوبة</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>لا ينطبق: {why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(بلا درجة)</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>القانون {law}، الممارسة {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>دمج مساهمة</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>الإبقاء على كل &amp;نسختي</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>أخذ كل نسخ&amp;تهم</translation>
    </message>
    <message>
        <source>Changed both here and in the package: choose which to keep</source>
        <translation>تغيَّر هنا وفي الحزمة: اختر ما تُبقي عليه</translation>
    </message>
    <message>
        <source>Merged without conflict</source>
        <translation>دُمج دون تعارض</translation>
    </message>
    <message>
        <source>Edit &gt; Undo cannot take a merge back: merging clears the undo history. The history of each item records every change the merge makes, with where it came from.</source>
        <translation>لا يمكن التراجع عن الدمج من تحرير &gt; تراجع: يمسح الدمج سجل التراجع. ويقيِّد سجل تغييرات كل بند كل تغيير يجريه الدمج مع مصدره.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>كما أُرسل</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>هنا (نسختي)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>Keep for {code}, {field}</source>
        <translation>ما يُبقى عليه للبند {code}، {field}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Settled: {settled} of {total}</source>
        <translation>المحسومة: {settled} من أصل {total}</translation>
    </message>
    <message>
        <source>Changes merged without conflict</source>
        <translation>تغييرات دُمجت دون تعارض</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>هنا حاليًا</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>في الحزمة</translation>
    </message>
    <message>
        <source>Taken from the package</source>
        <translation>مأخوذ من الحزمة</translation>
    </message>
    <message>
        <source>Yours kept</source>
        <translation>نسختك باقية</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>يُضاف</translation>
    </message>
    <message>
        <source>Nothing but the conflicts above</source>
        <translation>لا شيء سوى التعارضات أعلاه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to take</source>
        <translation>
            <numerusform>%Ln تعديل للأخذ</numerusform>
            <numerusform>%Ln تعديل للأخذ</numerusform>
            <numerusform>%Ln تعديلان للأخذ</numerusform>
            <numerusform>%Ln تعديلات للأخذ</numerusform>
            <numerusform>%Ln تعديلًا للأخذ</numerusform>
            <numerusform>%Ln تعديل للأخذ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln تعارض يلزم حسمه</numerusform>
            <numerusform>%Ln تعارض يلزم حسمه</numerusform>
            <numerusform>%Ln تعارضان يلزم حسمهما</numerusform>
            <numerusform>%Ln تعارضات يلزم حسمها</numerusform>
            <numerusform>%Ln تعارضًا يلزم حسمه</numerusform>
            <numerusform>%Ln تعارض يلزم حسمه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence to add</source>
        <translation>
            <numerusform>%Ln دليل سيُضاف</numerusform>
            <numerusform>%Ln دليل سيُضاف</numerusform>
            <numerusform>%Ln دليلان سيُضافان</numerusform>
            <numerusform>%Ln أدلة ستُضاف</numerusform>
            <numerusform>%Ln دليلًا سيُضاف</numerusform>
            <numerusform>%Ln دليل سيُضاف</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed both here and in the workbook: choose which to keep</source>
        <translation>تغيَّر هنا وفي المصنف: اختر ما يُحتفظ به</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>في المصنف</translation>
    </message>
    <message>
        <source>Taken from the workbook</source>
        <translation>مأخوذ من المصنف</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Who took part, one per line</source>
        <translation>المشاركون، واحد في كل سطر</translation>
    </message>
    <message>
        <source>Meetings and workshops, one per line: date and name</source>
        <translation>الاجتماعات وحلقات العمل، واحد في كل سطر: التاريخ والاسم</translation>
    </message>
    <message>
        <source>2026-03-04 Inception workshop</source>
        <translation>2026-03-04 حلقة العمل الافتتاحية</translation>
    </message>
    <message>
        <source>Sources consulted, one per line</source>
        <translation>المصادر التي رُجع إليها، واحد في كل سطر</translation>
    </message>
    <message>
        <source>How the scores were agreed</source>
        <translation>كيف اتُّفق على الدرجات</translation>
    </message>
    <message>
        <source>&amp;Who took part
(one per line):</source>
        <translation>ال&amp;مشاركون
(واحد في كل سطر):</translation>
    </message>
    <message>
        <source>&amp;Meetings and workshops
(date and name):</source>
        <translation>الا&amp;جتماعات وحلقات العمل
(التاريخ والاسم):</translation>
    </message>
    <message>
        <source>&amp;Sources consulted:</source>
        <translation>الم&amp;صادر:</translation>
    </message>
    <message>
        <source>How the scores were &amp;agreed:</source>
        <translation>كيف ا&amp;تُّفق على الدرجات:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Add an indicator of your &amp;own…</source>
        <translation>إضافة مؤشر &amp;خاص…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>No figures recorded yet: choose an indicator and type or paste its figures.</source>
        <translation>لم تُسجَّل أي أرقام بعد: اختاروا مؤشراً واكتبوا أرقامه أو الصقوها.</translation>
    </message>
    <message>
        <source>Indicators with figures: {recorded} of {total}, from {first} to {last} · without a total for {last}: {gaps} · breakdowns that do not add up: {flags}</source>
        <translation>المؤشرات التي لها أرقام: {recorded} من أصل {total}، من {first} إلى {last} · بلا مجموع عن {last}: {gaps} · تصنيفات لا تبلغ المجموع: {flags}</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>{target}: {met}</source>
        <translation>{target}: {met}</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>حذف المؤشر</translation>
    </message>
    <message>
        <source>Remove the indicator {code}? Its figures must be cleared first.</source>
        <translation>هل تريدون حذف المؤشر {code}؟ يجب محو أرقامه أولاً.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Filter by code, text or notes (Ctrl+F)</source>
        <translation>تصفية حسب الرمز أو النص أو الملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>نص التصفية</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>جميع البنود</translation>
    </message>
    <message>
        <source>Not yet scored</source>
        <translation>غير مقيَّمة بعد</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>مقيَّمة جزئيًا</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>تصفية حسب الأولوية</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>أولوية عالية</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>أولوية متوسطة</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>أولوية منخفضة</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>بلا أولوية</translation>
    </message>
    <message>
        <source>Filter by responsible institution</source>
        <translation>تصفية حسب المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Items of the framework</source>
        <translation>بنود الإطار</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>أي مؤسسة</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln assessable items shown</source>
        <translation>
            <numerusform>المعروض {shown} من أصل %Ln بند قابل للتقييم</numerusform>
            <numerusform>المعروض {shown} من أصل %Ln بند قابل للتقييم</numerusform>
            <numerusform>المعروض {shown} من أصل %Ln بندين قابلين للتقييم</numerusform>
            <numerusform>المعروض {shown} من أصل %Ln بنود قابلة للتقييم</numerusform>
            <numerusform>المعروض {shown} من أصل %Ln بندًا قابلًا للتقييم</numerusform>
            <numerusform>المعروض {shown} من أصل %Ln بند قابل للتقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>يبلغ الهدف</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>البلد أو الكيان</translation>
    </message>
    <message>
        <source>for example: Republic of Meridia</source>
        <translation>مثلًا: جمهورية ميريديا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>for example: National assessment</source>
        <translation>مثلًا: التقييم الوطني</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>for example: Baseline 2026</source>
        <translation>مثلًا: خط الأساس 2026</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>الانطلاق من</translation>
    </message>
    <message>
        <source>Nothing: start with an empty checklist</source>
        <translation>لا شيء: البدء بقائمة مرجعية فارغة</translation>
    </message>
    <message>
        <source>A new round from {label}</source>
        <translation>جولة جديدة انطلاقًا من {label}</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>ال&amp;بلد أو الكيان:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>الا&amp;نطلاق من:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>الإ&amp;طار:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>The new round starts with the previous round&apos;s scores, notes, institutions and evidence.</source>
        <translation>تبدأ الجولة الجديدة بدرجات الجولة السابقة وملاحظاتها ومؤسساتها وأدلتها.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall completion</source>
        <translation>نسبة الإنجاز الإجمالية</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>اكتمل %p%</translation>
    </message>
    <message>
        <source>Largest gaps, by priority</source>
        <translation>أكبر الثغرات، حسب الأولوية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ثغرة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهات المسؤولة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gaps, by priority&lt;/b&gt; (click one to open the item)</source>
        <translation>&lt;b&gt;أكبر الثغرات، حسب الأولوية&lt;/b&gt; (انقر على إحداها لفتح البند)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln items complete</source>
        <translation>
            <numerusform>اكتمل {complete} من أصل %Ln بند</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln بند</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln بندين</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln بنود</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln بندًا</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them N/A</source>
        <translation>
            <numerusform>منها %Ln لا ينطبق</numerusform>
            <numerusform>منها %Ln لا ينطبق</numerusform>
            <numerusform>منها %Ln لا ينطبقان</numerusform>
            <numerusform>منها %Ln لا تنطبق</numerusform>
            <numerusform>منها %Ln لا ينطبق</numerusform>
            <numerusform>منها %Ln لا ينطبق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with high priority</source>
        <translation>
            <numerusform>%Ln ذات أولوية عالية</numerusform>
            <numerusform>%Ln ذات أولوية عالية</numerusform>
            <numerusform>%Ln ذات أولوية عالية</numerusform>
            <numerusform>%Ln ذات أولوية عالية</numerusform>
            <numerusform>%Ln ذات أولوية عالية</numerusform>
            <numerusform>%Ln ذات أولوية عالية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with medium priority</source>
        <translation>
            <numerusform>%Ln ذات أولوية متوسطة</numerusform>
            <numerusform>%Ln ذات أولوية متوسطة</numerusform>
            <numerusform>%Ln ذات أولوية متوسطة</numerusform>
            <numerusform>%Ln ذات أولوية متوسطة</numerusform>
            <numerusform>%Ln ذات أولوية متوسطة</numerusform>
            <numerusform>%Ln ذات أولوية متوسطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with low priority</source>
        <translation>
            <numerusform>%Ln ذات أولوية منخفضة</numerusform>
            <numerusform>%Ln ذات أولوية منخفضة</numerusform>
            <numerusform>%Ln ذات أولوية منخفضة</numerusform>
            <numerusform>%Ln ذات أولوية منخفضة</numerusform>
            <numerusform>%Ln ذات أولوية منخفضة</numerusform>
            <numerusform>%Ln ذات أولوية منخفضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a priority</source>
        <translation>
            <numerusform>%Ln بلا أولوية</numerusform>
            <numerusform>%Ln بلا أولوية</numerusform>
            <numerusform>%Ln بلا أولوية</numerusform>
            <numerusform>%Ln بلا أولوية</numerusform>
            <numerusform>%Ln بلا أولوية</numerusform>
            <numerusform>%Ln بلا أولوية</numerusform>
        </translation>
    </message>
    <message>
        <source>{complete}, {na}. {gaps}: {priorities}.</source>
        <translation>{complete}، {na}. {gaps}: {priorities}.</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>في الممارسة</translation>
    </message>
    <message numerus="yes">
        <source>%n, minor</source>
        <translation>
            <numerusform>%n، طفيفة</numerusform>
            <numerusform>%n، طفيفة</numerusform>
            <numerusform>%n، طفيفة</numerusform>
            <numerusform>%n، طفيفة</numerusform>
            <numerusform>%n، طفيفة</numerusform>
            <numerusform>%n، طفيفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, major</source>
        <translation>
            <numerusform>%n، كبيرة</numerusform>
            <numerusform>%n، كبيرة</numerusform>
            <numerusform>%n، كبيرة</numerusform>
            <numerusform>%n، كبيرة</numerusform>
            <numerusform>%n، كبيرة</numerusform>
            <numerusform>%n، كبيرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, critical</source>
        <translation>
            <numerusform>%n، حرجة</numerusform>
            <numerusform>%n، حرجة</numerusform>
            <numerusform>%n، حرجة</numerusform>
            <numerusform>%n، حرجة</numerusform>
            <numerusform>%n، حرجة</numerusform>
            <numerusform>%n، حرجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gaps below target</source>
        <translation>
            <numerusform>%Ln ثغرة دون الهدف</numerusform>
            <numerusform>%Ln ثغرة دون الهدف</numerusform>
            <numerusform>%Ln ثغرتان دون الهدف</numerusform>
            <numerusform>%Ln ثغرات دون الهدف</numerusform>
            <numerusform>%Ln ثغرةً دون الهدف</numerusform>
            <numerusform>%Ln ثغرة دون الهدف</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall key finding</source>
        <translation>الاستنتاج الرئيسي العام</translation>
    </message>
</context>
<context>
    <name>OwnIndicatorDialog</name>
    <message>
        <source>Change an indicator of your own</source>
        <translation>تعديل مؤشر خاص</translation>
    </message>
    <message>
        <source>Add an indicator of your own</source>
        <translation>إضافة مؤشر خاص</translation>
    </message>
    <message>
        <source>Count (a whole number)</source>
        <translation>عدد (عدد صحيح)</translation>
    </message>
    <message>
        <source>Percentage (0 to 100)</source>
        <translation>نسبة مئوية (من 0 إلى 100)</translation>
    </message>
    <message>
        <source>Amount of money (say which currency in the definition)</source>
        <translation>مبلغ مالي (اذكروا العملة في التعريف)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Yes or no (1 or 0)</source>
        <translation>نعم أو لا (1 أو 0)</translation>
    </message>
    <message>
        <source>for example {code}</source>
        <translation>مثلاً {code}</translation>
    </message>
    <message>
        <source>item codes, for example {codes}</source>
        <translation>رموز البنود، مثلاً {codes}</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>مصنَّف حسب</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>في أي اتجاه</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>الأدنى أفضل</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>ال&amp;تعريف:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <source>&amp;Informs the items:</source>
        <translation>يتعلق &amp;بالبنود:</translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation>م&amp;صنَّف حسب:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>اله&amp;دف:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation>إعادة تسمية التقييم</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>البلد أو الكيان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>ال&amp;بلد أو الكيان:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Back to draft</source>
        <translation>إعادة إلى مشروع</translation>
    </message>
    <message>
        <source>Take {label} back to draft? Say why: the reason is kept in its status history.</source>
        <translation>إعادة {label} إلى مشروع؟ اذكر السبب: يُحفظ في سجل وضعه.</translation>
    </message>
    <message>
        <source>Why it goes back to draft</source>
        <translation>سبب إعادته إلى مشروع</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>مستند PDF (.pdf)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>مستند Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>جدول CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>بيانات JSON (.json)</translation>
    </message>
    <message>
        <source>A report on &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>تقرير عن &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (الأمريكي)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>بلا مقارنة</translation>
    </message>
    <message>
        <source>{label} (progress since then)</source>
        <translation>{label} (التقدم منذ ذلك الحين)</translation>
    </message>
    <message>
        <source>&amp;Include evidence marked sensitive</source>
        <translation>إ&amp;دراج الأدلة المصنفة بأنها حسّاسة</translation>
    </message>
    <message>
        <source>Include sensitive evidence</source>
        <translation>إدراج الأدلة الحسّاسة</translation>
    </message>
    <message>
        <source>The report will list sensitive evidence (for example names of victims or shelter addresses). Share it only with people allowed to see it.</source>
        <translation>سيتضمن التقرير أدلة حسّاسة (مثل أسماء الضحايا أو عناوين دور الإيواء). لا تشاركه إلا مع المصرَّح لهم بالاطلاع عليها.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>الم&amp;قارنة مع:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Reports ({patterns})</source>
        <translation>التقارير ({patterns})</translation>
    </message>
    <message>
        <source>Data for a spreadsheet or another program: it has no pages, so no paper size.</source>
        <translation>بيانات لجدول بيانات أو لبرنامج آخر: لا صفحات فيها، ولذلك لا حجم ورق لها.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ في {time}</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and saved as soon as the database can be written. {reason}</source>
        <translation>لم يُحفظ بعد: التعديل محفوظ هنا وسيُحفظ حالما تصبح الكتابة في قاعدة البيانات ممكنة. {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (the details are in the log).</source>
        <translation>لم يُحفظ: حدثت مشكلة (التفاصيل في السجل).</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>الدرجة في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>الدرجة في الممارسة</translation>
    </message>
    <message>
        <source>In &amp;law and institutions:</source>
        <translation>في ال&amp;قانون والمؤسسات:</translation>
    </message>
    <message>
        <source>In &amp;practice:</source>
        <translation>في المما&amp;رسة:</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>لا &amp;ينطبق</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Why the item does not apply</source>
        <translation>سبب عدم انطباق البند</translation>
    </message>
    <message>
        <source>Why does the item not apply? (required)</source>
        <translation>لماذا لا ينطبق البند؟ (إلزامي)</translation>
    </message>
    <message>
        <source>An item is only N/A with a justification: say why it does not apply.</source>
        <translation>لا يُعَدّ البند غير منطبق إلا بتعليل: اذكر سبب عدم انطباقه.</translation>
    </message>
    <message>
        <source>Save state of the scores</source>
        <translation>حالة حفظ الدرجات</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— بلا درجة —</translation>
    </message>
    <message>
        <source>{number} – {label}</source>
        <translation>{number} – {label}</translation>
    </message>
    <message>
        <source>{label}: {description}</source>
        <translation>{label}: {description}</translation>
    </message>
    <message>
        <source>The scale:</source>
        <translation>السلّم:</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores per pillar</source>
        <translation>الدرجات حسب الركيزة</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>في الممارسة</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بلا درجة</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln complete</source>
        <translation>
            <numerusform>اكتمل {complete} من أصل %Ln</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln</numerusform>
            <numerusform>اكتمل {complete} من أصل %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPartDialog</name>
    <message>
        <source>Send part to an institution</source>
        <translation>إرسال جزء إلى مؤسسة</translation>
    </message>
    <message>
        <source>A package with part of {label}, for an institution to fill in with Assess and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>حزمة تضم جزءًا من {label}، لتملأها مؤسسة باستخدام Assess ثم تعيدها. استورد ما يعود إليك من ملف &gt; استيراد مساهمة.</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Any: do not narrow by institution</source>
        <translation>أي مؤسسة: بلا تضييق حسب المؤسسة</translation>
    </message>
    <message>
        <source>None ticked: the part the assessment was received as.</source>
        <translation>لم يُحدَّد شيء: الجزء الذي استُلم به التقييم.</translation>
    </message>
    <message>
        <source>None ticked: every pillar.</source>
        <translation>لم يُحدَّد شيء: جميع الركائز.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Optional. The password is not saved anywhere: give it to the institution another way than the package (by phone, not in the same e-mail).</source>
        <translation>اختياري. لا تُحفظ كلمة المرور في أي مكان: أبلغ المؤسسة بها بوسيلة غير الحزمة (بالهاتف، لا في الرسالة الإلكترونية نفسها).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>&amp;Scrub: leave out sensitive evidence and the names of people</source>
        <translation>ت&amp;نقية: استبعاد الأدلة الحسّاسة وأسماء الأشخاص</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>تنقية</translation>
    </message>
    <message>
        <source>For sharing outside government. Institution names stay; free text (rationales, next actions) is kept as written.</source>
        <translation>للمشاركة خارج الجهات الحكومية. تبقى أسماء المؤسسات؛ ويُحفظ النص الحر (التعليلات والإجراءات التالية) كما كُتب.</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>حزم Assess (*.assess);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>الركائز:</translation>
    </message>
    <message>
        <source>Package holds:</source>
        <translation>محتوى الحزمة:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>ال&amp;تأكيد:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <source>&amp;Write package</source>
        <translation>كتا&amp;بة الحزمة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Package (Assess)</source>
        <translation>حزمة (Assess)</translation>
    </message>
    <message>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>مصنف (Excel، LibreOffice)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>لغة المصنف</translation>
    </message>
    <message>
        <source>For an institution without Assess: one row per item to fill in with Excel or LibreOffice Calc, with instructions in the language chosen. A workbook lists evidence but carries no files, never lists sensitive evidence or names of people, and has no password.</source>
        <translation>لمؤسسة لا تملك Assess: صفّ لكل بند يُملأ باستخدام Excel أو LibreOffice Calc، مع تعليمات باللغة المختارة. يُدرج المصنف الأدلة لكنه لا يحمل ملفات، ولا يُدرج أبدًا الأدلة الحساسة أو أسماء الأشخاص، وليست له كلمة مرور.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>A workbook with part of {label}, for an institution without Assess to fill in with a spreadsheet program and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>مصنف يضم جزءًا من {label}، تملؤه مؤسسة لا تملك Assess ببرنامج جداول بيانات وتعيده. استورد ما يعود من ملف &gt; استيراد مساهمة.</translation>
    </message>
    <message>
        <source>Workbook holds:</source>
        <translation>محتوى المصنف:</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx);;All files (*)</source>
        <translation>المصنفات (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence listed (no files)</source>
        <translation>
            <numerusform>%Ln دليل مدرج (بلا ملفات)</numerusform>
            <numerusform>%Ln دليل مدرج (بلا ملفات)</numerusform>
            <numerusform>%Ln دليلان مدرجان (بلا ملفات)</numerusform>
            <numerusform>%Ln أدلة مدرجة (بلا ملفات)</numerusform>
            <numerusform>%Ln دليلًا مدرجًا (بلا ملفات)</numerusform>
            <numerusform>%Ln دليل مدرج (بلا ملفات)</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} ({size})</source>
        <translation>{files} ({size})</translation>
    </message>
    <message>
        <source>&amp;Write workbook</source>
        <translation>كتا&amp;بة المصنف</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message>
        <source>The database is not answering (for {seconds} seconds now). What you type is kept in this window and saved as soon as it answers.</source>
        <translation>قاعدة البيانات لا تستجيب (منذ {seconds} ثانية). ما تكتبه محفوظ في هذه النافذة وسيُحفظ فيها حالما تستجيب.</translation>
    </message>
    <message>
        <source>{reason} What you type is kept in this window and saved as soon as it can be.</source>
        <translation>{reason} ما تكتبه محفوظ في هذه النافذة وسيُحفظ حالما يصبح ذلك ممكنًا.</translation>
    </message>
    <message>
        <source>State of the database</source>
        <translation>حالة قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>فتح قاعدة بيانات مشتركة</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by the team. Ask its administrator for these.</source>
        <translation>قاعدة بيانات على خادم PostgreSQL يتشاركها الفريق. اطلب هذه البيانات من مسؤولها.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>for example: {example}</source>
        <translation>مثلًا: {example}</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection only</source>
        <translation>اتصال م&amp;شفَّر فقط</translation>
    </message>
    <message>
        <source>The password is never saved. To avoid typing it each time, put it in your PostgreSQL password file ({places}) and leave this field empty.</source>
        <translation>لا تُحفَظ كلمة المرور أبدًا. لتجنُّب كتابتها في كل مرة، ضعها في ملف كلمات المرور الخاص بـ PostgreSQL ({places}) واترك هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>الم&amp;نفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>&amp;Write a sheet…</source>
        <translation>&amp;كتابة جدول…</translation>
    </message>
    <message>
        <source>Every figure and the rows to fill in, as a spreadsheet or CSV file</source>
        <translation>جميع الأرقام والصفوف المطلوب ملؤها، في مصنف أو ملف CSV</translation>
    </message>
    <message>
        <source>&amp;Read a sheet…</source>
        <translation>&amp;قراءة جدول…</translation>
    </message>
    <message>
        <source>Save the figures of a filled-in sheet</source>
        <translation>حفظ أرقام جدول مملوء</translation>
    </message>
    <message>
        <source>Write a sheet of figures</source>
        <translation>كتابة جدول أرقام</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>جداول بيانات (*.xlsx);;ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sheet not written</source>
        <translation>لم يُكتب الجدول</translation>
    </message>
    <message>
        <source>Sheet written: {path}</source>
        <translation>كُتب الجدول: {path}</translation>
    </message>
    <message>
        <source>Read a sheet of figures</source>
        <translation>قراءة جدول أرقام</translation>
    </message>
    <message>
        <source>Sheet not read</source>
        <translation>لم يُقرأ الجدول</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>لا شيء للحفظ</translation>
    </message>
    <message>
        <source>{name} holds no figures.</source>
        <translation>لا يحتوي {name} على أي أرقام.</translation>
    </message>
    <message>
        <source>Figures from {name}</source>
        <translation>أرقام من {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up / Down (in the tree)</source>
        <translation>أعلى / أسفل (في الشجرة)</translation>
    </message>
    <message>
        <source>The item above or below; the item pane follows</source>
        <translation>البند السابق أو التالي؛ ويتبعه جزء البند</translation>
    </message>
    <message>
        <source>Left / Right (in the tree)</source>
        <translation>يمين / يسار (في الشجرة)</translation>
    </message>
    <message>
        <source>Fold or unfold a pillar</source>
        <translation>طي الركيزة أو بسطها</translation>
    </message>
    <message>
        <source>Enter / Down (in the filter box)</source>
        <translation>Enter / أسفل (في مربع التصفية)</translation>
    </message>
    <message>
        <source>Go to the first item found</source>
        <translation>الانتقال إلى أول بند يُعثر عليه</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous field, in the order on screen</source>
        <translation>الحقل التالي أو السابق، بترتيبه على الشاشة</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + الحرف الذي تحته خط</translation>
    </message>
    <message>
        <source>The field, button or menu with that letter</source>
        <translation>الحقل أو الزر أو القائمة التي تحمل ذلك الحرف</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a text field)</source>
        <translation>Ctrl+Z (في حقل نصي)</translation>
    </message>
    <message>
        <source>Undo what you typed there and is not saved yet; when nothing is, the last saved edit</source>
        <translation>التراجع عمّا كتبته فيه ولم يُحفظ بعد؛ وإن لم يوجد شيء، فعن آخر تعديل محفوظ</translation>
    </message>
    <message>
        <source>Up / Down (in the target date)</source>
        <translation>أعلى / أسفل (في الموعد المستهدف)</translation>
    </message>
    <message>
        <source>A day later or earlier</source>
        <translation>يومًا بعده أو قبله</translation>
    </message>
    <message>
        <source>Enter (in the evidence list)</source>
        <translation>Enter (في قائمة الأدلة)</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>فتح الدليل المحدد</translation>
    </message>
    <message>
        <source>Delete (in the evidence list)</source>
        <translation>Delete (في قائمة الأدلة)</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>حذف الدليل المحدد</translation>
    </message>
    <message>
        <source>Enter (in the largest gaps)</source>
        <translation>Enter (في أكبر الثغرات)</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>فتح البند</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <source>Set &amp;target…</source>
        <translation>تحديد ال&amp;هدف…</translation>
    </message>
    <message>
        <source>Target {target} (the assessment&apos;s).</source>
        <translation>الهدف {target} (هدف التقييم).</translation>
    </message>
    <message>
        <source>Target {target}, set for this item: {reason}</source>
        <translation>الهدف {target}، محدد لهذا البند: {reason}</translation>
    </message>
    <message>
        <source>Target {target}, set for {code}: {reason}</source>
        <translation>الهدف {target}، محدد لـ {code}: {reason}</translation>
    </message>
    <message>
        <source>Gap of 1 level: minor.</source>
        <translation>ثغرة بمستوى واحد: طفيفة.</translation>
    </message>
    <message>
        <source>Gap of 2 levels: major.</source>
        <translation>ثغرة بمستويين: كبيرة.</translation>
    </message>
    <message numerus="yes">
        <source>Gap of %n levels: critical.</source>
        <translation>
            <numerusform>لا ثغرة (%n).</numerusform>
            <numerusform>ثغرة بمستوى واحد: حرجة.</numerusform>
            <numerusform>ثغرة بمستويين: حرجة.</numerusform>
            <numerusform>ثغرة بـ %n مستويات: حرجة.</numerusform>
            <numerusform>ثغرة بـ %n مستوى: حرجة.</numerusform>
            <numerusform>ثغرة بـ %n مستوى: حرجة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Target of the assessment</source>
        <translation>هدف التقييم</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>سبب هذا الهدف</translation>
    </message>
    <message>
        <source>&amp;Target of the assessment:</source>
        <translation>&amp;هدف التقييم:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>ل&amp;ماذا:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Targets set on pillars, branches and items</source>
        <translation>الأهداف المحددة للركائز والفروع والبنود</translation>
    </message>
    <message>
        <source>Pillar, branch or item</source>
        <translation>ركيزة أو فرع أو بند</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Override for:</source>
        <translation>هدف &amp;خاص بـ:</translation>
    </message>
    <message>
        <source>A pillar, a branch or an item may have a target of its own, with a reason:</source>
        <translation>يمكن أن يكون لركيزة أو فرع أو بند هدف خاص به مع ذكر السبب:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{field} may hold at most {limit} characters; the text past them was not taken.</source>
        <translation>لا يتسع الحقل «{field}» لأكثر من {limit} حرفًا؛ ولم يُؤخذ النص الزائد عنها.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Totals per period</source>
        <translation>المجاميع حسب الفترة</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>الهدف {target}</translation>
    </message>
    <message>
        <source>No totals recorded yet.</source>
        <translation>لم تُسجَّل أي مجاميع بعد.</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Walkthrough</source>
        <translation>جولة تعريفية</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again when Assess starts</source>
        <translation>&amp;عدم إظهار هذه الجولة مجددًا عند بدء تشغيل Assess</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Pillars and measures</source>
        <translation>الركائز والتدابير</translation>
    </message>
    <message>
        <source>Scoring an item</source>
        <translation>منح الدرجات لبند</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item gets two scores on the same scale, from 0 (not in place) to 4 (fully in place): &lt;b&gt;in law and institutions&lt;/b&gt; (is the legal and institutional basis there?) and &lt;b&gt;in practice&lt;/b&gt; (is it implemented and working?). The two often differ: that is the point.&lt;/p&gt;&lt;p&gt;If an item does not apply to your country, tick &lt;b&gt;N/A&lt;/b&gt; and say why: an N/A needs a justification.&lt;/p&gt;&lt;p&gt;Below the scores, write the rationale, the responsible institutions, the priority, a target date, the next action and the technical assistance needed. Every change is saved the moment you make it; Edit &amp;gt; Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يحصل كل بند على درجتين على سلّم واحد، من 0 (غير قائم) إلى 4 (قائم بالكامل): &lt;b&gt;في القانون والمؤسسات&lt;/b&gt; (هل الأساس القانوني والمؤسسي موجود؟) و&lt;b&gt;في الممارسة&lt;/b&gt; (هل يُطبَّق ويؤدي غرضه؟). وكثيرًا ما تختلف الدرجتان، وهذا بالضبط ما يُراد إبرازه.&lt;/p&gt;&lt;p&gt;إذا كان البند لا ينطبق على بلدك، فحدِّد &lt;b&gt;لا ينطبق&lt;/b&gt; واذكر السبب: لا يُقبل عدم الانطباق دون تعليل.&lt;/p&gt;&lt;p&gt;تحت الدرجات، اكتب التعليل والمؤسسات المسؤولة والأولوية والموعد المستهدف والإجراء التالي والمساعدة التقنية المطلوبة. يُحفظ كل تغيير لحظة إجرائه، ويمكن التراجع عنه من تحرير &amp;gt; تراجع.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Evidence&lt;/b&gt; tab under the item holds what the scores rest on: files (laws, circulars, statistics, memoranda of understanding), links and legal citations.&lt;/p&gt;&lt;p&gt;Add files with &lt;b&gt;Add files…&lt;/b&gt; or drag them onto the item. They are stored inside the database and checked by their SHA-256 fingerprint. Mark a file &lt;b&gt;sensitive&lt;/b&gt; when it names victims or shelters: it is then left out of the reports unless you ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يضم تبويب &lt;b&gt;الأدلة&lt;/b&gt; تحت البند ما تستند إليه الدرجات: ملفات (قوانين وتعاميم وإحصاءات ومذكرات تفاهم) وروابط وإحالات قانونية.&lt;/p&gt;&lt;p&gt;أضف الملفات بالزر &lt;b&gt;إضافة ملفات…&lt;/b&gt; أو اسحبها وأفلتها على البند. تُخزَّن الملفات داخل قاعدة البيانات ويُتحقَّق منها ببصمتها SHA-256. وحدِّد الملف بأنه &lt;b&gt;حسّاس&lt;/b&gt; إذا تضمَّن أسماء ضحايا أو دور إيواء: عندئذٍ يُستبعد من التقارير ما لم تطلب إدراجه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gaps and the overview</source>
        <translation>الثغرات والنظرة العامة</translation>
    </message>
    <message>
        <source>&lt;p&gt;An item is a &lt;b&gt;gap&lt;/b&gt; when the lower of its two scores is below the target. Choose &lt;b&gt;Gaps&lt;/b&gt; in the state filter to see only those.&lt;/p&gt;&lt;p&gt;View &amp;gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of each pillar in law and in practice against the target, and the largest gaps by priority; click a gap to open the item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يُعَدّ البند &lt;b&gt;ثغرة&lt;/b&gt; إذا كانت أدنى درجتيه دون الهدف المحدد. اختر &lt;b&gt;الثغرات&lt;/b&gt; في تصفية الحالة لعرضها وحدها.&lt;/p&gt;&lt;p&gt;تعرض نافذة عرض &amp;gt; نظرة عامة (Ctrl+2) مدى تقدّم التقييم، ومتوسط درجات كل ركيزة في القانون وفي الممارسة مقارنةً بالهدف، وأكبر الثغرات حسب الأولوية؛ انقر على ثغرة لفتح البند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gap report (PDF) lists the gaps by priority, the action plan by institution, the technical assistance needed and the evidence, with the methodology. &lt;b&gt;File &amp;gt; Export report…&lt;/b&gt; (Ctrl+E) writes it in the window&apos;s language: choose PDF, a Word document to edit or an Excel workbook with the action plan, and a previous round to report progress against.&lt;/p&gt;&lt;p&gt;The same report from the command line, for instance in a script:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;When the team agrees, Assessment &amp;gt; Mark final takes the DRAFT mark off the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يعرض تقرير الثغرات (PDF) الثغرات حسب الأولوية، وخطة العمل حسب المؤسسة، والمساعدة التقنية المطلوبة، والأدلة، مع المنهجية المتبعة. ويُنشئه الأمر &lt;b&gt;ملف &amp;gt; تصدير التقرير…&lt;/b&gt; (Ctrl+E) بلغة النافذة: اختر PDF، أو مستند Word للتحرير، أو مصنف Excel يضم خطة العمل، واختر جولة سابقة لعرض التقدم المحرز مقارنةً بها.&lt;/p&gt;&lt;p&gt;التقرير نفسه من سطر الأوامر، في برنامج نصي مثلًا:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;وعندما يتفق الفريق، يزيل الأمر تقييم &amp;gt; اعتماد كنسخة نهائية علامة «مسودة» من التقرير.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <source>&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Enter goes to the first item found, Ctrl+PgDown to the next item. F9 hides the tree to give the item the whole width.&lt;/p&gt;</source>
        <translation>&lt;p&gt;وهي معروضة في الشجرة الجانبية، ولكل منها حالتها ودرجاتها. وتظهر فيها أيضًا المبادئ التوجيهية والتحديات الشاملة، لبيان السياق فقط: فهي لا تُمنح درجات.&lt;/p&gt;&lt;p&gt;اكتب في مربع التصفية (Ctrl+F) أو اختر حالةً أو أولويةً أو مؤسسةً لتضييق نطاق الشجرة؛ وينقلك مفتاح Enter إلى أول بند يُعثر عليه، وCtrl+PgDown إلى البند التالي. ويُخفي المفتاح F9 الشجرة ليشغل البند عرض النافذة كله.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once an assessment is open, they are in a tree on the left of the window, each with its state and its scores; the guiding principles and cross-cutting challenges are there too, as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;عند فتح تقييم، تُعرض في شجرة على جانب النافذة، ولكل منها حالتها ودرجاتها؛ وتظهر فيها أيضًا المبادئ التوجيهية والتحديات الشاملة، لبيان السياق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;القائمة المرجعية هي إطار العمل الصادر عن مكتب الأمم المتحدة المعني بالمخدرات والجريمة: خمس &lt;b&gt;ركائز&lt;/b&gt; (الملاحقة القضائية، والحماية، والوقاية، والتعاون والتنسيق على الصعيد الوطني، والتعاون والتنسيق على الصعيد الدولي)، تتألف كل منها من &lt;b&gt;تدابير&lt;/b&gt;، إضافةً إلى &lt;b&gt;التوصيات&lt;/b&gt; الثلاث والعشرين الصادرة عن الفريق العامل المعني بالاتجار بالأشخاص.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>من أين تبدأ</translation>
    </message>
    <message>
        <source>&lt;p&gt;No assessment is open yet. On the welcome page, &lt;b&gt;New assessment…&lt;/b&gt; starts one for your country, &lt;b&gt;Open a database…&lt;/b&gt; opens one a colleague sent you, and &lt;b&gt;Open the demo&lt;/b&gt; opens a fictional country&apos;s assessment to try everything on (a throwaway copy).&lt;/p&gt;&lt;p&gt;The next pages show what you will find once an assessment is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم يُفتح أي تقييم بعد. في صفحة الترحيب، يبدأ زر &lt;b&gt;تقييم جديد…&lt;/b&gt; تقييمًا لبلدك، ويفتح زر &lt;b&gt;فتح قاعدة بيانات…&lt;/b&gt; قاعدةً أرسلها إليك زميل، ويفتح زر &lt;b&gt;فتح النسخة التجريبية&lt;/b&gt; تقييمًا لبلد خيالي لتجربة كل شيء عليه (نسخة مؤقتة).&lt;/p&gt;&lt;p&gt;تعرض الصفحات التالية ما ستجده بعد فتح تقييم.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picture of this part of the window</source>
        <translation>صورة هذا الجزء من النافذة</translation>
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
        <translation>قيِّم مدى تنفيذ بلدك لبروتوكول الأمم المتحدة بشأن الاتجار بالأشخاص: امنح درجات لكل تدبير من تدابير إطار العمل الصادر عن مكتب الأمم المتحدة المعني بالمخدرات والجريمة ولتوصيات الفريق العامل، وأرفق الأدلة، واطَّلع على الثغرات.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;تقييم جديد…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>فتح ال&amp;نسخة التجريبية</translation>
    </message>
    <message>
        <source>A fictional country&apos;s assessment in two rounds, on a throwaway copy.</source>
        <translation>تقييم لبلد افتراضي على جولتين، في نسخة مؤقتة.</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>التقييمات في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>قواعد البيانات الحديثة</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Assessments in this database&lt;/b&gt;</source>
        <translation>&lt;b&gt;التقيي&amp;مات في قاعدة البيانات هذه&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;قواعد البيانات ال&amp;حديثة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>None yet: create one with New assessment.</source>
        <translation>لا يوجد أي تقييم بعد: أنشئ تقييمًا بالزر «تقييم جديد».</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Created {label}</source>
        <translation>أُنشئ {label}</translation>
    </message>
    <message>
        <source>Rename the assessment</source>
        <translation>إعادة تسمية التقييم</translation>
    </message>
    <message>
        <source>Saved: the assessment is now called {label}</source>
        <translation>حُفظ: أصبح اسم التقييم {label}</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>حُفظ: {what}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. The edit stays with {code} and is saved as soon as the database can be written.</source>
        <translation>لم يُحفظ بعد: {what}. يبقى التعديل مرتبطًا بالبند {code} وسيُحفظ حالما تصبح الكتابة في قاعدة البيانات ممكنة.</translation>
    </message>
    <message>
        <source>Not saved: {what}</source>
        <translation>لم يُحفظ: {what}</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>إضافة الدليل {name}</translation>
    </message>
    <message>
        <source>Saved: {name} added to {code}</source>
        <translation>حُفظ: أُضيف {name} إلى البند {code}</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>حذف الدليل {name}</translation>
    </message>
    <message>
        <source>Saved: {name} removed from {code}</source>
        <translation>حُفظ: حُذف {name} من البند {code}</translation>
    </message>
    <message>
        <source>details of {name}</source>
        <translation>تفاصيل {name}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>--by names the category of a figure: give --value N (or --clear) with it.</source>
        <translation>يحدد --by فئة الرقم: أعطوا معه --value N (أو --clear).</translation>
    </message>
    <message>
        <source>--take settles conflicts of a merge; give it with --into ASSESSMENT.</source>
        <translation>يحسم الخيار --take تعارضات الدمج؛ استخدمه مع --into ASSESSMENT.</translation>
    </message>
    <message>
        <source>1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>بند واحد متعارض ({codes})؛ لم يُدمج شيء. احسم التعارض بالخيار --take mine أو --take theirs، أو في النافذة (ملف &gt; استيراد مساهمة…).</translation>
    </message>
    <message>
        <source>A legal citation needs its text, for example &apos;Penal Code, art. 188(2)&apos;.</source>
        <translation>يجب إدخال نص الإحالة القانونية، مثلًا «قانون العقوبات، المادة 188(2)».</translation>
    </message>
    <message>
        <source>A report font cannot be read ({error}); reinstall Assess (see README).</source>
        <translation>تعذَّرت قراءة أحد خطوط التقرير ({error})؛ أعد تثبيت Assess (انظر README).</translation>
    </message>
    <message>
        <source>A role name is empty; give the login names of the people, e.g. --editor alice.</source>
        <translation>أحد أسماء الأدوار فارغ؛ أدخل أسماء تسجيل الدخول الخاصة بالأشخاص، مثلًا --editor alice.</translation>
    </message>
    <message>
        <source>After upgrading, {count} rows point at missing rows. The copy taken before the upgrade is {backup}; restore it and report this problem.</source>
        <translation>بعد الترقية، أصبح عدد الصفوف التي تشير إلى صفوف مفقودة {count}. النسخة المأخوذة قبل الترقية هي {backup}؛ استعدها وأبلغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold an assessment; give a file path.</source>
        <translation>لا يمكن لقاعدة بيانات SQLite في الذاكرة أن تضم تقييمًا؛ أدخل مسار ملف.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be compared with itself; give the id of an earlier round.</source>
        <translation>لا يمكن مقارنة التقييم {number} بنفسه؛ أدخل معرِّف جولة سابقة.</translation>
    </message>
    <message>
        <source>Assessment {number} is final and read-only. Reopen it as a draft first (assess mark {number} draft).</source>
        <translation>التقييم {number} نهائي وللقراءة فقط. أعد فتحه كمسودة أولًا (assess mark {number} draft).</translation>
    </message>
    <message>
        <source>Attaching {name} was cancelled; nothing was added.</source>
        <translation>أُلغي إرفاق {name}؛ لم يُضَف شيء.</translation>
    </message>
    <message>
        <source>Backup and restore work on an SQLite database file. Back up a PostgreSQL server with pg_dump.</source>
        <translation>يعمل النسخ الاحتياطي والاستعادة على ملف قاعدة بيانات SQLite. أنشئ النسخة الاحتياطية لخادم PostgreSQL باستخدام pg_dump.</translation>
    </message>
    <message>
        <source>Cannot connect to {database}: {reason}</source>
        <translation>تعذَّر الاتصال بـ {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create a database in {path}: the folder is not writable.</source>
        <translation>تعذَّر إنشاء قاعدة بيانات في {path}: لا يمكن الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>تعذَّر إنشاء المجلد {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>تعذَّر إنشاء المجلد {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>تعذَّرت قراءة ملف كلمة المرور {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot restore into {file}: {problem}.</source>
        <translation>تعذَّرت الاستعادة إلى {file}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name {name}; end it in .pdf, .docx, .xlsx, .csv or .json, or give --format.</source>
        <translation>تعذَّر تحديد صيغة التقرير من اسم الملف {name}؛ اجعل الاسم ينتهي بـ .pdf أو .docx أو .xlsx أو .csv أو .json، أو حدِّد الصيغة بالخيار --format.</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>تعذَّر استخدام {url}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in {folder} (permission denied); choose another folder.</source>
        <translation>تعذَّرت الكتابة في {folder} (الإذن مرفوض)؛ اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Cannot write the demo database in {folder}: the folder is not writable.</source>
        <translation>تعذَّرت كتابة قاعدة بيانات النسخة التجريبية في {folder}: لا يمكن الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>Cannot write the demo database {file}: {problem}.</source>
        <translation>تعذَّرت كتابة قاعدة بيانات النسخة التجريبية {file}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}. Nothing was written.</source>
        <translation>تعذَّرت كتابة {file}: {problem}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot write {path} (permission denied; is the file open in another program?). Nothing was changed.</source>
        <translation>تعذَّرت كتابة {path} (الإذن مرفوض؛ هل الملف مفتوح في برنامج آخر؟). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>تعذَّرت كتابة {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was changed.</source>
        <translation>تعذَّرت كتابة {path}: {reason}. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>تعذَّرت كتابة {target}: {problem}.</translation>
    </message>
    <message>
        <source>Database {database} holds no Assess tables; open it once with assess to create them.</source>
        <translation>لا تضم قاعدة البيانات {database} جداول Assess؛ افتحها مرة واحدة باستخدام assess لإنشاء الجداول.</translation>
    </message>
    <message>
        <source>Figures were changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>عُدِّلت أرقام هنا بعد إعداد الدمج؛ لم يُدمج شيء. أعدّوا الدمج من جديد.</translation>
    </message>
    <message>
        <source>Framework {key} version {version} is already in this database with different content. Give the changed file a new version number and import it again; assessments made on the existing version are not changed.</source>
        <translation>الإطار {key} بالإصدار {version} موجود بالفعل في قاعدة البيانات هذه بمحتوى مختلف. امنح الملف المعدَّل رقم إصدار جديدًا واستورده مرة أخرى؛ لن تتغير التقييمات المُعدّة على الإصدار الموجود.</translation>
    </message>
    <message>
        <source>Give either --na or --applicable, not both.</source>
        <translation>استخدم إما --na وإما --applicable، لا كليهما.</translation>
    </message>
    <message>
        <source>Give the database of the shared database.</source>
        <translation>أدخل اسم قاعدة البيانات المشتركة.</translation>
    </message>
    <message>
        <source>Give the file or link to attach (or --citation TEXT for a legal citation).</source>
        <translation>حدِّد الملف أو الرابط المراد إرفاقه (أو --citation TEXT لإحالة قانونية).</translation>
    </message>
    <message>
        <source>Give the server of the shared database.</source>
        <translation>أدخل خادم قاعدة البيانات المشتركة.</translation>
    </message>
    <message>
        <source>Give the user name of the shared database.</source>
        <translation>أدخل اسم المستخدم لقاعدة البيانات المشتركة.</translation>
    </message>
    <message>
        <source>Give {code} at least one category of {dimension}.</source>
        <translation>أعطوا {code} فئة واحدة على الأقل من {dimension}.</translation>
    </message>
    <message>
        <source>Lost the connection to {database} ({reason}). Check the network and try again.</source>
        <translation>انقطع الاتصال بـ {database} ({reason}). تحقَّق من الشبكة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Marking {code} N/A needs a justification: say why the item does not apply.</source>
        <translation>يتطلب تحديد البند {code} بأنه «لا ينطبق» تعليلًا: اذكر سبب عدم انطباق البند.</translation>
    </message>
    <message>
        <source>N/A ({justification})</source>
        <translation>لا ينطبق ({justification})</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <source>Name at least one item the indicator {code} informs (for example PROT-2); it is shown with that item and grouped under its pillar.</source>
        <translation>اذكروا بنداً واحداً على الأقل يتعلق به المؤشر {code} (مثلاً PROT-2)؛ ويُعرض المؤشر مع هذا البند ويُصنَّف تحت ركيزته.</translation>
    </message>
    <message>
        <source>Name each dimension of {code} once.</source>
        <translation>اذكروا كل بُعد من أبعاد {code} مرة واحدة.</translation>
    </message>
    <message>
        <source>Name each role once, as --editor, --viewer or --remove: {roles}.</source>
        <translation>اذكر كل دور مرة واحدة فقط، مع --editor أو --viewer أو --remove: {roles}.</translation>
    </message>
    <message>
        <source>No file was given (the path is empty, so it does not exist); give the file to attach.</source>
        <translation>لم يُحدَّد أي ملف (المسار فارغ، فهو غير موجود)؛ حدِّد الملف المراد إرفاقه.</translation>
    </message>
    <message>
        <source>No framework {key} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>لا يوجد الإطار {key} في قاعدة البيانات هذه (الأطر المعروفة: {known}). استورده باستخدام: assess framework import FILE</translation>
    </message>
    <message>
        <source>No framework {key} version {version} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>لا يوجد الإطار {key} بالإصدار {version} في قاعدة البيانات هذه (الأطر المعروفة: {known}). استورده باستخدام: assess framework import FILE</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: none yet).</source>
        <translation>لا توجد مؤسسة باسم {name} في هذا التقييم (لا توجد مؤسسات معروفة بعد).</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: {known}).</source>
        <translation>لا توجد مؤسسة باسم {name} في هذا التقييم (المؤسسات المعروفة: {known}).</translation>
    </message>
    <message>
        <source>No item of the assessment matches that choice; nothing was written.</source>
        <translation>لا يطابق هذا الاختيار أي بند من بنود التقييم؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>No stored file has SHA-256 {sha256}.</source>
        <translation>لا يوجد ملف مخزَّن بالبصمة SHA-256 التالية: {sha256}.</translation>
    </message>
    <message>
        <source>Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta.</source>
        <translation>لا شيء لتغييره: استخدم --law أو --practice أو --na أو --note أو --priority أو --responsible أو --due أو --next أو --ta.</translation>
    </message>
    <message>
        <source>Nothing to record: give --value N (or --clear), --source or --note.</source>
        <translation>لا شيء للتسجيل: أعطوا --value N (أو --clear) أو --source أو --note.</translation>
    </message>
    <message>
        <source>Only file evidence has content to save.</source>
        <translation>الأدلة من نوع «ملف» وحدها لها محتوى يمكن حفظه.</translation>
    </message>
    <message>
        <source>Only the owner of the Assess tables in database {database} ({owner}) or a superuser may set up its roles; you are connected as {user}.</source>
        <translation>لا يجوز إعداد أدوار قاعدة البيانات {database} إلا لمالك جداول Assess فيها ({owner}) أو لمستخدم فائق الصلاحيات؛ وأنت متصل بصفة {user}.</translation>
    </message>
    <message>
        <source>Part of the stored file {sha256} is missing; the database may be damaged.</source>
        <translation>جزء من الملف المخزَّن {sha256} مفقود؛ ربما تكون قاعدة البيانات تالفة.</translation>
    </message>
    <message>
        <source>Read only: your database user {user} may read this database but not change it. To edit, ask the database owner to run: assess server setup --editor {name}</source>
        <translation>للقراءة فقط: يمكن لمستخدم قاعدة البيانات الخاص بك {user} قراءة قاعدة البيانات هذه دون تغييرها. للتحرير، اطلب من مالك قاعدة البيانات تشغيل: assess server setup --editor {name}</translation>
    </message>
    <message>
        <source>Someone else added {names} to this assessment at the same moment, so your edit of {code} was not saved. Make it again.</source>
        <translation>أضاف مستخدم آخر {names} إلى هذا التقييم في اللحظة نفسها، ولذلك لم يُحفظ تعديلك على البند {code}. أعد إجراء التعديل.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup file.</source>
        <translation>هذا الملف هو قاعدة البيانات نفسها؛ اختر ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The assessment was called {label} when the package was made.</source>
        <translation>كان اسم التقييم {label} عند إعداد الحزمة.</translation>
    </message>
    <message>
        <source>The backup could not be made: {problem}. Nothing was written.</source>
        <translation>تعذَّر إنشاء النسخة الاحتياطية: {problem}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>تعذَّرت استعادة النسخة الاحتياطية: {problem}.</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>يجب حفظ النسخة الاحتياطية في ملف غير قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>The code {code} is already used in this assessment (by an item or an indicator); choose another.</source>
        <translation>الرمز {code} مستخدم بالفعل في هذا التقييم (لبند أو لمؤشر)؛ اختاروا رمزاً آخر.</translation>
    </message>
    <message>
        <source>The content of {name} is no longer stored; attach the file again.</source>
        <translation>لم يعد محتوى {name} مخزَّنًا؛ أرفق الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The demo can only be built into an empty database; this one has assessments.</source>
        <translation>لا يمكن إنشاء النسخة التجريبية إلا في قاعدة بيانات فارغة؛ وقاعدة البيانات هذه تضم تقييمات.</translation>
    </message>
    <message>
        <source>The desktop window cannot start: {problem}. Reinstall Assess (see README).</source>
        <translation>تعذَّر تشغيل نافذة سطح المكتب: {problem}. أعد تثبيت Assess (انظر README).</translation>
    </message>
    <message>
        <source>The disk holding {database} is full. Free some space and try again.</source>
        <translation>القرص الذي يضم {database} ممتلئ. حرِّر بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written and nothing was left behind. Free some space or choose another drive.</source>
        <translation>القرص ممتلئ: تعذَّرت كتابة {name} ولم يبقَ منه شيء. حرِّر بعض المساحة أو اختر محرك أقراص آخر.</translation>
    </message>
    <message>
        <source>The disk of the server holding {database} is full. Tell the server&apos;s administrator.</source>
        <translation>قرص الخادم الذي يضم {database} ممتلئ. أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <source>The evidence file {file} does not match its SHA-256 or size: it was changed or damaged after it was packaged. Nothing was imported; ask the sender for the package again.</source>
        <translation>ملف الدليل {file} لا يطابق بصمته SHA-256 أو حجمه: فقد غُيِّر أو تلف بعد وضعه في الحزمة. لم يُستورد شيء؛ اطلب الحزمة من مرسلها مرة أخرى.</translation>
    </message>
    <message>
        <source>The evidence file {file} holds more than the {size} bytes it was announced with; nothing was imported.</source>
        <translation>حجم ملف الدليل {file} يتجاوز الحجم المُعلَن عنه ({size} بايت)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The figure {value} of {code} for {period} {problem} in the unit {unit}; change or remove it first.</source>
        <translation>الرقم {value} للمؤشر {code} عن {period} لا يناسب الوحدة {unit} ({problem})؛ عدّلوه أو احذفوه أولاً.</translation>
    </message>
    <message>
        <source>The figures of {code} for {period} were changed by {user} since you opened them, so your edit was not saved. Look at them and make your edit again.</source>
        <translation>عدّل {user} أرقام {code} عن {period} منذ فتحتموها، ولذلك لم يُحفظ تعديلكم. اطّلعوا عليها وأعيدوا التعديل.</translation>
    </message>
    <message>
        <source>The first line of the password file {path} is empty; write the password there.</source>
        <translation>السطر الأول من ملف كلمة المرور {path} فارغ؛ اكتب كلمة المرور فيه.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another place.</source>
        <translation>المجلد {folder} غير موجود؛ أنشئه أولًا أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>المجلد {folder} غير موجود؛ أنشئوه أولاً.</translation>
    </message>
    <message>
        <source>The font file {pattern} is missing from {folder}; reinstall Assess (see README).</source>
        <translation>ملف الخط {pattern} غير موجود في {folder}؛ أعد تثبيت Assess (انظر README).</translation>
    </message>
    <message>
        <source>The group roles {editor} and {viewer} do not exist yet and {user} may not create roles. Run setup once as a user with CREATEROLE (for example postgres), or create them: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</source>
        <translation>دورا المجموعة {editor} و{viewer} غير موجودين بعد، ولا يجوز لـ {user} إنشاء أدوار. شغِّل الأمر setup مرة واحدة بصفة مستخدم لديه صلاحية CREATEROLE (مثلًا postgres)، أو أنشئ الدورين: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The indicator {code} needs a name.</source>
        <translation>يحتاج المؤشر {code} إلى اسم.</translation>
    </message>
    <message>
        <source>The package has a figure this assessment cannot hold ({problem}); nothing was merged. Change the indicator here first.</source>
        <translation>تحتوي الحزمة على رقم لا يستطيع هذا التقييم استيعابه ({problem})؛ لم يُدمج شيء. عدّلوا المؤشر هنا أولاً.</translation>
    </message>
    <message>
        <source>The package has figures of {code}, an indicator this assessment does not have; nothing was merged.</source>
        <translation>تحتوي الحزمة على أرقام {code}، وهو مؤشر ليس في هذا التقييم؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>The package holds item {code}, which framework {framework} {version} in this database does not have as an assessable item; nothing was imported.</source>
        <translation>تضم الحزمة البند {code}، وهو ليس بندًا قابلًا للتقييم في الإطار {framework} {version} الموجود في قاعدة البيانات هذه؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package scores {code} {value}, off this assessment&apos;s scale ({low} to {high}); nothing was merged.</source>
        <translation>تمنح الحزمة البند {code} الدرجة {value}، وهي خارج سلّم هذا التقييم (من {low} إلى {high})؛ لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>The package&apos;s indicator {code} is defined differently here; it stays as it is here.</source>
        <translation>مؤشر الحزمة {code} معرَّف هنا على نحو مختلف؛ ويبقى كما هو هنا.</translation>
    </message>
    <message>
        <source>The password does not open {label} (a wrong password, or the file was altered); nothing was changed. Check the password file.</source>
        <translation>كلمة المرور لا تفتح {label} (كلمة المرور خاطئة، أو عُدِّل الملف)؛ لم يتغير شيء. تحقَّق من ملف كلمة المرور.</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>ملف كلمة المرور {path} ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>كلمة المرور فارغة.</translation>
    </message>
    <message>
        <source>The period {value} ends before it starts; give the first day, then the last.</source>
        <translation>الفترة {value} تنتهي قبل أن تبدأ؛ أعطوا اليوم الأول ثم الأخير.</translation>
    </message>
    <message>
        <source>The period {value} lies outside the years {earliest} to {latest}; check the year.</source>
        <translation>الفترة {value} تقع خارج السنوات من {earliest} إلى {latest}؛ تحققوا من السنة.</translation>
    </message>
    <message>
        <source>The report font package {package} is not installed; reinstall Assess (see README).</source>
        <translation>حزمة خطوط التقرير {package} غير مثبَّتة؛ أعد تثبيت Assess (انظر README).</translation>
    </message>
    <message>
        <source>The server holding {database} cancelled this request (it took too long, or an administrator stopped it); nothing was saved. Try again.</source>
        <translation>ألغى الخادم الذي يضم {database} هذا الطلب (استغرق وقتًا طويلًا، أو أوقفه أحد المسؤولين)؛ لم يُحفظ شيء. أعد المحاولة.</translation>
    </message>
    <message>
        <source>The server holding {database} has too many connections open. Try again in a moment.</source>
        <translation>لدى الخادم الذي يضم {database} عدد كبير جدًا من الاتصالات المفتوحة. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The stored copy of {name} does not match its SHA-256; it was not saved.</source>
        <translation>النسخة المخزَّنة من {name} لا تطابق بصمتها SHA-256؛ لم يُحفظ الملف.</translation>
    </message>
    <message>
        <source>The stored evidence file {name} no longer matches its SHA-256; the database may be damaged. No package was written.</source>
        <translation>لم يعد ملف الدليل المخزَّن {name} يطابق بصمته SHA-256؛ ربما تكون قاعدة البيانات تالفة. لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>The target must lie on the scale, {low} to {high}.</source>
        <translation>يجب أن يقع الهدف على السلّم، من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>The target of {code} is refused; {problem}.</source>
        <translation>رُفض هدف {code}؛ {problem}.</translation>
    </message>
    <message>
        <source>The {what} is required.</source>
        <translation>يجب إدخال {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>طول {what} يتجاوز الحد المسموح به (عدد الأحرف {length}، والحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>The {what} score {value} is not a whole number from {low} to {high}.</source>
        <translation>الدرجة {value} في {what} ليست عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>The {what} score {value} is off the scale; use {low} to {high}.</source>
        <translation>الدرجة {value} في {what} خارج السلّم؛ استخدم قيمة من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>There is no assessment {number} in this database; see the ids with: assess list</source>
        <translation>لا يوجد التقييم {number} في قاعدة البيانات هذه؛ اطَّلع على المعرِّفات باستخدام: assess list</translation>
    </message>
    <message>
        <source>There is no database at {target} yet; nothing was created.</source>
        <translation>لا توجد قاعدة بيانات في {target} بعد؛ لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>There is no evidence {number}; it may have been removed.</source>
        <translation>لا يوجد الدليل {number}؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>There is no indicator {code} in this assessment (indicators: {known}). See them with: assess data show ASSESSMENT</source>
        <translation>لا يوجد مؤشر {code} في هذا التقييم (المؤشرات: {known}). اطّلعوا عليها بالأمر: assess data show ASSESSMENT</translation>
    </message>
    <message>
        <source>There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, WG-11.b; see them with: assess framework show</source>
        <translation>لا يوجد البند {code} في {framework} {version}. رموز البنود على غرار PROS-1 وPROS-1.i وPROT-5 وWG-11.b؛ اطَّلع عليها باستخدام: assess framework show</translation>
    </message>
    <message>
        <source>There is no own indicator {code} in assessment {number}.</source>
        <translation>لا يوجد مؤشر خاص {code} في التقييم {number}.</translation>
    </message>
    <message>
        <source>There is no role {roles} on the server. Create each person&apos;s login first, for example: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; then run setup again.</source>
        <translation>لا يوجد الدور {roles} على الخادم. أنشئ أولًا دور تسجيل دخول لكل شخص، مثلًا: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; ثم شغِّل الأمر setup مرة أخرى.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>This package was written by a newer release of Assess (package format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>كُتبت هذه الحزمة بإصدار أحدث من Assess (صيغة الحزمة {version}؛ ويقرأ هذا الإصدار الصيغة {supported}). ثبِّت الإصدار الأحدث لاستيرادها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Unknown command {command}; see assess --help.</source>
        <translation>الأمر {command} غير معروف؛ انظر assess --help.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use a4 or letter.</source>
        <translation>حجم الورق {paper} غير معروف؛ استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {choices}.</source>
        <translation>الركيزة {pillars} غير معروفة؛ استخدم إحدى القيم التالية: {choices}.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {roots}.</source>
        <translation>الركيزة {pillars} غير معروفة؛ استخدم إحدى القيم التالية: {roots}.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium or low.</source>
        <translation>الأولوية {priority} غير معروفة؛ استخدم high أو medium أو low.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium, low or none.</source>
        <translation>الأولوية {priority} غير معروفة؛ استخدم high أو medium أو low أو none.</translation>
    </message>
    <message>
        <source>Unknown report format {format}; use one of {formats}.</source>
        <translation>صيغة التقرير {format} غير معروفة؛ استخدم إحدى الصيغ التالية: {formats}.</translation>
    </message>
    <message>
        <source>Unknown sslmode {sslmode}; use one of {modes}.</source>
        <translation>القيمة {sslmode} للإعداد sslmode غير معروفة؛ استخدم إحدى القيم التالية: {modes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of {statuses}.</source>
        <translation>الحالة {status} غير معروفة؛ استخدم إحدى القيم التالية: {statuses}.</translation>
    </message>
    <message>
        <source>Unknown unit {unit}; use one of {units}.</source>
        <translation>وحدة غير معروفة {unit}؛ استخدموا إحدى الوحدات التالية: {units}.</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file path or a postgresql:// URL.</source>
        <translation>نوع قاعدة البيانات {backend} غير مدعوم: استخدم مسار ملف SQLite أو عنوانًا يبدأ بـ postgresql://.</translation>
    </message>
    <message>
        <source>Give one --by at a time: figures are broken down by one dimension at a time (a figure for {one}, another for {other}), not by combinations.</source>
        <translation>أعطوا --by واحداً في كل مرة: تُصنَّف الأرقام حسب بُعد واحد في كل مرة (رقم لـ {one} وآخر لـ {other})، لا حسب تركيبات منها.</translation>
    </message>
    <message>
        <source>Unknown direction {direction}; use one of {choices}.</source>
        <translation>اتجاه غير معروف {direction}؛ استخدموا أحد ما يلي: {choices}.</translation>
    </message>
    <message>
        <source>Write --by as DIMENSION=CATEGORY, for example {example}.</source>
        <translation>اكتبوا --by على شكل البُعد=الفئة، مثلاً {example}.</translation>
    </message>
    <message>
        <source>Writing the package was cancelled; no file was written.</source>
        <translation>أُلغيت كتابة الحزمة؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>شرطة مائلة عكسية</translation>
    </message>
    <message>
        <source>a count must be a whole number</source>
        <translation>يجب أن يكون العدد رقماً صحيحاً</translation>
    </message>
    <message>
        <source>a path that leaves the package</source>
        <translation>مسار يخرج عن الحزمة</translation>
    </message>
    <message>
        <source>a percentage must lie between 0 and 100</source>
        <translation>يجب أن تكون النسبة المئوية بين 0 و100</translation>
    </message>
    <message>
        <source>a response marked N/A must have no scores and a justification</source>
        <translation>البند الموسوم بـ «لا ينطبق» يجب ألا تكون له درجات، ويجب أن يكون له تعليل</translation>
    </message>
    <message>
        <source>a suggestion is not quoted from a source; remove &quot;source&quot; or make the provenance &quot;source&quot;</source>
        <translation>الاقتراح ليس اقتباساً من مصدر؛ احذف &quot;source&quot; أو اجعل المصدر &quot;source&quot;</translation>
    </message>
    <message>
        <source>a yes/no figure must be 1 (yes) or 0 (no)</source>
        <translation>يجب أن تكون قيمة نعم/لا 1 (نعم) أو 0 (لا)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>مسار مطلق</translation>
    </message>
    <message>
        <source>an empty or &apos;.&apos; path part</source>
        <translation>جزء فارغ أو «.» في المسار</translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation>لا يمكن ربط بند بنفسه</translation>
    </message>
    <message>
        <source>assess server setup is for a shared PostgreSQL database: give it with --db postgresql+psycopg://OWNER@HOST/DATABASE. An SQLite file needs no roles.</source>
        <translation>الأمر assess server setup مخصص لقاعدة بيانات PostgreSQL مشتركة: حدِّدها بالخيار --db postgresql+psycopg://OWNER@HOST/DATABASE. لا يحتاج ملف SQLite إلى أدوار.</translation>
    </message>
    <message>
        <source>byte {position}</source>
        <translation>البايت {position}</translation>
    </message>
    <message>
        <source>characters a package member never has</source>
        <translation>محارف لا ترد أبدًا في أسماء عناصر الحزمة</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>محارف تحكم</translation>
    </message>
    <message>
        <source>country or entity</source>
        <translation>البلد أو الكيان</translation>
    </message>
    <message>
        <source>dimension {dimension} is listed twice</source>
        <translation>البُعد {dimension} مذكور مرتين</translation>
    </message>
    <message>
        <source>dimension {dimension} is not declared under dimensions</source>
        <translation>البُعد {dimension} غير مُعلَن ضمن dimensions</translation>
    </message>
    <message>
        <source>entries of provenance &quot;suggestion&quot; need &quot;suggestion_note&quot;, saying whose suggestions they are</source>
        <translation>تحتاج الإدخالات ذات المصدر &quot;suggestion&quot; إلى &quot;suggestion_note&quot; يبيّن الجهة التي اقترحتها</translation>
    </message>
    <message>
        <source>every value from {low} to {high} needs exactly one level</source>
        <translation>تحتاج كل قيمة من {low} إلى {high} إلى مستوى واحد بالضبط</translation>
    </message>
    <message>
        <source>expected a JSON object describing a framework</source>
        <translation>المتوقع كائن JSON يصف إطارًا</translation>
    </message>
    <message>
        <source>has {count} entries; at least {limit} are needed</source>
        <translation>عدد المدخلات {count}؛ ويلزم {limit} على الأقل</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>عدد المدخلات {count}؛ والحد الأقصى المسموح به {limit}</translation>
    </message>
    <message>
        <source>holds fields this format does not have</source>
        <translation>يضم حقولًا ليست في هذه الصيغة</translation>
    </message>
    <message>
        <source>indicator&apos;s definition</source>
        <translation>تعريف المؤشر</translation>
    </message>
    <message>
        <source>indicator&apos;s name</source>
        <translation>اسم المؤشر</translation>
    </message>
    <message>
        <source>is not a valid value here</source>
        <translation>القيمة غير صالحة هنا</translation>
    </message>
    <message>
        <source>item code {code} is used twice (first at {first})</source>
        <translation>رمز البند {code} مستخدم مرتين (أول مرة في {first})</translation>
    </message>
    <message>
        <source>items are nested more than {limit} levels deep</source>
        <translation>عدد مستويات تداخل البنود يتجاوز {limit}</translation>
    </message>
    <message>
        <source>law and institutions</source>
        <translation>القانون والمؤسسات</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>القانون {law}، الممارسة {practice}</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}, rationale {rationale}</source>
        <translation>القانون {law}، الممارسة {practice}، التعليل {rationale}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <source>marks the {field} as editorial, but the item has no {field}</source>
        <translation>يصف {field} بأنه تحريري، لكن البند ليس فيه {field}</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>يجب أن تكون قيمة min أصغر من قيمة max</translation>
    </message>
    <message>
        <source>more than {limit} items</source>
        <translation>عدد البنود يتجاوز {limit}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن يكون رقماً</translation>
    </message>
    <message>
        <source>must be {versions}, a format version this release reads</source>
        <translation>يجب أن يكون {versions}، وهو إصدار من الصيغة يقرؤه هذا الإصدار من Assess</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالباً</translation>
    </message>
    <message>
        <source>needs at least one of {names}</source>
        <translation>يلزم واحد على الأقل من: {names}</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>no item is assessable, so there is nothing to score</source>
        <translation>لا يوجد بند قابل للتقييم، فلا شيء تُمنح له درجات</translation>
    </message>
    <message>
        <source>no such file; check the path</source>
        <translation>الملف غير موجود؛ تحقَّق من المسار</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>not an Assess framework file (expected &quot;format&quot;: &quot;assess-framework&quot;)</source>
        <translation>ليس ملف إطار Assess (المتوقع &quot;format&quot;: &quot;assess-framework&quot;)</translation>
    </message>
    <message>
        <source>not valid JSON for a framework: a number has far too many digits</source>
        <translation>ليس JSON صالحًا لإطار: أحد الأعداد يتضمن أرقامًا أكثر بكثير مما ينبغي</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>ليس JSON صالحًا: {reason}</translation>
    </message>
    <message>
        <source>not_applicable must be true or false.</source>
        <translation>يجب أن تكون قيمة not_applicable هي true أو false.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>الممارسة</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>quality note</source>
        <translation>ملاحظة عن الجودة</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>score in law and institutions</source>
        <translation>الدرجة في القانون والمؤسسات</translation>
    </message>
    <message>
        <source>score in practice</source>
        <translation>الدرجة في الممارسة</translation>
    </message>
    <message>
        <source>scores or N/A</source>
        <translation>الدرجات أو عدم الانطباق</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>tag {tag} names no item</source>
        <translation>الوسم {tag} لا يشير إلى أي بند</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>technical assistance needed</source>
        <translation>المساعدة التقنية المطلوبة</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (items may be nested at most {limit} levels)</source>
        <translation>تداخل JSON عميق أكثر مما ينبغي (الحد الأقصى لعدد مستويات تداخل البنود {limit})</translation>
    </message>
    <message>
        <source>the code {code} is already used at {first}; give each indicator a code of its own</source>
        <translation>الرمز {code} مستخدم بالفعل في {first}؛ أعطِ كل مؤشر رمزاً خاصاً به</translation>
    </message>
    <message>
        <source>the default target must lie on the scale</source>
        <translation>يجب أن يقع الهدف الافتراضي على السلّم</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>تعذَّرت قراءة الملف (الإذن مرفوض)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>تعذَّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>the file is empty; a framework file is a JSON object</source>
        <translation>الملف فارغ؛ ملف الإطار كائن JSON</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 JSON</source>
        <translation>الملف ليس نصًا بترميز UTF-8؛ احفظه بصيغة JSON بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file is {size}; a framework file may be at most {limit}</source>
        <translation>حجم الملف {size}؛ والحد الأقصى لحجم ملف الإطار {limit}</translation>
    </message>
    <message>
        <source>the provenance is &quot;source&quot; but no source is given; add &quot;source&quot; or make the provenance &quot;suggestion&quot;</source>
        <translation>المصدر المحدد هو &quot;source&quot; لكن لم يُذكر أي مصدر؛ أضِف &quot;source&quot; أو اجعل المصدر &quot;suggestion&quot;</translation>
    </message>
    <message>
        <source>the text contains an invalid character (a lone \ud800-\udfff escape); fix or remove it</source>
        <translation>يتضمن النص محرفًا غير صالح (تسلسل هروب منفرد من النطاق \ud800-\udfff)؛ صحِّحه أو احذفه</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit} are allowed</source>
        <translation>عدد أحرف النص {length}؛ والحد الأقصى المسموح به {limit}</translation>
    </message>
    <message>
        <source>this is a folder, not a framework file</source>
        <translation>هذا مجلد، وليس ملف إطار</translation>
    </message>
    <message>
        <source>this is not a valid file name</source>
        <translation>هذا ليس اسم ملف صالحًا</translation>
    </message>
    <message>
        <source>this is not an ordinary file; choose a framework .json file</source>
        <translation>هذا ليس ملفًا عاديًا؛ اختر ملف إطار (.json)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>unknown addressee {addressee}; declare it under addressees</source>
        <translation>الجهة المخاطَبة {addressee} غير معروفة؛ أعلِنها ضمن addressees</translation>
    </message>
    <message>
        <source>unknown disaggregation dimension {dimension}; declare it under &quot;disaggregations&quot;</source>
        <translation>بُعد التصنيف {dimension} غير معروف؛ أعلِنه ضمن &quot;disaggregations&quot;</translation>
    </message>
    <message>
        <source>unknown kind {kind}; declare it under kinds</source>
        <translation>النوع {kind} غير معروف؛ أعلِنه ضمن kinds</translation>
    </message>
    <message>
        <source>unknown source document {document}</source>
        <translation>الوثيقة المصدر {document} غير معروفة</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep</source>
        <translation>عدد مستويات تداخل القيم يتجاوز {limit}</translation>
    </message>
    <message>
        <source>write a year (2024) or a range of dates, first and last day (2024-01-01/2024-06-30)</source>
        <translation>اكتبوا سنة (2024) أو نطاق تواريخ، اليوم الأول والأخير (2024-01-01/2024-06-30)</translation>
    </message>
    <message>
        <source>write digits with a point for decimals, for example 1250 or 12.5</source>
        <translation>اكتبوا أرقاماً مع نقطة للكسور العشرية، مثلاً 1250 أو 12.5</translation>
    </message>
    <message>
        <source>written for format version {version}; this release reads version {supported}. Update Assess to load it</source>
        <translation>مكتوب بالإصدار {version} من الصيغة، بينما يقرأ هذا الإصدار من Assess الإصدار {supported}. حدِّث Assess لتحميله</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension}</source>
        <translation>{category} ليست فئة من فئات {dimension}</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} (categories: {known}).</source>
        <translation>{category} ليست فئة من فئات {dimension} (الفئات: {known}).</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} for {code}; its categories are {known}.</source>
        <translation>{category} ليست فئة من فئات {dimension} للمؤشر {code}؛ وفئاته هي {known}.</translation>
    </message>
    <message>
        <source>{code} cannot be an indicator code: use 1 to 60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a capital letter or a digit, for example OWN-1.</source>
        <translation>لا يصلح {code} رمزاً لمؤشر: استخدموا من 1 إلى 60 حرفاً أو رقماً أو «.» أو «_» أو «-»، تبدأ بحرف لاتيني كبير أو برقم، مثلاً OWN-1.</translation>
    </message>
    <message>
        <source>{code} cannot be both N/A and scored; give either scores or N/A with a reason.</source>
        <translation>لا يمكن أن يكون البند {code} غير منطبق وذا درجات في آن واحد؛ أدخل إما الدرجات وإما «لا ينطبق» مع التعليل.</translation>
    </message>
    <message>
        <source>{code} has a figure for {period} by {dimension} = {category}; remove it before leaving that category out.</source>
        <translation>للمؤشر {code} رقم عن {period} حسب {dimension} = {category}؛ احذفوه قبل استبعاد هذه الفئة.</translation>
    </message>
    <message>
        <source>{code} has no breakdowns, only a total; record its figure without a dimension.</source>
        <translation>ليس للمؤشر {code} تصنيفات، بل مجموع فقط؛ سجّلوا رقمه دون بُعد.</translation>
    </message>
    <message>
        <source>{code} holds figures for {count} periods; remove them before removing the indicator.</source>
        <translation>للمؤشر {code} أرقام عن عدد من الفترات ({count})؛ احذفوها قبل حذف المؤشر.</translation>
    </message>
    <message>
        <source>{code} is an indicator of the framework; only the team&apos;s own indicators can be changed.</source>
        <translation>{code} مؤشر من مؤشرات الإطار؛ ولا يمكن تعديل إلا المؤشرات الخاصة بالفريق.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>الرمز {code} يشير إلى سياق، لا إلى بند قابل للتقييم؛ أدخل رموز بنود قابلة للتقييم مثل PROS-1.i أو WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; it cannot be scored.</source>
        <translation>الرمز {code} يشير إلى سياق، لا إلى بند قابل للتقييم؛ ولا يمكن منحه درجات.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>الرمز {code} ليس رمز بند في هذا الإطار؛ أدخل رموز بنود قابلة للتقييم مثل PROS-1.i أو WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is not broken down by {dimension}; its dimensions are {known}.</source>
        <translation>لا يُصنَّف {code} حسب {dimension}؛ وأبعاده هي {known}.</translation>
    </message>
    <message>
        <source>{code} is not one of the assessment&apos;s own indicators; only those can be changed.</source>
        <translation>{code} ليس من المؤشرات الخاصة بالتقييم؛ ولا يمكن تعديل سواها.</translation>
    </message>
    <message>
        <source>{code} names no item</source>
        <translation>الرمز {code} لا يشير إلى أي بند</translation>
    </message>
    <message>
        <source>{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>غيَّر مستخدم آخر البند {code} منذ أن فتحته، ولذلك لم يُحفظ تعديلك. قيمته الآن: {state}. راجعه ثم أعد إجراء تعديلك.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>غيَّر {user} البند {code} منذ أن فتحته، ولذلك لم يُحفظ تعديلك. قيمته الآن: {state}. راجعه ثم أعد إجراء تعديلك.</translation>
    </message>
    <message>
        <source>{code} was changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>تغيَّر البند {code} هنا بعد إعداد الدمج؛ لم يُدمج شيء. أعد إعداد الدمج.</translation>
    </message>
    <message>
        <source>{code} {period}, {where}: {value} is refused; {problem}.</source>
        <translation>{code} {period}، {where}: رُفض {value}؛ {problem}.</translation>
    </message>
    <message>
        <source>{code} {period}: a breakdown by {dimension} (adding up to {sum}) but no total.</source>
        <translation>{code} {period}: تصنيف حسب {dimension} (مجموعه {sum}) دون مجموع كلي.</translation>
    </message>
    <message>
        <source>{code} {period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.</source>
        <translation>{code} {period}: مجموع التصنيف حسب {dimension} هو {sum}، لا المجموع {total}.</translation>
    </message>
    <message>
        <source>{code}: {fields}</source>
        <translation>{code}: {fields}</translation>
    </message>
    <message>
        <source>{count} changes conflict and were not settled ({conflicts}); nothing was merged. Choose mine or theirs for each.</source>
        <translation>عدد التغييرات المتعارضة التي لم تُحسم {count} ({conflicts})؛ لم يُدمج شيء. اختر نسختك أو نسختهم لكل منها.</translation>
    </message>
    <message>
        <source>{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>عدد البنود المتعارضة {count} ({codes})؛ لم يُدمج شيء. احسمها كلها بالخيار --take mine أو --take theirs، أو واحدًا تلو الآخر في النافذة (ملف &gt; استيراد مساهمة…).</translation>
    </message>
    <message>
        <source>{database} cannot be opened: {reason}.</source>
        <translation>تعذَّر فتح {database}: {reason}.</translation>
    </message>
    <message>
        <source>{database} holds an older Assess schema ({revision}; this release needs {wanted}) that only its owner ({owner}) may upgrade; your database user is {user}. Ask the database owner to run: assess server setup --db URL. Nothing was changed.</source>
        <translation>تضم {database} مخطط Assess أقدم ({revision}؛ ويحتاج هذا الإصدار إلى {wanted}) لا يجوز ترقيته إلا لمالكها ({owner})؛ ومستخدم قاعدة البيانات الخاص بك هو {user}. اطلب من مالك قاعدة البيانات تشغيل: assess server setup --db URL. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{database} holds no Assess tables yet, and your database user {user} may not create them. Ask the database owner to run: assess server setup --db URL</source>
        <translation>لا تضم {database} جداول Assess بعد، ولا يجوز لمستخدم قاعدة البيانات الخاص بك {user} إنشاؤها. اطلب من مالك قاعدة البيانات تشغيل: assess server setup --db URL</translation>
    </message>
    <message>
        <source>{database} is a database, but not an Assess database (it has tables {tables}). Choose another file; nothing was changed.</source>
        <translation>{database} قاعدة بيانات، لكنها ليست قاعدة بيانات Assess (فيها الجداول {tables}). اختر ملفًا آخر؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{database} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>{database} مشغولة: يكتب فيها برنامج آخر. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>{database} is damaged or is not an Assess database. Restore it from a backup; nothing was changed.</source>
        <translation>{database} تالفة أو ليست قاعدة بيانات Assess. استعدها من نسخة احتياطية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{database} is read-only. Copy it somewhere you can write.</source>
        <translation>{database} للقراءة فقط. انسخها إلى مكان يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>{database} was written by a newer release of Assess (schema {revision}). Install the newer release to open it; nothing was changed.</source>
        <translation>كُتبت {database} بإصدار أحدث من Assess (المخطط {revision}). ثبِّت الإصدار الأحدث لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{database}: someone else was saving at the same moment, so this change was not saved. Try again.</source>
        <translation>{database}: كان مستخدم آخر يحفظ في اللحظة نفسها، ولذلك لم يُحفظ هذا التغيير. أعد المحاولة.</translation>
    </message>
    <message>
        <source>{database}: the database reported an error: {reason}</source>
        <translation>{database}: أبلغت قاعدة البيانات عن خطأ: {reason}</translation>
    </message>
    <message>
        <source>{database}: the server refused ({reason}). Your database user may not do this; the database owner grants access with: assess server setup --editor USER or --viewer USER</source>
        <translation>{database}: رفض الخادم الطلب ({reason}). لا يجوز لمستخدم قاعدة البيانات الخاص بك القيام بذلك؛ يمنح مالك قاعدة البيانات صلاحية الوصول باستخدام: assess server setup --editor USER أو --viewer USER</translation>
    </message>
    <message>
        <source>{date} is not a valid date</source>
        <translation>{date} ليس تاريخًا صالحًا</translation>
    </message>
    <message>
        <source>{dimension} is not a dimension of this framework (dimensions: {known}).</source>
        <translation>{dimension} ليس بُعداً من أبعاد هذا الإطار (الأبعاد: {known}).</translation>
    </message>
    <message>
        <source>{field} belongs to format version 2; set format_version to 2 to use it</source>
        <translation>{field} جزء من الإصدار 2 من الصيغة؛ اضبط format_version على 2 لاستخدامه</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>الحقل {field} مفقود</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{file} موجود بالفعل؛ اختر اسم ملف جديدًا (لم يُستبدل أي ملف).</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the demo database.</source>
        <translation>{file} موجود بالفعل؛ اختر اسم ملف جديدًا لقاعدة بيانات النسخة التجريبية.</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>تعذَّرت قراءة {file} (الإذن مرفوض).</translation>
    </message>
    <message>
        <source>{file} cannot be read as a database ({problem}); nothing was changed.</source>
        <translation>تعذَّرت قراءة {file} كقاعدة بيانات ({problem})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>تعذَّرت قراءة {file}: {problem}.</translation>
    </message>
    <message>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} غير موجود أو ليس ملفًا.</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path.</source>
        <translation>{file} غير موجود؛ تحقَّق من المسار.</translation>
    </message>
    <message>
        <source>{file} is a folder; attach the files in it one by one.</source>
        <translation>{file} مجلد؛ أرفق الملفات التي فيه واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of the backup file to write.</source>
        <translation>{file} مجلد؛ حدِّد اسم ملف النسخة الاحتياطية المراد كتابته.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database, but not an Assess database; nothing was changed.</source>
        <translation>{file} قاعدة بيانات SQLite، لكنها ليست قاعدة بيانات Assess؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is damaged (no answer); nothing was changed.</source>
        <translation>{file} تالف (لم يُرجع فحص السلامة أي نتيجة)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} تالف ({problem})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} قيد الاستخدام في برنامج آخر؛ أغلق Assess هناك ثم أعد الاستعادة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>{file} is not an Assess database (it is not an SQLite file); nothing was changed.</source>
        <translation>{file} ليس قاعدة بيانات Assess (فهو ليس ملف SQLite)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} was made from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it came from, or import it as a new assessment.</source>
        <translation>أُعدّ {file} من تقييم آخر ({label}، أُنشئ في {created} بالتوقيت العالمي المنسَّق)، لا من التقييم {number} ({own_label})؛ لم يُدمج شيء. ادمجه في التقييم الذي أُعدّ منه، أو استورده كتقييم جديد.</translation>
    </message>
    <message>
        <source>{file} was made on framework {framework} {version}, but assessment {number} uses {own_framework} {own_version}; nothing was merged. Import it as a new assessment instead.</source>
        <translation>أُعدّ {file} على الإطار {framework} {version}، بينما يستخدم التقييم {number} الإطار {own_framework} {own_version}؛ لم يُدمج شيء. استورده كتقييم جديد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>{file}, at {location}: {problem}</source>
        <translation>{file}، في {location}: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a different {column} for {code} {period} than on row {first}; give it once, on the total&apos;s row. Nothing was imported.</source>
        <translation>{file}، الصف {row}: قيمة {column} مختلفة للمؤشر {code} عن {period} عمّا في الصف {first}؛ أعطوها مرة واحدة في صف المجموع. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem} Nothing was imported.</source>
        <translation>{file}، الصف {row}: {problem} لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file}, rows {first} and {row} give two figures for the same {code} {period} {what}. Nothing was imported.</source>
        <translation>{file}: يعطي الصفان {first} و{row} رقمين للمؤشر نفسه {code} {period} {what}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}، {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose another place for the report.</source>
        <translation>{folder} ليس مجلدًا؛ اختر مكانًا آخر للتقرير.</translation>
    </message>
    <message>
        <source>{id} is declared twice</source>
        <translation>المعرِّف {id} مُعلَن مرتين</translation>
    </message>
    <message>
        <source>{item} is not an item of this assessment&apos;s framework.</source>
        <translation>{item} ليس بنداً في إطار هذا التقييم.</translation>
    </message>
    <message>
        <source>{label} has a damaged or unsupported password envelope; nothing was changed.</source>
        <translation>غلاف كلمة المرور في {label} تالف أو غير مدعوم؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{label} has been altered or damaged (part {part} of {count} fails its authentication check). Nothing was imported; ask the sender for the file again.</source>
        <translation>عُدِّل {label} أو تلف (الجزء {part} من {count} لم يجتز فحص المصادقة). لم يُستورد شيء؛ اطلب الملف من مرسله مرة أخرى.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete ZIP file). Ask the sender for it again; nothing was imported.</source>
        <translation>{label} تالف أو مبتور (ليس ملف ZIP كاملًا). اطلبه من مرسله مرة أخرى؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is incomplete: it has no {member}. Nothing was imported.</source>
        <translation>{label} غير مكتمل: لا يتضمن {member}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is incomplete: its manifest lists {name}, which is missing. Nothing was imported.</source>
        <translation>{label} غير مكتمل: يذكر بيان محتوياته {name}، وهو مفقود. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is incomplete: the evidence file {name} of {code} is missing.</source>
        <translation>{label} غير مكتمل: ملف الدليل {name} الخاص بالبند {code} مفقود.</translation>
    </message>
    <message>
        <source>{label} is not a password-protected Assess package.</source>
        <translation>{label} ليس حزمة Assess محمية بكلمة مرور.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: عدد عناصره {count}، والحد الأقصى المسموح به {limit}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which its manifest does not list. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: يتضمن {name}، وهو غير مذكور في بيان محتوياته. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which no item refers to. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: يتضمن {name}، ولا يشير إليه أي بند. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its manifest lists {name} twice. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: يذكر بيان محتوياته {name} مرتين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its {member} is not the framework its manifest names. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: {member} فيه ليس الإطار المذكور في بيان محتوياته. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: the evidence file {name} of {code} has two different sizes. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: ملف الدليل {name} الخاص بالبند {code} مُسجَّل بحجمين مختلفين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} holds more than it declares. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: يحتوي {name} على بيانات أكثر مما يُعلنه. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is not named after its SHA-256. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: اسم {name} لا يطابق بصمته SHA-256. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is {size} bytes, but its manifest says {declared}. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess آمنة: حجم {name} هو {size} بايت، لكن بيان المحتويات يذكر {declared}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package (it is not a ZIP file). Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess (فهو ليس ملف ZIP). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package: it has no {member}. Nothing was imported.</source>
        <translation>{label} ليس حزمة Assess: لا يتضمن {member}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is protected by a password; give the password to open it (on the command line: --password-file FILE).</source>
        <translation>{label} محمي بكلمة مرور؛ أدخل كلمة المرور لفتحه (في سطر الأوامر: --password-file FILE).</translation>
    </message>
    <message>
        <source>{label} is truncated (its last encrypted part is incomplete). Ask for the file again.</source>
        <translation>{label} مبتور (الجزء المشفَّر الأخير منه غير مكتمل). اطلب الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>{label} is truncated: its password envelope is incomplete. Ask for the file again.</source>
        <translation>{label} مبتور: غلاف كلمة المرور فيه غير مكتمل. اطلب الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>{label} was protected by a newer release of Assess (envelope version {version}). Install the newer release to open it; nothing was changed.</source>
        <translation>حُمي {label} بإصدار أحدث من Assess (إصدار الغلاف {version}). ثبِّت الإصدار الأحدث لفتحه؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{label}: item {code} is scored {value}, off its scale ({low} to {high}). Nothing was imported.</source>
        <translation>{label}: درجة البند {code} هي {value}، وهي خارج سلّمه (من {low} إلى {high}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem}. Nothing was imported.</source>
        <translation>{label}: البند {code}: {problem}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}: ملف الدليل {name} لا يطابق بصمة SHA-256 المذكورة في بيان المحتويات؛ فقد عُدِّلت الحزمة أو تلفت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} is missing.</source>
        <translation>{label}: ملف الدليل {name} مفقود.</translation>
    </message>
    <message>
        <source>{label}: the figures of {code}: {problem} Nothing was imported.</source>
        <translation>{label}: أرقام {code}: {problem} لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: the indicator {code}: {problem} Nothing was imported.</source>
        <translation>{label}: المؤشر {code}: {problem} لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: the member {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}: العنصر {name} لا يطابق بصمة SHA-256 المذكورة في بيان المحتويات؛ فقد عُدِّلت الحزمة أو تلفت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {member} defines the indicator {code} twice, or over an item or indicator of its framework. Nothing was imported.</source>
        <translation>{label}: يعرّف {member} المؤشر {code} مرتين، أو فوق بند أو مؤشر من إطاره. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {member} gives the figures of {code} for {period} twice. Nothing was imported.</source>
        <translation>{label}: يعطي {member} أرقام {code} عن {period} مرتين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {member} has figures of {code}, which is no indicator of its framework or of the package. Nothing was imported.</source>
        <translation>{label}: يحتوي {member} على أرقام {code}، وهو ليس مؤشراً في إطاره ولا في الحزمة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {member} holds {code}, which is not an assessable item of its framework.</source>
        <translation>{label}: يتضمن {member} الرمز {code}، وهو ليس بندًا قابلًا للتقييم في إطاره.</translation>
    </message>
    <message>
        <source>{label}: {member} lists item {code} twice. Nothing was imported.</source>
        <translation>{label}: يذكر {member} البند {code} مرتين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {name} holds more than the {size} bytes its manifest says.</source>
        <translation>{label}: حجم {name} يتجاوز الحجم المذكور في بيان المحتويات ({size} بايت).</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Ask the sender for the file again.</source>
        <translation>{label}: {name} تالف ({error}). اطلب الملف من مرسله مرة أخرى.</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Nothing was imported.</source>
        <translation>{label}: {name} تالف ({error}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {name} is not valid JSON ({error}). Nothing was imported.</source>
        <translation>{label}: {name} ليس JSON صالحًا ({error}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{member} is not part of an Assess package (it does not say format {format}).</source>
        <translation>{member} ليس جزءًا من حزمة Assess (لا يذكر الصيغة {format}).</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem}</source>
        <translation>{member}، في {where}: {problem}</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem} (and {count} more problems)</source>
        <translation>{member}، في {where}: {problem} (ومشكلات أخرى عددها {count})</translation>
    </message>
    <message>
        <source>{member}: {problem}</source>
        <translation>{member}: {problem}</translation>
    </message>
    <message>
        <source>{member}: {problem} (and {count} more problems)</source>
        <translation>{member}: {problem} (ومشكلات أخرى عددها {count})</translation>
    </message>
    <message>
        <source>{name} grew past the size limit while it was being read; nothing was added.</source>
        <translation>تجاوز حجم {name} الحد المسموح به أثناء قراءته؛ لم يُضَف شيء.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it.</source>
        <translation>في {name} أكثر من {limit} صف؛ قسّموه.</translation>
    </message>
    <message>
        <source>{name} has no column {columns} in its first row; fill in the sheet that assess data template writes.</source>
        <translation>ليس في الصف الأول من {name} العمود {columns}؛ املؤوا الجدول الذي يكتبه الأمر assess data template.</translation>
    </message>
    <message>
        <source>{name} is a superuser or owns the Assess tables, so it can always change them and cannot be a viewer. Give each viewer a login role of their own.</source>
        <translation>{name} مستخدم فائق الصلاحيات أو مالك جداول Assess، ولذلك يمكنه دائمًا تغييرها ولا يمكن أن يكون من أصحاب صلاحية القراءة فقط. امنح كل صاحب صلاحية قراءة دورَ تسجيل دخول خاصًا به.</translation>
    </message>
    <message>
        <source>{name} is empty; fill in the template from: assess data template</source>
        <translation>{name} فارغ؛ املؤوا النموذج الذي يعطيه الأمر: assess data template</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it into smaller sheets.</source>
        <translation>حجم {name} أكبر من {limit} ميغابايت؛ قسّموه إلى جداول أصغر.</translation>
    </message>
    <message>
        <source>{name} is neither a .csv nor an .xlsx file; give one of those.</source>
        <translation>ليس {name} ملف ‎.csv ولا ملف ‎.xlsx؛ أعطوا أحدهما.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>ليس {name} نصاً بترميز UTF-8؛ احفظوه بصيغة «CSV UTF-8» واستوردوه من جديد.</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file ({problem}).</source>
        <translation>ليس {name} ملف CSV صالحاً ({problem}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook (or it is damaged).</source>
        <translation>ليس {name} مصنفاً بصيغة XLSX (أو أنه تالف).</translation>
    </message>
    <message>
        <source>{name} is required but missing</source>
        <translation>الحقل {name} مطلوب لكنه مفقود</translation>
    </message>
    <message>
        <source>{name} is {size}; evidence files may be at most {limit}. Attach a smaller extract, or raise the limit (max_evidence_mb in settings.json).</source>
        <translation>حجم {name} هو {size}؛ والحد الأقصى لحجم ملفات الأدلة {limit}. أرفق مقتطفًا أصغر، أو ارفع الحد (max_evidence_mb في settings.json).</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it is not a sheet of figures.</source>
        <translation>يتجاوز {name} بعد فك ضغطه {limit} ميغابايت؛ فهو ليس جدول أرقام.</translation>
    </message>
    <message>
        <source>{path} (indicator {code})</source>
        <translation>{path} (المؤشر {code})</translation>
    </message>
    <message>
        <source>{path} (item {code})</source>
        <translation>{path} (البند {code})</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{path} موجود بالفعل؛ اختر اسم ملف جديدًا (لم يُستبدل أي ملف).</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>تعذَّرت قراءة {path} (الإذن مرفوض).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>تعذَّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file; check the path.</source>
        <translation>{path} غير موجود أو ليس ملفاً؛ تحققوا من المسار.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} غير موجود؛ تحقَّق من المسار.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of a .sqlite file.</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات. أدخل مسار ملف بامتداد .sqlite.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the package file to write.</source>
        <translation>{path} مجلد؛ حدِّد اسم ملف الحزمة المراد كتابته.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the report file to write, e.g. {example}</source>
        <translation>{path} مجلد؛ حدِّد اسم ملف التقرير المراد كتابته، مثلًا {example}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ليس ملفًا.</translation>
    </message>
    <message>
        <source>{path} is not an Assess database (it is not an SQLite file). Check the path; nothing was changed.</source>
        <translation>{path} ليس قاعدة بيانات Assess (فهو ليس ملف SQLite). تحقَّق من المسار؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} is read-only. Copy it somewhere you can write, or change its permissions.</source>
        <translation>{path} للقراءة فقط. انسخه إلى مكان يمكنك الكتابة فيه، أو غيِّر أذوناته.</translation>
    </message>
    <message>
        <source>{path} is too large to be a password file; put the password on its first line.</source>
        <translation>{path} أكبر من أن يكون ملف كلمة مرور؛ ضع كلمة المرور في سطره الأول.</translation>
    </message>
    <message>
        <source>{period}: quality note</source>
        <translation>{period}: ملاحظة عن الجودة</translation>
    </message>
    <message>
        <source>{period}: source</source>
        <translation>{period}: المصدر</translation>
    </message>
    <message>
        <source>{period}: total</source>
        <translation>{period}: المجموع</translation>
    </message>
    <message>
        <source>{period}: {dimension} = {category}</source>
        <translation>{period}: {dimension} = {category}</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} ليس رقم منفذ (من 1 إلى 65535).</translation>
    </message>
    <message>
        <source>{prefix} cannot start a role name: use lower-case letters, digits and _ (for example assess).</source>
        <translation>لا يمكن أن يبدأ اسم دور بـ {prefix}: استخدم أحرفًا لاتينية صغيرة وأرقامًا والرمز _ (مثلًا assess).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (ومشكلات أخرى عددها {count})</translation>
    </message>
    <message>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{problem}; remove it or check its spelling</source>
        <translation>{problem}؛ احذفه أو تحقَّق من تهجئته</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} ك.بايت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} م.بايت</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>{text} ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)، مثلًا 2027-06-30.</translation>
    </message>
    <message>
        <source>{url} is not a database URL; expected for example postgresql+psycopg://user@host/db</source>
        <translation>{url} ليس عنوانًا لقاعدة بيانات؛ المتوقع مثلًا postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>{value} has too many digits: at most {digits} before the point and {decimals} after.</source>
        <translation>في {value} أرقام أكثر من اللازم: {digits} على الأكثر قبل النقطة و{decimals} بعدها.</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;pt-BR&quot;</source>
        <translation>{value} ليس رمز لغة مثل &quot;en&quot; أو &quot;fr&quot; أو &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>{value} is not a number; {how}.</source>
        <translation>{value} ليس رقماً؛ {how}.</translation>
    </message>
    <message>
        <source>{value} is not a period; {how}.</source>
        <translation>{value} ليس فترة؛ {how}.</translation>
    </message>
    <message>
        <source>{value} is not a valid time.</source>
        <translation>{value} ليس وقتًا صالحًا.</translation>
    </message>
    <message>
        <source>{value} is not an assessment id; see the ids with: assess list</source>
        <translation>{value} ليس معرِّف تقييم؛ اطَّلع على المعرِّفات باستخدام: assess list</translation>
    </message>
    <message>
        <source>{value} names a day that does not exist; {how}.</source>
        <translation>يشير {value} إلى يوم غير موجود؛ {how}.</translation>
    </message>
    <message>
        <source>{where}.addressee (item {code})</source>
        <translation>{where}.addressee (البند {code})</translation>
    </message>
    <message>
        <source>{where}.dimensions (item {code})</source>
        <translation>{where}.dimensions (البند {code})</translation>
    </message>
    <message>
        <source>{where}.editorial (item {code})</source>
        <translation>{where}.editorial (البند {code})</translation>
    </message>
    <message>
        <source>{where}.kind (item {code})</source>
        <translation>{where}.kind (البند {code})</translation>
    </message>
    <message>
        <source>{where}.source (item {code})</source>
        <translation>{where}.source (البند {code})</translation>
    </message>
    <message>
        <source>{where}.tags (item {code})</source>
        <translation>{where}.tags (البند {code})</translation>
    </message>
    <message>
        <source>A workbook cannot be protected by a password: the institution could not fill it in. Leave out --password-file, or send a package (.assess) instead.</source>
        <translation>لا يمكن حماية المصنف بكلمة مرور: لن تتمكن المؤسسة من ملئه. احذف --password-file، أو أرسل حزمة (.assess) بدلًا منه.</translation>
    </message>
    <message>
        <source>A workbook carries no evidence files.</source>
        <translation>لا يحمل المصنف ملفات أدلة.</translation>
    </message>
    <message>
        <source>A workbook has no password; leave out --password-file.</source>
        <translation>ليست للمصنف كلمة مرور؛ احذف --password-file.</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from: give --into ASSESSMENT (assess list shows them).</source>
        <translation>يُدمج المصنف في التقييم الذي أُرسل منه: حدِّد --into ASSESSMENT (يعرضها الأمر assess list).</translation>
    </message>
    <message>
        <source>Assess package</source>
        <translation>حزمة Assess</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell} holds a formula; its text was taken as typed, never calculated.</source>
        <translation>الورقة {sheet}، الخلية {cell}: تحتوي على صيغة؛ أُخذ نصها كما كُتب ولم يُحسب أبدًا.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell}: the {what} of {code} was changed in the workbook; the change was ignored (the checklist stays as it is).</source>
        <translation>الورقة {sheet}، الخلية {cell}: غُيِّر {what} للبند {code} في المصنف؛ وتم تجاهل التغيير (تبقى قائمة المراجعة كما هي).</translation>
    </message>
    <message>
        <source>Sheet {sheet}: the row of {code} is missing, so nothing was taken for it.</source>
        <translation>الورقة {sheet}: صفّ البند {code} مفقود، فلم يُؤخذ له شيء.</translation>
    </message>
    <message>
        <source>The {field} of {code} holds a control character that a spreadsheet cannot hold. Remove it, or send this part as a package. No workbook was written.</source>
        <translation>الحقل «{field}» للبند {code} يحتوي على محرف تحكم لا يمكن لجدول البيانات أن يحمله. احذفه، أو أرسل هذا الجزء في حزمة. لم يُكتب أي مصنف.</translation>
    </message>
    <message>
        <source>The {field} of {code} is {length} characters long; a spreadsheet cell holds at most {limit}. Shorten it, or send this part as a package. No workbook was written.</source>
        <translation>يبلغ طول الحقل «{field}» للبند {code} {length} محرفًا؛ ولا تتسع خلية جدول البيانات لأكثر من {limit}. اختصره، أو أرسل هذا الجزء في حزمة. لم يُكتب أي مصنف.</translation>
    </message>
    <message>
        <source>This workbook was written by a newer release of Assess (workbook format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>كُتب هذا المصنف بإصدار أحدث من Assess (صيغة المصنف {version}؛ وهذا الإصدار يقرأ الصيغة {supported}). ثبّت الإصدار الأحدث لاستيراده؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {cell}, or clear this cell</source>
        <translation>ذُكر سبب لعدم الانطباق، لكن البند غير موسوم بأنه لا ينطبق: اختر «لا ينطبق» في الخلية {cell}، أو أفرغ هذه الخلية</translation>
    </message>
    <message>
        <source>a value in a column Assess did not write</source>
        <translation>قيمة في عمود لم يكتبه Assess</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>it holds a formula ({formula}), and formulas are never calculated on import: type the value itself</source>
        <translation>تحتوي على صيغة ({formula})، والصيغ لا تُحسب أبدًا عند الاستيراد: اكتب القيمة نفسها</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {problem}</source>
        <translation>الورقة {sheet}، الخلية {cell}: {problem}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>the hidden column {column} was changed ({problem})</source>
        <translation>غُيِّر العمود المخفي {column} ({problem})</translation>
    </message>
    <message>
        <source>the hidden columns of this row were changed</source>
        <translation>غُيِّرت الأعمدة المخفية في هذا الصف</translation>
    </message>
    <message>
        <source>the item is marked N/A and also scored ({cells}): clear the scores or the N/A</source>
        <translation>البند موسوم بأنه لا ينطبق وله درجات أيضًا ({cells}): امسح الدرجات أو وسم عدم الانطباق</translation>
    </message>
    <message>
        <source>the item is marked N/A: say why in this cell</source>
        <translation>البند موسوم بأنه لا ينطبق: اذكر السبب في هذه الخلية</translation>
    </message>
    <message>
        <source>this row has answers but no item code</source>
        <translation>في هذا الصف إجابات لكن لا رمز بند فيه</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>{code} is already in row {row}: each item has one row</source>
        <translation>{code} موجود في الصف {row}: لكل بند صفّ واحد</translation>
    </message>
    <message>
        <source>{code} is not an item this workbook was sent with</source>
        <translation>{code} ليس من البنود التي أُرسل بها هذا المصنف</translation>
    </message>
    <message>
        <source>{file} was sent from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it was sent from.</source>
        <translation>أُرسل {file} من تقييم آخر ({label}، أُنشئ في {created} UTC)، لا من التقييم {number} ({own_label})؛ لم يُدمج شيء. ادمجه في التقييم الذي أُرسل منه.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells (and look for more of the kind), then import it again: {problems}.</source>
        <translation>لا يمكن استيراد {label} بعد، ولم يتغيّر شيء. صحّح هذه الخلايا (وابحث عن غيرها من النوع نفسه)، ثم استورده مرة أخرى: {problems}.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells, then import it again: {problems}.</source>
        <translation>لا يمكن استيراد {label} بعد، ولم يتغيّر شيء. صحّح هذه الخلايا، ثم استورده مرة أخرى: {problems}.</translation>
    </message>
    <message>
        <source>{label} could not be read as a workbook ({error}). Save it again as an Excel Workbook (.xlsx), or ask for the file again. Nothing was imported.</source>
        <translation>تعذّرت قراءة {label} بوصفه مصنفًا ({error}). احفظه مرة أخرى بصيغة مصنف Excel (.xlsx)، أو اطلب الملف من جديد. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} has no sheet {sheet}, where the answers are: a sheet was renamed or deleted. Nothing was imported.</source>
        <translation>لا توجد في {label} الورقة {sheet} التي تضم الإجابات: أُعيدت تسمية ورقة أو حُذفت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} holds no answers: its sheet {sheet} has no rows of items. Nothing was imported.</source>
        <translation>لا يضم {label} أي إجابات: ورقته {sheet} لا صفوف بنود فيها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) (in LibreOffice Calc: File &gt; Save As, file type Excel 2007-365) and import that file. Nothing was imported.</source>
        <translation>{label} جدول بيانات بصيغة OpenDocument (.ods). احفظه بصيغة مصنف Excel (.xlsx) (في LibreOffice Calc: ملف &gt; حفظ باسم، النوع Excel 2007-365) واستورد ذلك الملف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete workbook). Ask for the file again; nothing was imported.</source>
        <translation>{label} تالف أو مبتور (ليس مصنفًا كاملًا). اطلب الملف من جديد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is in the old Excel 97-2003 format, or protected with a password. Save it as an Excel Workbook (.xlsx) without a password, and import that file. Nothing was imported.</source>
        <translation>{label} بصيغة Excel 97-2003 القديمة، أو محمي بكلمة مرور. احفظه بصيغة مصنف Excel (.xlsx) دون كلمة مرور، واستورد ذلك الملف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe workbook: its part {name} declares a document type or entities, which spreadsheet programs never write. Nothing was imported.</source>
        <translation>{label}: ملف مصنف غير آمن: الجزء {name} فيه يُعلن نوع مستند أو كيانات، وهو ما لا تكتبه برامج جداول البيانات أبدًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds a member named {name} ({why}). Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: يتضمن عنصرًا اسمه {name} ({why}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds the member {name} twice. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: يتضمن العنصر {name} مرتين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: عدد عناصره {count}، والحد الأقصى المسموح به {limit}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} gives two different sizes. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه مُسجَّل بحجمين مختلفين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a folder, not a file. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه مجلد، وليس ملفًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a special file, not a file. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه ملف خاص، وليس ملفًا عاديًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a symbolic link, not a file. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه رابط رمزي، وليس ملفًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is encrypted with a ZIP password. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه مشفَّر بكلمة مرور ZIP. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} overlaps another member. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه يتداخل مع عنصر آخر. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} uses an unsupported compression. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: العنصر {name} فيه يستخدم طريقة ضغط غير مدعومة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would decompress to {size} (limit {limit}). Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: سيبلغ حجم العنصر {name} فيه بعد فك الضغط {size} (الحد الأقصى {limit}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would expand {ratio} times when decompressed (at most {limit} allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: سيتضخم العنصر {name} فيه عند فك ضغطه بمعامل {ratio} (والحد الأقصى المسموح به {limit}): إنه «قنبلة ZIP». لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would decompress to more than {limit} in all. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: سيتجاوز الحجم الإجمالي لعناصره بعد فك الضغط {limit}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would expand {ratio} times when decompressed, to {size} (at most {limit} times allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label}: ملف {container} غير آمن: ستتضخم عناصره عند فك ضغطها بمعامل {ratio} لتبلغ {size} (والحد الأقصى المسموح به للمعامل {limit}): إنها «قنبلة ZIP». لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx). Import the workbook the secretariat sent, filled in and saved as an Excel Workbook (.xlsx). Nothing was imported.</source>
        <translation>{label} ليس مصنفًا (.xlsx). استورد المصنف الذي أرسلته الأمانة بعد ملئه وحفظه بصيغة مصنف Excel (.xlsx). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx): it is a ZIP file of another kind. Nothing was imported.</source>
        <translation>{label} ليس مصنفًا (.xlsx): إنه ملف ZIP من نوع آخر. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} is {size} bytes; a contribution workbook is never larger than {limit} bytes. Nothing was imported.</source>
        <translation>حجم {label} هو {size} بايت؛ ولا يتجاوز مصنف المساهمة أبدًا {limit} بايت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} was not written by Assess (it has no hidden sheet {sheet}). Only a workbook written with Send part to an institution (or assess export ... --out FILE.xlsx) can be imported. Nothing was imported.</source>
        <translation>لم يكتب Assess الملف {label} (لا توجد فيه الورقة المخفية {sheet}). لا يمكن استيراد إلا مصنف كُتب بالأمر إرسال جزء إلى مؤسسة (أو assess export ... --out FILE.xlsx). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label} was sent from an assessment on framework {framework} {version}, which this database does not have: merge it into the assessment it was sent from, in the database it was sent from. Nothing was imported.</source>
        <translation>أُرسل {label} من تقييم قائم على الإطار {framework} {version}، وهو غير موجود في قاعدة البيانات هذه: ادمجه في التقييم الذي أُرسل منه، في قاعدة البيانات التي أُرسل منها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} lists columns this release does not read. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: تذكر ورقته المخفية {sheet} أعمدة لا يقرأها هذا الإصدار. اطلب من الأمانة مصنفًا جديدًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged ({problem}). Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: غُيِّرت ورقته المخفية {sheet} أو تلفت ({problem}). اطلب من الأمانة مصنفًا جديدًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged, so the workbook cannot be matched to its assessment. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: غُيِّرت ورقته المخفية {sheet} أو تلفت، فلا يمكن ربط المصنف بتقييمه. اطلب من الأمانة مصنفًا جديدًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: a column Assess did not write ({found}). Move what it holds into the answer columns, delete it, then import again. Nothing was imported.</source>
        <translation>{label}: الورقة {sheet}، الخلية {cell}: عمود لم يكتبه Assess ({found}). انقل ما فيه إلى أعمدة الإجابات، واحذفه، ثم استورد مرة أخرى. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the column {expected} is not where it was sent ({found} is there instead): columns were deleted or moved. Put them back as they were sent, then import again. Nothing was imported.</source>
        <translation>{label}: الورقة {sheet}، الخلية {cell}: العمود {expected} ليس حيث أُرسل (يوجد مكانه {found}): حُذفت أعمدة أو نُقلت. أعدها كما أُرسلت، ثم استورد مرة أخرى. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the hidden column {expected} is not where it was sent ({found} is there instead), so hidden columns were deleted or moved and what was sent cannot be known. Ask the secretariat for a new workbook and copy your answers into it. Nothing was imported.</source>
        <translation>{label}: الورقة {sheet}، الخلية {cell}: العمود المخفي {expected} ليس حيث أُرسل (يوجد مكانه {found})، أي أن أعمدة مخفية حُذفت أو نُقلت ولم يعد ممكنًا معرفة ما أُرسل. اطلب من الأمانة مصنفًا جديدًا وانسخ إجاباتك إليه. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the workbook file to write.</source>
        <translation>{path} مجلد؛ اذكر اسم ملف المصنف المراد كتابته.</translation>
    </message>
    <message>
        <source>{value} is not a choice here: choose {choice} from the list or leave the cell empty</source>
        <translation>{value} ليس خيارًا هنا: اختر {choice} من القائمة أو اترك الخلية فارغة</translation>
    </message>
    <message>
        <source>{value} is not a date: type a date such as {example}</source>
        <translation>{value} ليس تاريخًا: اكتب تاريخًا مثل {example}</translation>
    </message>
    <message>
        <source>{value} is not a priority: choose {choices} from the list</source>
        <translation>{value} ليس أولوية: اختر {choices} من القائمة</translation>
    </message>
    <message>
        <source>{value} is not a score: choose a level from {low} to {high} from the list</source>
        <translation>{value} ليس درجة: اختر من القائمة مستوى من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{value} is off the scale ({low} to {high}): choose a level from the list</source>
        <translation>{value} خارج السلم ({low} إلى {high}): اختر مستوى من القائمة</translation>
    </message>
    <message>
        <source>The package would hold {count} evidence files; a package may hold at most {limit}. Send the part in pieces (a few pillars at a time); nothing was written.</source>
        <translation>ستحتوي الحزمة على {count} من ملفات الأدلة، ولا يجوز أن تحتوي الحزمة على أكثر من {limit}. أرسل الجزء على دفعات (بضعة محاور في كل مرة)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The package&apos;s framework {framework} {version} differs from the one of that id and version in this database; nothing was imported. Ask the sender which framework they used.</source>
        <translation>يختلف إطار الحزمة {framework} {version} عن الإطار الذي يحمل المعرّف والإصدار نفسيهما في قاعدة البيانات هذه؛ لم يُستورد شيء. اسأل المرسل عن الإطار الذي استخدمه.</translation>
    </message>
    <message>
        <source>The {what} holds a NUL character (\x00), which no text may hold; remove it.</source>
        <translation>يحتوي الحقل «{what}» على المحرف NUL ‏(\x00)، ولا يجوز أن يحتويه أي نص؛ احذفه.</translation>
    </message>
    <message>
        <source>The {what} holds a character that is not valid text ({char}), for example a byte that is not UTF-8 from a command line or a file name; retype it.</source>
        <translation>يحتوي الحقل «{what}» على محرف ليس نصًا صالحًا ({char})، مثل بايت ليس بترميز UTF-8 آتٍ من سطر أوامر أو من اسم ملف؛ أعد كتابته.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path; nothing was created (assess new creates a database).</source>
        <translation>لا توجد قاعدة بيانات في {path}. تحقق من المسار؛ لم يُنشأ شيء (الأمر assess new يُنشئ قاعدة بيانات).</translation>
    </message>
    <message>
        <source>This database holds a changed copy of the built-in framework {key} {version}; Assess will not use it. Restore a backup from before the change.</source>
        <translation>تحتوي قاعدة البيانات هذه على نسخة معدّلة من الإطار المدمج {key} {version}؛ ولن يستخدمها Assess. استعد نسخة احتياطية من قبل التعديل.</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>جدولًا</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>مُشغِّلًا</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>عرضًا</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>فهرسًا</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>institution name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <source>legal citation</source>
        <translation>الاستشهاد القانوني</translation>
    </message>
    <message>
        <source>link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>the file holds more than {limit} JSON values, more than a framework may</source>
        <translation>يحتوي الملف على أكثر من {limit} قيمة JSON، وهو أكثر مما يجوز لإطار</translation>
    </message>
    <message>
        <source>the text contains a NUL character (\u0000), which no text may hold; remove it</source>
        <translation>يحتوي النص على المحرف NUL ‏(\u0000)، ولا يجوز أن يحتويه أي نص؛ احذفه</translation>
    </message>
    <message>
        <source>{database} holds {kind} named {name} that Assess did not create: it could change or erase data behind its back, so Assess will not use this database. Nothing was changed; use a backup you trust, or have it removed.</source>
        <translation>تحتوي {database} على {kind} باسم {name} لم يُنشئه Assess: قد يغيّر البيانات أو يمحوها من دون علمه، لذلك لن يستخدم Assess قاعدة البيانات هذه. لم يتغير شيء؛ استخدم نسخة احتياطية تثق بها، أو اطلب إزالته.</translation>
    </message>
    <message>
        <source>{file} is in use by another program (process {process}); close Assess there and restore again. Nothing was changed.</source>
        <translation>يستخدم برنامج آخر {file} (العملية {process})؛ أغلق Assess هناك وأعد الاستعادة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{key} is the id of the built-in framework; a framework of your own needs an id of its own. Change the id in the file and import it again; nothing was changed.</source>
        <translation>{key} هو معرّف الإطار المدمج؛ ويحتاج إطارك الخاص إلى معرّف خاص به. غيّر المعرّف في الملف واستورده من جديد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{label}: a link of {code}: {problem} Nothing was imported.</source>
        <translation>{label}: رابط للبند {code}: {problem} لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: evidence of {code} that is not a link gives a link. Nothing was imported.</source>
        <translation>{label}: دليل للبند {code} ليس رابطًا يتضمن رابطًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem} Nothing was imported.</source>
        <translation>{label}: البند {code}: {problem} لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {member} holds a text with a character no text may hold (a NUL or a broken character: {text}). Nothing was imported.</source>
        <translation>{label}: يحتوي {member} على نص فيه محرف لا يجوز أن يحتويه أي نص (المحرف NUL أو محرف تالف: {text}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{label}: {member} holds more than {limit} JSON values, more than any package does. Nothing was imported.</source>
        <translation>{label}: يحتوي {member} على أكثر من {limit} قيمة JSON، وهو أكثر مما تحتويه أي حزمة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, shares or scripts are refused).</source>
        <translation>{url} ليس عنوان ويب ولا عنوان بريد إلكتروني؛ يبدأ الرابط بـ http://‎ أو https://‎ أو mailto:‎ (تُرفض الروابط إلى الملفات أو المجلدات المشتركة أو البرامج النصية).</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {missing} Write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>لا يمكن اعتماد التقييم {number} بعد. {missing} اكتب الاستنتاجات الرئيسية (assess finding)، أو اعتمده على حاله باستخدام ‎--force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} Score the items, or approve it as it is with --force.</source>
        <translation>لا يمكن اعتماد التقييم {number} بعد. {unscored} قيّم البنود، أو اعتمده على حاله باستخدام ‎--force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} {missing} Score the items and write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>لا يمكن اعتماد التقييم {number} بعد. {unscored} {missing} قيّم البنود واكتب الاستنتاجات الرئيسية (assess finding)، أو اعتمده على حاله باستخدام ‎--force.</translation>
    </message>
    <message>
        <source>Items not fully scored: {count} ({codes}).</source>
        <translation>بنود لم تُقيَّم بالكامل: {count} ({codes}).</translation>
    </message>
    <message>
        <source>Key findings not written for: {pillars}.</source>
        <translation>استنتاجات رئيسية لم تُكتب لـ: {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding and those for {pillars}.</source>
        <translation>استنتاجات رئيسية لم تُكتب: الاستنتاج العام واستنتاجات {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding.</source>
        <translation>استنتاجات رئيسية لم تُكتب: الاستنتاج العام.</translation>
    </message>
    <message>
        <source>--approved-by, --date and --force are for marking final; give --reason for draft.</source>
        <translation>‎--approved-by و‎--date و‎--force للوسم بالنهائي؛ أعط ‎--reason للإعادة إلى مشروع.</translation>
    </message>
    <message>
        <source>--json shows the methodology; give it without the options that change it.</source>
        <translation>‎--json يعرض المنهجية؛ استخدمه من دون الخيارات التي تغيّرها.</translation>
    </message>
    <message>
        <source>--reason is for going back to draft; a final assessment records --approved-by.</source>
        <translation>‎--reason للإعادة إلى مشروع؛ أما التقييم النهائي فيسجل ‎--approved-by.</translation>
    </message>
    <message>
        <source>A line of the {what} is too long ({length} characters; at most {limit}).</source>
        <translation>سطر في {what} طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>An override of the target needs a reason; give one, or remove the override.</source>
        <translation>يحتاج الهدف الخاص إلى سبب؛ اذكره أو أزل الهدف الخاص.</translation>
    </message>
    <message>
        <source>Say who approved the assessment (for example --approved-by &quot;Jane Doe&quot;).</source>
        <translation>اذكر من اعتمد التقييم (مثلًا ‎--approved-by &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>Say why the assessment goes back to draft (for example --reason &quot;Scores revised&quot;).</source>
        <translation>اذكر سبب إعادة التقييم إلى مشروع (مثلًا ‎--reason &quot;تنقيح الدرجات&quot;).</translation>
    </message>
    <message>
        <source>Say why the target of {code} differs from the assessment&apos;s (a reason is required for an override).</source>
        <translation>اذكر سبب اختلاف هدف {code} عن هدف التقييم (يلزم ذكر سبب للهدف الخاص).</translation>
    </message>
    <message>
        <source>The account of how scores were agreed is too long ({length} characters; at most {limit}).</source>
        <translation>وصف كيفية الاتفاق على الدرجات طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>The meeting of {day} needs a name, for example: {day} Inception workshop.</source>
        <translation>يحتاج اجتماع {day} إلى اسم، مثلًا: {day} حلقة العمل الافتتاحية.</translation>
    </message>
    <message>
        <source>The target {target} is not a whole number on the scale (or {default}).</source>
        <translation>الهدف {target} ليس عددًا صحيحًا على السلّم (ولا {default}).</translation>
    </message>
    <message>
        <source>Too many {what} ({count}; at most {limit}).</source>
        <translation>عدد كبير جدًا من {what} ({count}؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>key finding</source>
        <translation>الاستنتاج الرئيسي</translation>
    </message>
    <message>
        <source>reason for the target</source>
        <translation>سبب الهدف</translation>
    </message>
    <message>
        <source>{codes} and {count} more (assess show)</source>
        <translation>{codes} و{count} أخرى (assess show)</translation>
    </message>
    <message>
        <source>{code} holds no assessable item; a target cannot be set on it.</source>
        <translation>لا يحتوي {code} على أي بند قابل للتقييم؛ لا يمكن تحديد هدف له.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give a pillar code such as PROS or an item code such as PROS-1.i.</source>
        <translation>{code} ليس بندًا في هذا الإطار؛ أعط رمز ركيزة مثل PROS أو رمز بند مثل PROS-1.i.</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{date} ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{scope} is not a pillar with assessable items; use one of {scopes} (or no pillar for the overall finding).</source>
        <translation>{scope} ليس ركيزة تضم بنودًا قابلة للتقييم؛ استخدم أحد {scopes} (أو بلا ركيزة للاستنتاج العام).</translation>
    </message>
    <message>
        <source>{value} is not a meeting; write its date and name, for example: 2026-03-04 Inception workshop.</source>
        <translation>{value} ليس اجتماعًا؛ اكتب تاريخه واسمه، مثلًا: 2026-03-04 حلقة العمل الافتتاحية.</translation>
    </message>
    <message>
        <source>Only the editors named for this assessment may change it; your database user {user} may read it. The database owner can name you: assess server setup --assessment {number} --editor {name}</source>
        <translation>لا يغيّر هذا التقييم إلا المحررون المسمَّون له؛ ويمكن لمستخدم قاعدة البيانات الخاص بك {user} قراءته. يستطيع مالك قاعدة البيانات تسميتك: assess server setup --assessment {number} --editor {name}</translation>
    </message>
    <message>
        <source>The server holding {database} ended this session because it stayed in the middle of a change too long (the network was slow or cut); nothing of that change was saved. Try again.</source>
        <translation>أنهى الخادم الذي يستضيف {database} هذه الجلسة لأنها بقيت في منتصف تغيير مدة طويلة جدًا (كانت الشبكة بطيئة أو منقطعة)؛ ولم يُحفظ شيء من ذلك التغيير. أعد المحاولة.</translation>
    </message>
    <message>
        <source>Viewers read every assessment; name only --editor or --remove with --assessment.</source>
        <translation>يقرأ المطّلعون كل التقييمات؛ مع --assessment لا تذكر إلا --editor أو --remove.</translation>
    </message>
    <message>
        <source>{database} did not answer for {seconds} seconds: the network or the server is down, or very slow. Nothing of this change was saved; try again when the server answers.</source>
        <translation>لم تستجب {database} طوال {seconds} ثانية: الشبكة أو الخادم متوقف أو بطيء جدًا. لم يُحفظ شيء من هذا التغيير؛ أعد المحاولة حين يستجيب الخادم.</translation>
    </message>
    <message>
        <source>{database}: {users} is in the middle of changing the same rows, so this change waited {seconds} seconds and was not saved. If their connection was cut, the server ends their change within {limit} seconds; try again then.</source>
        <translation>{database}: {users} في منتصف تغيير الصفوف نفسها، لذلك انتظر هذا التغيير {seconds} ثانية ولم يُحفظ. إذا انقطع اتصاله، يُنهي الخادم تغييره في غضون {limit} ثانية؛ أعد المحاولة حينئذٍ.</translation>
    </message>
    <message>
        <source>--all-editors lifts the restriction of one assessment: give --assessment ID, and no --editor.</source>
        <translation>يرفع --all-editors القيد عن تقييم واحد: اذكر --assessment ID، ودون --editor.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Assess ran into an unexpected problem. Your saved work is safe: every edit is saved the moment it is made.

The details were written to:
{path}

Please send that file to your support contact. You can carry on working.</source>
        <translation>واجه Assess مشكلة غير متوقعة. عملك المحفوظ في أمان: يُحفظ كل تعديل لحظة إجرائه.

كُتبت التفاصيل في:
{path}

يُرجى إرسال هذا الملف إلى جهة الدعم التقني. يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Assess (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>إضافة ملفات أدلة</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>That password is wrong. Type the password of {name} again:</source>
        <translation>كلمة المرور خاطئة. اكتب كلمة مرور {name} مرة أخرى:</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} محمي بكلمة مرور. كلمة المرور:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Someone else saved this item at the same moment; your edit was not saved. Look at the current value and make it again.</source>
        <translation>حفظ مستخدم آخر هذا البند في اللحظة نفسها؛ لم يُحفظ تعديلك. راجع القيمة الحالية ثم أعد إجراء التعديل.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>غيَّره مستخدم آخر</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>مشكلة في قاعدة البيانات</translation>
    </message>
    <message>
        <source>Framework problem</source>
        <translation>مشكلة في الإطار</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>غير ممكن</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} ك.بايت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} م.بايت</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ج.بايت</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Opening the demo assessment…</source>
        <translation>جارٍ فتح التقييم التجريبي…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>Opening Assess…</source>
        <translation>جارٍ فتح Assess…</translation>
    </message>
</context>
</TS>
