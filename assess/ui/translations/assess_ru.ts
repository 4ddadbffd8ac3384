<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve as final</source>
        <translation>Утвердить как окончательную</translation>
    </message>
    <message>
        <source>Approve {label} as final. A final assessment is read-only, and its report carries the approval page with these names instead of the DRAFT mark.</source>
        <translation>Утвердить {label} как окончательную. Окончательная оценка доступна только для чтения, а её отчёт содержит страницу утверждения с этими именами вместо отметки ПРОЕКТ.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил(а)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Утвердил(а):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>For the b&amp;ody:</source>
        <translation>От имени &amp;органа:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Approve it as it is all the same</source>
        <translation>Всё равно утвердить в имеющемся виде</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>Not everything is there yet:</source>
        <translation>Ещё не всё готово:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Not fully scored: {codes}</source>
        <translation>Оценены не полностью: {codes}</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>в целом</translation>
    </message>
    <message>
        <source>No key finding yet: {scopes}</source>
        <translation>Ещё нет основного вывода: {scopes}</translation>
    </message>
</context>
<context>
    <name>AssessmentSwitcher</name>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Открытая оценка</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Оценка: </translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [окончательная]</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>No breakdown recorded for this period.</source>
        <translation>Разбивка за этот период не внесена.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>Баллы или неприменимость</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Ответственные учреждения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Необходимая техническая помощь</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>Неприменимо: {why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(без балла)</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>законодательство: {law}, практика: {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>{code} was changed by {user} ({when}) while you were editing it. Nothing is lost: choose for each part what to keep. What you do not keep stays one Undo away (Edit &gt; Undo).</source>
        <translation>Пункт {code} был изменён пользователем {user} ({when}), пока вы его редактировали. Ничего не потеряно: выберите для каждой части, что оставить. То, что вы не оставите, можно вернуть одной отменой (Правка &gt; Отменить).</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Оставить всё &amp;моё</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Принять всё &amp;их</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Theirs ({user})</source>
        <translation>Их версия ({user})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Объединить вручную</translation>
    </message>
    <message>
        <source>Merged text of {field}</source>
        <translation>Объединённый текст: {field}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>taking {user}&apos;s version of {code}</source>
        <translation>принятие версии {user} для {code}</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>другого пользователя</translation>
    </message>
    <message>
        <source>kept {user}&apos;s version of {code}; yours is one Undo away (Edit &gt; Undo).</source>
        <translation>оставлена версия {user} для {code}; вашу можно вернуть одной отменой (Правка &gt; Отменить).</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln пункт</numerusform>
            <numerusform>%Ln пункта</numerusform>
            <numerusform>%Ln пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence</source>
        <translation>
            <numerusform>%Ln материал</numerusform>
            <numerusform>%Ln материала</numerusform>
            <numerusform>%Ln материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln оценка</numerusform>
            <numerusform>%Ln оценки</numerusform>
            <numerusform>%Ln оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later change(s) of yours kept</source>
        <translation>
            <numerusform>%Ln ваше более позднее изменение сохранено</numerusform>
            <numerusform>%Ln ваших более поздних изменения сохранены</numerusform>
            <numerusform>%Ln ваших более поздних изменений сохранено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} или {iso}</translation>
    </message>
    <message>
        <source>Choose {name} from a calendar</source>
        <translation>Выбрать {name} в календаре</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Сведения о материале</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка на норму права</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Ссылка на норму права:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Добавлен:</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;Конфиденциально (например, имена пострадавших или адреса приютов)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attaching evidence</source>
        <translation>Добавление материалов</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {total}) to {code}…</source>
        <translation>Добавление {name} ({number} из {total}) к пункту {code}…</translation>
    </message>
    <message>
        <source>Cancelled: the file being attached was not added.</source>
        <translation>Отменено: добавляемый файл не добавлен.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Handed {name} to the system&apos;s viewer.</source>
        <translation>{name} передан программе просмотра системы.</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}.</source>
        <translation>Ни одна программа на этом компьютере не открыла {name}.</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}. A checked copy is at {path}: open it from there, or install a program for this kind of file.</source>
        <translation>Ни одна программа на этом компьютере не смогла открыть {name}. Проверенная копия находится здесь: {path}; откройте её оттуда или установите программу для файлов этого типа.</translation>
    </message>
    <message>
        <source>No program on this computer could open the link {name}.</source>
        <translation>Ни одна программа на этом компьютере не смогла открыть ссылку {name}.</translation>
    </message>
    <message>
        <source>Cannot open the evidence</source>
        <translation>Не удаётся открыть материал</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Добавить файлы материалов</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Добавить сс&amp;ылку…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Add &amp;citation…</source>
        <translation>Добавить ссылку на &amp;норму…</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Добавить ссылку на норму права</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>Открыть выбранный материал</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Уда&amp;лить…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Удалить выбранный материал</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка на норму права</translation>
    </message>
    <message>
        <source>Added on {when} by {who}</source>
        <translation>Добавлено {when}, автор: {who}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Удаление материала</translation>
    </message>
    <message>
        <source>Remove {name} from {code}? You can undo this with Edit &gt; Undo.</source>
        <translation>Удалить {name} из пункта {code}? Это действие можно отменить: Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Сведе&amp;ния…</translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation>Сведения о выбранном материале</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of {name}</source>
        <translation>SHA-256 файла {name} скопирован</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Копировать SHA-256</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Saved: {what}</source>
        <translation>Сохранено: {what}</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>Добавить показатель {code}</translation>
    </message>
    <message>
        <source>Change indicator {code}</source>
        <translation>Изменить показатель {code}</translation>
    </message>
    <message>
        <source>Remove indicator {code}</source>
        <translation>Удалить показатель {code}</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <source>Figures: periods across, the total and the categories down</source>
        <translation>Данные: периоды по столбцам, итог и категории по строкам</translation>
    </message>
</context>
<context>
    <name>FigureGridModel</name>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Quality note</source>
        <translation>Примечание о качестве</translation>
    </message>
    <message>
        <source>{row}, {period}: {problem} Nothing was saved.</source>
        <translation>{row}, {period}: {problem} Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The block pasted is {rows} rows by {columns} columns; from this cell there is room for {room_rows} by {room_columns}. Add the periods first, or paste from another cell. Nothing was saved.</source>
        <translation>Вставляемый блок: строк — {rows}, столбцов — {columns}; начиная с этой ячейки помещается строк — {room_rows}, столбцов — {room_columns}. Сначала добавьте периоды или вставьте с другой ячейки. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Добавление материалов</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;Конфиденциально (например, имена пострадавших или адреса приютов)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Добавить</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>What the team concludes, in its own words</source>
        <translation>Вывод группы её собственными словами</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Отменено: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Повторено: {what}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History of the item</source>
        <translation>История пункта</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Балл: законодательство и институты</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Балл: практика</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Why N/A</source>
        <translation>Причина неприменимости</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Ответственные учреждения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Техническая помощь</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Материал добавлен</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Материал удалён</translation>
    </message>
    <message>
        <source>Description of evidence</source>
        <translation>Описание материала</translation>
    </message>
    <message>
        <source>Evidence marked sensitive</source>
        <translation>Отметка конфиденциальности материала</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>%Ln change(s) taken from the contribution</source>
        <translation>
            <numerusform>%Ln изменение взято из материалов участника</numerusform>
            <numerusform>%Ln изменения взяты из материалов участника</numerusform>
            <numerusform>%Ln изменений взято из материалов участника</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for the received version</source>
        <translation>
            <numerusform>%Ln конфликт решён в пользу полученной версии</numerusform>
            <numerusform>%Ln конфликта решены в пользу полученной версии</numerusform>
            <numerusform>%Ln конфликтов решено в пользу полученной версии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for your own version</source>
        <translation>
            <numerusform>%Ln конфликт решён в пользу вашей версии</numerusform>
            <numerusform>%Ln конфликта решены в пользу вашей версии</numerusform>
            <numerusform>%Ln конфликтов решено в пользу вашей версии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence added</source>
        <translation>
            <numerusform>%Ln материал добавлен</numerusform>
            <numerusform>%Ln материала добавлено</numerusform>
            <numerusform>%Ln материалов добавлено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contribution</source>
        <translation>Импорт ответа учреждения</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Создан на основе:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Содержит:</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>защищён паролем</translation>
    </message>
    <message>
        <source>scrubbed: no sensitive evidence, no names of people</source>
        <translation>очищен: без конфиденциальных материалов и имён людей</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment, {label}</source>
        <translation>&amp;Объединить с открытой оценкой «{label}»</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment</source>
        <translation>&amp;Объединить с открытой оценкой</translation>
    </message>
    <message>
        <source>Merge into the open assessment</source>
        <translation>Объединить с открытой оценкой</translation>
    </message>
    <message>
        <source>Import as a &amp;new assessment</source>
        <translation>Импортировать как &amp;новую оценку</translation>
    </message>
    <message>
        <source>Import as a new assessment</source>
        <translation>Импортировать как новую оценку</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the package, keeps the ones made here, and shows every item changed on both sides for you to choose. A new assessment holds the package as it is.</source>
        <translation>При объединении принимаются изменения из пакета, сохраняются внесённые здесь, а каждый пункт, изменённый с обеих сторон, показывается вам для выбора. Новая оценка содержит пакет в неизменном виде.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>a workbook filled in with a spreadsheet program</source>
        <translation>книга, заполненная в программе электронных таблиц</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the workbook, keeps the ones made here, and shows every item changed on both sides for you to choose. A workbook cannot become a new assessment.</source>
        <translation>При объединении принимаются изменения, сделанные в книге, сохраняются изменения, сделанные здесь, а каждый пункт, изменённый с обеих сторон, показывается вам для выбора. Книга не может стать новой оценкой.</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>Period of the breakdown</source>
        <translation>Период разбивки</translation>
    </message>
    <message>
        <source>Dimension of the breakdown</source>
        <translation>Признак разбивки</translation>
    </message>
    <message>
        <source>Breakdown of</source>
        <translation>Разбивка за</translation>
    </message>
    <message>
        <source>by</source>
        <translation>по признаку</translation>
    </message>
    <message>
        <source>a year, or FIRST/LAST day: 2026-01-01/2026-06-30</source>
        <translation>год или ПЕРВЫЙ/ПОСЛЕДНИЙ день: 2026-01-01/2026-06-30</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Новый период</translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation>Добавить &amp;период</translation>
    </message>
    <message>
        <source>&amp;Change this indicator…</source>
        <translation>&amp;Изменить этот показатель…</translation>
    </message>
    <message>
        <source>&amp;Remove this indicator</source>
        <translation>&amp;Удалить этот показатель</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>да или нет</translation>
    </message>
    <message>
        <source>{unit} · informs {items}</source>
        <translation>{unit} · относится к {items}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† Добавлен вашей группой в эту оценку.</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>Данные показателя {code}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>No total recorded yet.</source>
        <translation>Итог ещё не внесён.</translation>
    </message>
    <message>
        <source>Latest: {value} ({period})</source>
        <translation>Последнее значение: {value} ({period})</translation>
    </message>
    <message>
        <source>{change} on {period}</source>
        <translation>{change} по сравнению с {period}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>достигнуто</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не достигнуто</translation>
    </message>
    <message>
        <source>target {target}: {met}</source>
        <translation>целевое значение {target}: {met}</translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Responsible institutions</source>
        <translation>Ответственные учреждения</translation>
    </message>
    <message>
        <source>Tick the institutions responsible for this item (Space ticks the current one).</source>
        <translation>Отметьте учреждения, ответственные за этот пункт (пробел отмечает текущее).</translation>
    </message>
    <message>
        <source>Add an institution…</source>
        <translation>Добавить учреждение…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Новое учреждение</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the institution</source>
        <translation>Добавить учреждение</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Rationale and plan</source>
        <translation>Обоснование и план</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Без приоритета</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Необходимая техническая помощь</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>Responsible &amp;institutions:</source>
        <translation>Ответственные &amp;учреждения:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Прио&amp;ритет:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>Следующий &amp;шаг:</translation>
    </message>
    <message>
        <source>Technical a&amp;ssistance needed:</source>
        <translation>Необходимая &amp;техническая помощь:</translation>
    </message>
    <message>
        <source>Save state of the rationale and plan</source>
        <translation>Состояние сохранения обоснования и плана</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>баллы</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>неприменимость</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>ответственные учреждения</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>техническая помощь</translation>
    </message>
    <message>
        <source>{what} of {code}</source>
        <translation>{what} ({code})</translation>
    </message>
    <message>
        <source>Not a date: type it as {example}, or leave it empty for none.</source>
        <translation>Это не дата: введите её в виде {example} или оставьте поле пустым, если срока нет.</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Text of the item</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Связанные пункты</translation>
    </message>
    <message>
        <source>Guiding principles and cross-cutting challenges</source>
        <translation>Руководящие принципы и сквозные проблемы</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Draws on: {list}</source>
        <translation>Основано на: {list}</translation>
    </message>
    <message>
        <source>Linked items (cross-walk):</source>
        <translation>Связанные пункты (таблица соответствия):</translation>
    </message>
    <message>
        <source>{item} ({kind})</source>
        <translation>{item} ({kind})</translation>
    </message>
    <message>
        <source>Title written for this checklist; it is not in the source.</source>
        <translation>Заголовок составлен для этого перечня; в источнике его нет.</translation>
    </message>
    <message>
        <source>Text written for this checklist; it is not quoted from the source.</source>
        <translation>Текст составлен для этого перечня; это не цитата из источника.</translation>
    </message>
    <message>
        <source>same request</source>
        <translation>та же просьба</translation>
    </message>
    <message>
        <source>a means</source>
        <translation>средство</translation>
    </message>
    <message>
        <source>a prerequisite</source>
        <translation>предварительное условие</translation>
    </message>
    <message>
        <source>({reason}) {note}</source>
        <translation>({reason}) {note}</translation>
    </message>
    <message>
        <source>Cited together: {source}.</source>
        <translation>Упоминаются вместе: {source}.</translation>
    </message>
</context>
<context>
    <name>ItemIndicators</name>
    <message>
        <source>Figures…</source>
        <translation>Данные…</translation>
    </message>
    <message>
        <source>Operational indicators</source>
        <translation>Оперативные показатели</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>данных пока нет</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>Данные показателя {code}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† Добавлен вашей группой в эту оценку.</translation>
    </message>
</context>
<context>
    <name>ItemJudgement</name>
    <message>
        <source>Key finding on {pillar}</source>
        <translation>Основной вывод: {pillar}</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Материалы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Addressed to {who}: shown as context, not scored as a national measure.</source>
        <translation>Адресовано: {who}. Показано для справки, баллы как национальной мере не выставляются.</translation>
    </message>
    <message>
        <source>Context: this part of the framework is not scored. Its items are in the tree.</source>
        <translation>Справочный раздел: эта часть рамочного документа не оценивается. Её пункты приведены в дереве.</translation>
    </message>
    <message>
        <source>&amp;Evidence ({count})</source>
        <translation>&amp;Материалы ({count})</translation>
    </message>
    <message>
        <source>The item, its scores and notes</source>
        <translation>Пункт, его баллы и записи</translation>
    </message>
    <message>
        <source>No item matches the filters. Clear them (or choose All items) to see every item.</source>
        <translation>Ни один пункт не соответствует фильтрам. Очистите их (или выберите «Все пункты»), чтобы увидеть все пункты.</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, take it back to draft: Assessment &gt; Back to draft.</source>
        <translation>Эта оценка окончательная, поэтому доступна только для чтения. Чтобы изменить её, верните её в проект: Оценка &gt; Вернуть в проект.</translation>
    </message>
</context>
<context>
    <name>ItemTargetDialog</name>
    <message>
        <source>Target of {code}</source>
        <translation>Целевой уровень {code}</translation>
    </message>
    <message>
        <source>As set above it ({level})</source>
        <translation>Как уровнем выше ({level})</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>Почему такой целевой уровень</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Целевой уровень:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ItemTree</name>
    <message>
        <source>Not yet scored</source>
        <translation>Баллы не выставлены</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Баллы выставлены частично</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <source>Gap, minor</source>
        <translation>Пробел, незначительный</translation>
    </message>
    <message>
        <source>Gap, major</source>
        <translation>Пробел, значительный</translation>
    </message>
    <message>
        <source>Gap, critical</source>
        <translation>Пробел, критический</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>context</source>
        <translation>справка</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} items complete ({percent}%)</source>
        <translation>{title}
Заполнено пунктов: {done} из {total} ({percent} %)</translation>
    </message>
    <message>
        <source>{text}
Context: not scored</source>
        <translation>{text}
Справочный пункт: не оценивается</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>law and institutions {law}, practice {practice}</source>
        <translation>законодательство и институты: {law}, практика: {practice}</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>Законодательство и институты</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>практика</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>Change the targets</source>
        <translation>Изменить целевые уровни</translation>
    </message>
    <message>
        <source>Set the target of {code}</source>
        <translation>Задать целевой уровень {code}</translation>
    </message>
    <message>
        <source>Saved: the targets</source>
        <translation>Сохранено: целевые уровни</translation>
    </message>
    <message>
        <source>Saved: the key finding</source>
        <translation>Сохранено: основной вывод</translation>
    </message>
    <message>
        <source>Saved: the methodology</source>
        <translation>Сохранено: методология</translation>
    </message>
    <message>
        <source>Saved: the assessment is approved as final</source>
        <translation>Сохранено: оценка утверждена как окончательная</translation>
    </message>
    <message>
        <source>Saved: back to draft</source>
        <translation>Сохранено: возвращено в проект</translation>
    </message>
    <message>
        <source>Edit the key finding</source>
        <translation>Изменить основной вывод</translation>
    </message>
    <message>
        <source>Not yet scored.</source>
        <translation>Ещё не оценено.</translation>
    </message>
    <message>
        <source>Partly scored: not judged yet.</source>
        <translation>Оценено частично: ещё не получает оценки.</translation>
    </message>
    <message>
        <source>Meets its target.</source>
        <translation>Достигает своего целевого уровня.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>Неприменимо.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Добавить ссылку на норму права</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка на норму права</translation>
    </message>
    <message>
        <source>for example: Penal Code, art. 188(2)</source>
        <translation>например: Уголовный кодекс, ст. 188, ч. 2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>&amp;Конфиденциально</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Ссылка на норму:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Название (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source> (demo: a throwaway copy)</source>
        <translation> (демо: временная копия)</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>Окончательная: только чтение</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>База данных только для чтения</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <source>Undo and Redo wait until your edits of {items} are saved.</source>
        <translation>Отмена и повтор станут доступны, когда будут сохранены ваши изменения пунктов {items}.</translation>
    </message>
    <message>
        <source>About Assess</source>
        <translation>О программе Assess</translation>
    </message>
    <message>
        <source>Assess {version}: a self-assessment of national implementation of the UN Trafficking in Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.

It works fully offline. Problems are logged to {log}.</source>
        <translation>Assess {version}: самооценка осуществления на национальном уровне Протокола ООН о торговле людьми на основе Рамочной программы действий УНП ООН и рекомендаций Рабочей группы.

Программа работает полностью автономно, без подключения к сети. Сведения о неполадках записываются в {log}.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>New &amp;round from this assessment…</source>
        <translation>Новый &amp;цикл на основе этой оценки…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>&amp;Найти пункты…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Следующий пункт</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>П&amp;редыдущий пункт</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Пункт</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>От&amp;крыть общую базу данных…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим пре&amp;зентации</translation>
    </message>
    <message>
        <source>&amp;Reset the demo…</source>
        <translation>&amp;Сбросить демо…</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>&amp;Краткое руководство</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;About Assess</source>
        <translation>&amp;О программе Assess</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Send &amp;part to an institution…</source>
        <translation>Отправить &amp;часть учреждению…</translation>
    </message>
    <message>
        <source>&amp;Import contribution…</source>
        <translation>&amp;Импорт ответа учреждения…</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>Переключиться &amp;на</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Демо</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>This database is on a server: back it up and restore it there, with pg_dump and pg_restore.</source>
        <translation>Эта база данных находится на сервере: создавайте резервную копию и восстанавливайте её там, с помощью pg_dump и pg_restore.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Не удаётся открыть оценку</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>{path} already exists; open it with File &gt; Open a database.</source>
        <translation>{path} уже существует; откройте её командой Файл &gt; Открыть базу данных.</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Не удаётся открыть демо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Assess will be in {language} the next time it starts.</source>
        <translation>При следующем запуске Assess будет на языке: {language}.</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Сброс демо</translation>
    </message>
    <message>
        <source>Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) is thrown away. Your own databases are not touched.</source>
        <translation>Вернуть демо в исходное состояние? Все изменения, внесённые с момента открытия (баллы, записи, материалы), будут отменены. Ваши собственные базы данных не затрагиваются.</translation>
    </message>
    <message>
        <source>Cannot reset the demo</source>
        <translation>Не удаётся сбросить демо</translation>
    </message>
    <message>
        <source>The demo is back as it was.</source>
        <translation>Демо возвращено в исходное состояние.</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Assess (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>Резервное копирование и восстановление работают с файлом базы данных. Для базы данных PostgreSQL используйте pg_dump.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Создание резервной копии базы данных</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>Copying the database to {name}…</source>
        <translation>Копирование базы данных в {name}…</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>Не удаётся создать резервную копию</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <source>Wait until the evidence files are attached, then restore again.</source>
        <translation>Дождитесь окончания добавления файлов материалов и повторите восстановление.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>Прежнее состояние базы данных сохранено в {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {path}</source>
        <translation>Восстановлена резервная копия {path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Восстановление {name}…</translation>
    </message>
    <message>
        <source>Package written to {path}</source>
        <translation>Пакет сохранён: {path}</translation>
    </message>
    <message>
        <source>Protected by the password you typed (it was not saved: keep it safe).</source>
        <translation>Защищён введённым паролем (пароль не сохранён: храните его в надёжном месте).</translation>
    </message>
    <message>
        <source>Not protected by a password.</source>
        <translation>Не защищён паролем.</translation>
    </message>
    <message>
        <source>Scrubbed: no sensitive evidence, no names of people.</source>
        <translation>Очищен: без конфиденциальных материалов и имён людей.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Пакет сохранён</translation>
    </message>
    <message>
        <source>(no institution named)</source>
        <translation>(учреждение не указано)</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>Отменено: пакет не сохранён.</translation>
    </message>
    <message>
        <source>Cannot write the package</source>
        <translation>Не удаётся сохранить пакет</translation>
    </message>
    <message>
        <source>Send part to an institution</source>
        <translation>Отправка части учреждению</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Отчёт сохранён: {path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <source>The report was written to {path}. Open it now?</source>
        <translation>Отчёт сохранён в {path}. Открыть его сейчас?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Не удаётся сохранить отчёт</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Import contribution</source>
        <translation>Импорт ответа учреждения</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>Не удаётся импортировать пакет</translation>
    </message>
    <message>
        <source>No assessment is open: open the one the part was sent from to merge.</source>
        <translation>Нет открытой оценки: для объединения откройте оценку, из которой была отправлена часть.</translation>
    </message>
    <message>
        <source>{label} is final: reopen it as a draft to merge into it.</source>
        <translation>Оценка «{label}» окончательная: чтобы объединить с ней пакет, верните её в статус проекта.</translation>
    </message>
    <message>
        <source>The package was made from another assessment ({label}): import it as a new one.</source>
        <translation>Пакет создан на основе другой оценки («{label}»): импортируйте его как новую оценку.</translation>
    </message>
    <message>
        <source>Imported {file} as a new assessment: {label}</source>
        <translation>{file} импортирован как новая оценка: {label}</translation>
    </message>
    <message>
        <source>Importing {name} as a new assessment…</source>
        <translation>Импорт {name} как новой оценки…</translation>
    </message>
    <message>
        <source>Cannot merge the package</source>
        <translation>Не удаётся объединить пакет</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Нечего объединять</translation>
    </message>
    <message>
        <source>Merging {file} ({origin}) into {label}</source>
        <translation>Объединение {file} ({origin}) с оценкой «{label}»</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>Объединение отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Merged {file}. Edit &gt; Undo cannot take a merge back: the undo history was cleared.</source>
        <translation>{file} объединён. Правка &gt; Отменить не может отменить объединение: история отмены очищена.</translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>Ответ учреждения объединён</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>Объединение ответа учреждения</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Объединение {name}…</translation>
    </message>
    <message>
        <source>Open shared database</source>
        <translation>Открыть общую базу данных</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Подключение к {server}…</translation>
    </message>
    <message>
        <source>Cannot open the shared database</source>
        <translation>Не удаётся открыть общую базу данных</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Закрыть и потерять их</translation>
    </message>
    <message>
        <source>Go on and lose them</source>
        <translation>Продолжить и потерять их</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>Your edits of {items} could not be saved yet. {reason}

Go on and lose them, or cancel and keep them until the database can be written?</source>
        <translation>Ваши изменения пунктов {items} пока не удалось сохранить. {reason}

Продолжить и потерять их или отменить и сохранить их, пока запись в базу данных снова не станет возможной?</translation>
    </message>
    <message>
        <source>Show the &amp;navigator</source>
        <translation>Показать &amp;навигатор</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>База данных скопирована в {path}.</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

The backup holds {assessments}, last changed {when} ({size}).

The database as it is now is kept as a copy beside it.</source>
        <translation>Заменить всё содержимое {database} резервной копией {backup}?

В резервной копии: {assessments}, последнее изменение {when} ({size}).

База данных в нынешнем виде сохраняется рядом в виде копии.</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}: {assessments}.</source>
        <translation>Теперь база данных содержит резервную копию {path}: {assessments}.</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
{contents}</source>
        <translation>{path}

Для: {institution}
{contents}</translation>
    </message>
    <message>
        <source>Workbook written to {path}</source>
        <translation>Книга записана в {path}</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Книга записана</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence listed: {evidence} · Size: {size}

Send it to the institution: they fill it in with Excel or LibreOffice Calc and send it back. Merge what comes back with File &gt; Import contribution.</source>
        <translation>{path}

Для: {institution}
Пунктов: {items} · Материалов в списке: {evidence} · Размер: {size}

Отправьте её учреждению: оно заполнит её в Excel или LibreOffice Calc и вернёт. Полученный ответ объедините командой Файл &gt; Импорт ответа учреждения.</translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation>Не удаётся записать книгу</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>Не удаётся импортировать книгу</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from, and cannot become a new assessment. {reason}</source>
        <translation>Книга объединяется с оценкой, из которой она была отправлена, и не может стать новой оценкой. {reason}</translation>
    </message>
    <message>
        <source>The workbook was sent from another assessment ({label}): open that one to merge it.</source>
        <translation>Книга была отправлена из другой оценки ({label}): откройте её, чтобы выполнить объединение.</translation>
    </message>
    <message>
        <source>Cannot merge the workbook</source>
        <translation>Не удаётся объединить книгу</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label} ({kept}). Nothing was changed.</source>
        <translation>{file} не содержит ничего нового для {label} ({kept}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.</source>
        <translation>{file} объединён с {label}.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Изменённые пункты</translation>
    </message>
    <message>
        <source>The history of each item records these changes with the origin: {origin}.</source>
        <translation>В истории каждого пункта эти изменения записаны с указанием источника: {origin}.</translation>
    </message>
    <message>
        <source>Contributions (*.assess *.xlsx);;Assess packages (*.assess);;Workbooks (*.xlsx);;All files (*)</source>
        <translation>Ответы учреждений (*.assess *.xlsx);;Пакеты Assess (*.assess);;Книги (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Left out {count} sensitive evidence: sensitive evidence leaves only in a package protected by a password.</source>
        <translation>Не включено конфиденциальных материалов: {count}. Конфиденциальные материалы передаются только в пакете, защищённом паролем.</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>Це&amp;левые уровни…</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>&amp;Методология…</translation>
    </message>
    <message>
        <source>&amp;Approve as final…</source>
        <translation>&amp;Утвердить как окончательную…</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Вернуть в &amp;проект…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>Баллы или неприменимость</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Балл: законодательство и институты</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Балл: практика</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>Причина неприменимости</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Ответственные учреждения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Необходимая техническая помощь</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>Неприменимо: {why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(без балла)</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>законодательство: {law}, практика: {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>Объединение ответа учреждения</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>Оставить всё &amp;моё</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Принять всё &amp;их</translation>
    </message>
    <message>
        <source>Changed both here and in the package: choose which to keep</source>
        <translation>Изменено и здесь, и в пакете: выберите, какую версию оставить</translation>
    </message>
    <message>
        <source>Merged without conflict</source>
        <translation>Объединено без конфликтов</translation>
    </message>
    <message>
        <source>Edit &gt; Undo cannot take a merge back: merging clears the undo history. The history of each item records every change the merge makes, with where it came from.</source>
        <translation>Правка &gt; Отменить не может отменить объединение: при объединении история отмены очищается. В истории каждого пункта записывается каждое изменение, внесённое объединением, с указанием источника.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>При отправке</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Здесь (моё)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep for {code}, {field}</source>
        <translation>Что оставить для {code}, {field}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моя версия</translation>
    </message>
    <message>
        <source>Settled: {settled} of {total}</source>
        <translation>Решено: {settled} из {total}</translation>
    </message>
    <message>
        <source>Changes merged without conflict</source>
        <translation>Изменения, объединённые без конфликтов</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Здесь сейчас</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>В пакете</translation>
    </message>
    <message>
        <source>Taken from the package</source>
        <translation>Принято из пакета</translation>
    </message>
    <message>
        <source>Yours kept</source>
        <translation>Ваше сохранено</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Nothing but the conflicts above</source>
        <translation>Ничего, кроме конфликтов выше</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to take</source>
        <translation>
            <numerusform>%Ln изменение к принятию</numerusform>
            <numerusform>%Ln изменения к принятию</numerusform>
            <numerusform>%Ln изменений к принятию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln конфликт требует решения</numerusform>
            <numerusform>%Ln конфликта требуют решения</numerusform>
            <numerusform>%Ln конфликтов требуют решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence to add</source>
        <translation>
            <numerusform>%Ln материал к добавлению</numerusform>
            <numerusform>%Ln материала к добавлению</numerusform>
            <numerusform>%Ln материалов к добавлению</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed both here and in the workbook: choose which to keep</source>
        <translation>Изменено и здесь, и в книге: выберите, что сохранить</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>В книге</translation>
    </message>
    <message>
        <source>Taken from the workbook</source>
        <translation>Взято из книги</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <source>Who took part, one per line</source>
        <translation>Участники, по одному в строке</translation>
    </message>
    <message>
        <source>Meetings and workshops, one per line: date and name</source>
        <translation>Совещания и семинары, по одному в строке: дата и название</translation>
    </message>
    <message>
        <source>2026-03-04 Inception workshop</source>
        <translation>2026-03-04 Вводный семинар</translation>
    </message>
    <message>
        <source>Sources consulted, one per line</source>
        <translation>Использованные источники, по одному в строке</translation>
    </message>
    <message>
        <source>How the scores were agreed</source>
        <translation>Как согласовывались баллы</translation>
    </message>
    <message>
        <source>&amp;Who took part
(one per line):</source>
        <translation>&amp;Участники
(по одному в строке):</translation>
    </message>
    <message>
        <source>&amp;Meetings and workshops
(date and name):</source>
        <translation>&amp;Совещания и семинары
(дата и название):</translation>
    </message>
    <message>
        <source>&amp;Sources consulted:</source>
        <translation>&amp;Источники:</translation>
    </message>
    <message>
        <source>How the scores were &amp;agreed:</source>
        <translation>Как &amp;согласовывались баллы:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Add an indicator of your &amp;own…</source>
        <translation>Добавить &amp;собственный показатель…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>No figures recorded yet: choose an indicator and type or paste its figures.</source>
        <translation>Данные ещё не внесены: выберите показатель и введите или вставьте его данные.</translation>
    </message>
    <message>
        <source>Indicators with figures: {recorded} of {total}, from {first} to {last} · without a total for {last}: {gaps} · breakdowns that do not add up: {flags}</source>
        <translation>Показатели с данными: {recorded} из {total}, с {first} по {last} · без итога за {last}: {gaps} · разбивки, не сходящиеся с итогом: {flags}</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>достигнуто</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не достигнуто</translation>
    </message>
    <message>
        <source>{target}: {met}</source>
        <translation>{target}: {met}</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Remove the indicator {code}? Its figures must be cleared first.</source>
        <translation>Удалить показатель {code}? Сначала нужно удалить его данные.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Filter by code, text or notes (Ctrl+F)</source>
        <translation>Фильтр по коду, тексту или записям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Текст фильтра</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Фильтр по состоянию</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <source>Not yet scored</source>
        <translation>Баллы не выставлены</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Баллы выставлены частично</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Фильтр по приоритету</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Средний приоритет</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Без приоритета</translation>
    </message>
    <message>
        <source>Filter by responsible institution</source>
        <translation>Фильтр по ответственному учреждению</translation>
    </message>
    <message>
        <source>Items of the framework</source>
        <translation>Пункты рамочного документа</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>Любое учреждение</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln assessable items shown</source>
        <translation>
            <numerusform>Показано {shown} из %Ln оцениваемого пункта</numerusform>
            <numerusform>Показано {shown} из %Ln оцениваемых пунктов</numerusform>
            <numerusform>Показано {shown} из %Ln оцениваемых пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Цель достигнута</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>Страна или образование</translation>
    </message>
    <message>
        <source>for example: Republic of Meridia</source>
        <translation>например: Республика Меридия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>for example: National assessment</source>
        <translation>например: Национальная оценка</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>for example: Baseline 2026</source>
        <translation>например: Исходный уровень 2026</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <source>Nothing: start with an empty checklist</source>
        <translation>С нуля: пустой контрольный перечень</translation>
    </message>
    <message>
        <source>A new round from {label}</source>
        <translation>Новый цикл на основе оценки «{label}»</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Рамочный документ</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>&amp;Страна или образование:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Н&amp;ачать с:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>Рамочный &amp;документ:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>The new round starts with the previous round&apos;s scores, notes, institutions and evidence.</source>
        <translation>Новый цикл начинается с баллов, записей, учреждений и материалов предыдущего цикла.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall completion</source>
        <translation>Общая степень заполнения</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>Заполнено: %p %</translation>
    </message>
    <message>
        <source>Largest gaps, by priority</source>
        <translation>Крупнейшие пробелы по приоритету</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gaps, by priority&lt;/b&gt; (click one to open the item)</source>
        <translation>&lt;b&gt;Крупнейшие пробелы по приоритету&lt;/b&gt; (щёлкните пробел, чтобы открыть пункт)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln items complete</source>
        <translation>
            <numerusform>Заполнено {complete} из %Ln пункта</numerusform>
            <numerusform>Заполнено {complete} из %Ln пунктов</numerusform>
            <numerusform>Заполнено {complete} из %Ln пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them N/A</source>
        <translation>
            <numerusform>из них %Ln неприменимый</numerusform>
            <numerusform>из них %Ln неприменимых</numerusform>
            <numerusform>из них %Ln неприменимых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with high priority</source>
        <translation>
            <numerusform>%Ln с высоким приоритетом</numerusform>
            <numerusform>%Ln с высоким приоритетом</numerusform>
            <numerusform>%Ln с высоким приоритетом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with medium priority</source>
        <translation>
            <numerusform>%Ln со средним приоритетом</numerusform>
            <numerusform>%Ln со средним приоритетом</numerusform>
            <numerusform>%Ln со средним приоритетом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with low priority</source>
        <translation>
            <numerusform>%Ln с низким приоритетом</numerusform>
            <numerusform>%Ln с низким приоритетом</numerusform>
            <numerusform>%Ln с низким приоритетом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a priority</source>
        <translation>
            <numerusform>%Ln без приоритета</numerusform>
            <numerusform>%Ln без приоритета</numerusform>
            <numerusform>%Ln без приоритета</numerusform>
        </translation>
    </message>
    <message>
        <source>{complete}, {na}. {gaps}: {priorities}.</source>
        <translation>{complete}, {na}. {gaps}: {priorities}.</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>Законодательство и институты</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>практика</translation>
    </message>
    <message numerus="yes">
        <source>%n, minor</source>
        <translation>
            <numerusform>%n, незначительный</numerusform>
            <numerusform>%n, незначительный</numerusform>
            <numerusform>%n, незначительный</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, major</source>
        <translation>
            <numerusform>%n, значительный</numerusform>
            <numerusform>%n, значительный</numerusform>
            <numerusform>%n, значительный</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, critical</source>
        <translation>
            <numerusform>%n, критический</numerusform>
            <numerusform>%n, критический</numerusform>
            <numerusform>%n, критический</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gaps below target</source>
        <translation>
            <numerusform>%Ln пробел ниже целевого уровня</numerusform>
            <numerusform>%Ln пробела ниже целевого уровня</numerusform>
            <numerusform>%Ln пробелов ниже целевого уровня</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall key finding</source>
        <translation>Основной вывод в целом</translation>
    </message>
</context>
<context>
    <name>OwnIndicatorDialog</name>
    <message>
        <source>Change an indicator of your own</source>
        <translation>Изменить собственный показатель</translation>
    </message>
    <message>
        <source>Add an indicator of your own</source>
        <translation>Добавить собственный показатель</translation>
    </message>
    <message>
        <source>Count (a whole number)</source>
        <translation>Число (целое)</translation>
    </message>
    <message>
        <source>Percentage (0 to 100)</source>
        <translation>Процент (от 0 до 100)</translation>
    </message>
    <message>
        <source>Amount of money (say which currency in the definition)</source>
        <translation>Денежная сумма (укажите валюту в определении)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Yes or no (1 or 0)</source>
        <translation>Да или нет (1 или 0)</translation>
    </message>
    <message>
        <source>for example {code}</source>
        <translation>например, {code}</translation>
    </message>
    <message>
        <source>item codes, for example {codes}</source>
        <translation>коды пунктов, например {codes}</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Разбивка по признакам</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>В любую сторону</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Чем выше, тем лучше</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Чем ниже, тем лучше</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Определение:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Informs the items:</source>
        <translation>Относится к &amp;пунктам:</translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation>&amp;Разбивка по признакам:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Желаемая динамика:</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation>Переименование оценки</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>Страна или образование</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>&amp;Страна или образование:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Back to draft</source>
        <translation>Вернуть в проект</translation>
    </message>
    <message>
        <source>Take {label} back to draft? Say why: the reason is kept in its status history.</source>
        <translation>Вернуть {label} в проект? Укажите причину: она сохраняется в истории статуса.</translation>
    </message>
    <message>
        <source>Why it goes back to draft</source>
        <translation>Почему она возвращается в проект</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Документ PDF (.pdf)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>Данные JSON (.json)</translation>
    </message>
    <message>
        <source>A report on &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>Отчёт по оценке &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без сравнения</translation>
    </message>
    <message>
        <source>{label} (progress since then)</source>
        <translation>{label} (изменения с того времени)</translation>
    </message>
    <message>
        <source>&amp;Include evidence marked sensitive</source>
        <translation>&amp;Включить материалы, отмеченные как конфиденциальные</translation>
    </message>
    <message>
        <source>Include sensitive evidence</source>
        <translation>Включить конфиденциальные материалы</translation>
    </message>
    <message>
        <source>The report will list sensitive evidence (for example names of victims or shelter addresses). Share it only with people allowed to see it.</source>
        <translation>В отчёт войдут конфиденциальные материалы (например, имена пострадавших или адреса приютов). Передавайте его только тем, кому разрешено их видеть.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Сравнить с:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Reports ({patterns})</source>
        <translation>Отчёты ({patterns})</translation>
    </message>
    <message>
        <source>Data for a spreadsheet or another program: it has no pages, so no paper size.</source>
        <translation>Данные для электронной таблицы или другой программы: страниц нет, поэтому размер бумаги не нужен.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and saved as soon as the database can be written. {reason}</source>
        <translation>Ещё не сохранено: изменение хранится здесь и будет сохранено, как только станет возможной запись в базу данных. {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (the details are in the log).</source>
        <translation>Не сохранено: что-то пошло не так (подробности в журнале).</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Балл: законодательство и институты</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Балл: практика</translation>
    </message>
    <message>
        <source>In &amp;law and institutions:</source>
        <translation>В &amp;законодательстве и институтах:</translation>
    </message>
    <message>
        <source>In &amp;practice:</source>
        <translation>На &amp;практике:</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Неприменимо</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Why the item does not apply</source>
        <translation>Почему пункт неприменим</translation>
    </message>
    <message>
        <source>Why does the item not apply? (required)</source>
        <translation>Почему пункт неприменим? (обязательно)</translation>
    </message>
    <message>
        <source>An item is only N/A with a justification: say why it does not apply.</source>
        <translation>Пункт можно отметить как неприменимый только с обоснованием: укажите, почему он неприменим.</translation>
    </message>
    <message>
        <source>Save state of the scores</source>
        <translation>Состояние сохранения баллов</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— без балла —</translation>
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
        <translation>Шкала:</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores per pillar</source>
        <translation>Баллы по компонентам</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>Законодательство и институты</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без балла</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln complete</source>
        <translation>
            <numerusform>заполнено {complete} из %Ln</numerusform>
            <numerusform>заполнено {complete} из %Ln</numerusform>
            <numerusform>заполнено {complete} из %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPartDialog</name>
    <message>
        <source>Send part to an institution</source>
        <translation>Отправка части учреждению</translation>
    </message>
    <message>
        <source>A package with part of {label}, for an institution to fill in with Assess and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>Пакет с частью оценки «{label}», который учреждение заполнит в Assess и отправит обратно. Полученный ответ импортируйте командой Файл &gt; Импорт ответа учреждения.</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Ответственное учреждение</translation>
    </message>
    <message>
        <source>Any: do not narrow by institution</source>
        <translation>Любое: без отбора по учреждению</translation>
    </message>
    <message>
        <source>None ticked: the part the assessment was received as.</source>
        <translation>Ничего не отмечено: та часть, в виде которой была получена оценка.</translation>
    </message>
    <message>
        <source>None ticked: every pillar.</source>
        <translation>Ничего не отмечено: все компоненты.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Повтор пароля</translation>
    </message>
    <message>
        <source>Optional. The password is not saved anywhere: give it to the institution another way than the package (by phone, not in the same e-mail).</source>
        <translation>Необязательно. Пароль нигде не сохраняется: сообщите его учреждению иным путём, чем пакет (по телефону, а не в том же электронном письме).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>&amp;Scrub: leave out sensitive evidence and the names of people</source>
        <translation>О&amp;чистить: исключить конфиденциальные материалы и имена людей</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>For sharing outside government. Institution names stay; free text (rationales, next actions) is kept as written.</source>
        <translation>Для передачи за пределы государственных органов. Названия учреждений сохраняются; свободный текст (обоснования, следующие шаги) остаётся без изменений.</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Пакеты Assess (*.assess);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>Компоненты:</translation>
    </message>
    <message>
        <source>Package holds:</source>
        <translation>Содержимое пакета:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Write package</source>
        <translation>&amp;Сохранить пакет</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Package (Assess)</source>
        <translation>Пакет (Assess)</translation>
    </message>
    <message>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>Книга (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Язык книги</translation>
    </message>
    <message>
        <source>For an institution without Assess: one row per item to fill in with Excel or LibreOffice Calc, with instructions in the language chosen. A workbook lists evidence but carries no files, never lists sensitive evidence or names of people, and has no password.</source>
        <translation>Для учреждения без Assess: по строке на пункт для заполнения в Excel или LibreOffice Calc, с инструкцией на выбранном языке. Книга перечисляет материалы, но не содержит файлов, никогда не включает конфиденциальные материалы и имена людей и не защищается паролем.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A workbook with part of {label}, for an institution without Assess to fill in with a spreadsheet program and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>Книга с частью {label}, которую учреждение без Assess заполняет в программе электронных таблиц и возвращает. Полученный ответ импортируйте командой Файл &gt; Импорт ответа учреждения.</translation>
    </message>
    <message>
        <source>Workbook holds:</source>
        <translation>Содержимое книги:</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence listed (no files)</source>
        <translation>
            <numerusform>%Ln материал в списке (без файлов)</numerusform>
            <numerusform>%Ln материала в списке (без файлов)</numerusform>
            <numerusform>%Ln материалов в списке (без файлов)</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} ({size})</source>
        <translation>{files} ({size})</translation>
    </message>
    <message>
        <source>&amp;Write workbook</source>
        <translation>&amp;Сохранить книгу</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message>
        <source>The database is not answering (for {seconds} seconds now). What you type is kept in this window and saved as soon as it answers.</source>
        <translation>База данных не отвечает (уже {seconds} с). Всё, что вы вводите, сохраняется в этом окне и будет записано, как только она ответит.</translation>
    </message>
    <message>
        <source>{reason} What you type is kept in this window and saved as soon as it can be.</source>
        <translation>{reason} Всё, что вы вводите, сохраняется в этом окне и будет записано, как только это станет возможно.</translation>
    </message>
    <message>
        <source>State of the database</source>
        <translation>Состояние базы данных</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>Открыть общую базу данных</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by the team. Ask its administrator for these.</source>
        <translation>База данных на сервере PostgreSQL, общая для всей команды. Эти данные можно узнать у её администратора.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>for example: {example}</source>
        <translation>например: {example}</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection only</source>
        <translation>Только &amp;зашифрованное соединение</translation>
    </message>
    <message>
        <source>The password is never saved. To avoid typing it each time, put it in your PostgreSQL password file ({places}) and leave this field empty.</source>
        <translation>Пароль никогда не сохраняется. Чтобы не вводить его каждый раз, запишите его в файл паролей PostgreSQL ({places}) и оставьте это поле пустым.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>&amp;Write a sheet…</source>
        <translation>&amp;Записать таблицу…</translation>
    </message>
    <message>
        <source>Every figure and the rows to fill in, as a spreadsheet or CSV file</source>
        <translation>Все данные и строки для заполнения в виде книги Excel или файла CSV</translation>
    </message>
    <message>
        <source>&amp;Read a sheet…</source>
        <translation>П&amp;рочитать таблицу…</translation>
    </message>
    <message>
        <source>Save the figures of a filled-in sheet</source>
        <translation>Сохранить данные заполненной таблицы</translation>
    </message>
    <message>
        <source>Write a sheet of figures</source>
        <translation>Записать таблицу данных</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Электронные таблицы (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sheet not written</source>
        <translation>Таблица не записана</translation>
    </message>
    <message>
        <source>Sheet written: {path}</source>
        <translation>Таблица записана: {path}</translation>
    </message>
    <message>
        <source>Read a sheet of figures</source>
        <translation>Прочитать таблицу данных</translation>
    </message>
    <message>
        <source>Sheet not read</source>
        <translation>Таблица не прочитана</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Нечего сохранять</translation>
    </message>
    <message>
        <source>{name} holds no figures.</source>
        <translation>В {name} нет данных.</translation>
    </message>
    <message>
        <source>Figures from {name}</source>
        <translation>Данные из {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up / Down (in the tree)</source>
        <translation>Вверх / Вниз (в дереве)</translation>
    </message>
    <message>
        <source>The item above or below; the item pane follows</source>
        <translation>Пункт выше или ниже; панель пункта следует за выбором</translation>
    </message>
    <message>
        <source>Left / Right (in the tree)</source>
        <translation>Влево / Вправо (в дереве)</translation>
    </message>
    <message>
        <source>Fold or unfold a pillar</source>
        <translation>Свернуть или развернуть компонент</translation>
    </message>
    <message>
        <source>Enter / Down (in the filter box)</source>
        <translation>Enter / Вниз (в поле фильтра)</translation>
    </message>
    <message>
        <source>Go to the first item found</source>
        <translation>Перейти к первому найденному пункту</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous field, in the order on screen</source>
        <translation>Следующее или предыдущее поле, в порядке на экране</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <source>The field, button or menu with that letter</source>
        <translation>Поле, кнопка или меню с этой буквой</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a text field)</source>
        <translation>Ctrl+Z (в текстовом поле)</translation>
    </message>
    <message>
        <source>Undo what you typed there and is not saved yet; when nothing is, the last saved edit</source>
        <translation>Отменить набранное в этом поле и ещё не сохранённое; если такого нет — последнюю сохранённую правку</translation>
    </message>
    <message>
        <source>Up / Down (in the target date)</source>
        <translation>Вверх / Вниз (в поле срока)</translation>
    </message>
    <message>
        <source>A day later or earlier</source>
        <translation>На день позже или раньше</translation>
    </message>
    <message>
        <source>Enter (in the evidence list)</source>
        <translation>Enter (в списке материалов)</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>Открыть выбранный материал</translation>
    </message>
    <message>
        <source>Delete (in the evidence list)</source>
        <translation>Delete (в списке материалов)</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Удалить выбранный материал</translation>
    </message>
    <message>
        <source>Enter (in the largest gaps)</source>
        <translation>Enter (в списке крупнейших пробелов)</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>Открыть пункт</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <source>Set &amp;target…</source>
        <translation>Задать &amp;целевой уровень…</translation>
    </message>
    <message>
        <source>Target {target} (the assessment&apos;s).</source>
        <translation>Целевой уровень {target} (уровень оценки).</translation>
    </message>
    <message>
        <source>Target {target}, set for this item: {reason}</source>
        <translation>Целевой уровень {target}, установлен для этого пункта: {reason}</translation>
    </message>
    <message>
        <source>Target {target}, set for {code}: {reason}</source>
        <translation>Целевой уровень {target}, установлен для {code}: {reason}</translation>
    </message>
    <message>
        <source>Gap of 1 level: minor.</source>
        <translation>Пробел на 1 уровень: незначительный.</translation>
    </message>
    <message>
        <source>Gap of 2 levels: major.</source>
        <translation>Пробел на 2 уровня: значительный.</translation>
    </message>
    <message numerus="yes">
        <source>Gap of %n levels: critical.</source>
        <translation>
            <numerusform>Пробел на %n уровень: критический.</numerusform>
            <numerusform>Пробел на %n уровня: критический.</numerusform>
            <numerusform>Пробел на %n уровней: критический.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Целевые уровни</translation>
    </message>
    <message>
        <source>Target of the assessment</source>
        <translation>Целевой уровень оценки</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>Почему такой целевой уровень</translation>
    </message>
    <message>
        <source>&amp;Target of the assessment:</source>
        <translation>&amp;Целевой уровень оценки:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Targets set on pillars, branches and items</source>
        <translation>Целевые уровни для компонентов, разделов и пунктов</translation>
    </message>
    <message>
        <source>Pillar, branch or item</source>
        <translation>Компонент, раздел или пункт</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>&amp;Override for:</source>
        <translation>&amp;Собственный уровень для:</translation>
    </message>
    <message>
        <source>A pillar, a branch or an item may have a target of its own, with a reason:</source>
        <translation>Компонент, раздел или пункт может иметь собственный целевой уровень с обоснованием:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{field} may hold at most {limit} characters; the text past them was not taken.</source>
        <translation>Поле «{field}» вмещает не более {limit} символов; текст сверх этого не принят.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Totals per period</source>
        <translation>Итоги по периодам</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>целевое значение {target}</translation>
    </message>
    <message>
        <source>No totals recorded yet.</source>
        <translation>Итоги ещё не внесены.</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Walkthrough</source>
        <translation>Краткое руководство</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again when Assess starts</source>
        <translation>&amp;Больше не показывать при запуске Assess</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Pillars and measures</source>
        <translation>Компоненты и меры</translation>
    </message>
    <message>
        <source>Scoring an item</source>
        <translation>Выставление баллов</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item gets two scores on the same scale, from 0 (not in place) to 4 (fully in place): &lt;b&gt;in law and institutions&lt;/b&gt; (is the legal and institutional basis there?) and &lt;b&gt;in practice&lt;/b&gt; (is it implemented and working?). The two often differ: that is the point.&lt;/p&gt;&lt;p&gt;If an item does not apply to your country, tick &lt;b&gt;N/A&lt;/b&gt; and say why: an N/A needs a justification.&lt;/p&gt;&lt;p&gt;Below the scores, write the rationale, the responsible institutions, the priority, a target date, the next action and the technical assistance needed. Every change is saved the moment you make it; Edit &amp;gt; Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Каждый пункт получает два балла по одной шкале, от 0 (отсутствует) до 4 (полностью реализовано): &lt;b&gt;в законодательстве и институтах&lt;/b&gt; (есть ли правовая и институциональная основа?) и &lt;b&gt;на практике&lt;/b&gt; (применяется ли она и действует ли?). Часто они расходятся — это и нужно увидеть.&lt;/p&gt;&lt;p&gt;Если пункт неприменим к вашей стране, отметьте &lt;b&gt;Неприменимо&lt;/b&gt; и укажите причину: без обоснования такая отметка невозможна.&lt;/p&gt;&lt;p&gt;Под баллами укажите обоснование, ответственные учреждения, приоритет, срок, следующий шаг и необходимую техническую помощь. Каждое изменение сохраняется сразу; Правка &amp;gt; Отменить возвращает его.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Evidence&lt;/b&gt; tab under the item holds what the scores rest on: files (laws, circulars, statistics, memoranda of understanding), links and legal citations.&lt;/p&gt;&lt;p&gt;Add files with &lt;b&gt;Add files…&lt;/b&gt; or drag them onto the item. They are stored inside the database and checked by their SHA-256 fingerprint. Mark a file &lt;b&gt;sensitive&lt;/b&gt; when it names victims or shelters: it is then left out of the reports unless you ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;На вкладке &lt;b&gt;Материалы&lt;/b&gt; под пунктом собрано то, на чём основаны баллы: файлы (законы, циркуляры, статистика, меморандумы о взаимопонимании), ссылки и ссылки на нормы права.&lt;/p&gt;&lt;p&gt;Добавляйте файлы кнопкой &lt;b&gt;Добавить файлы…&lt;/b&gt; или перетаскивайте их на пункт. Они хранятся в базе данных и проверяются по отпечатку SHA-256. Отмечайте файл как &lt;b&gt;конфиденциальный&lt;/b&gt;, если в нём названы пострадавшие или приюты: тогда он не попадёт в отчёты, если вы специально этого не запросите.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gaps and the overview</source>
        <translation>Пробелы и сводка</translation>
    </message>
    <message>
        <source>&lt;p&gt;An item is a &lt;b&gt;gap&lt;/b&gt; when the lower of its two scores is below the target. Choose &lt;b&gt;Gaps&lt;/b&gt; in the state filter to see only those.&lt;/p&gt;&lt;p&gt;View &amp;gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of each pillar in law and in practice against the target, and the largest gaps by priority; click a gap to open the item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пункт считается &lt;b&gt;пробелом&lt;/b&gt;, если меньший из двух его баллов ниже целевого уровня. Выберите &lt;b&gt;Пробелы&lt;/b&gt; в фильтре состояния, чтобы видеть только их.&lt;/p&gt;&lt;p&gt;Вид &amp;gt; Сводка (Ctrl+2) показывает, насколько продвинулась оценка, средние баллы каждого компонента по законодательству и практике в сравнении с целевым уровнем и крупнейшие пробелы по приоритету; щёлкните пробел, чтобы открыть пункт.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gap report (PDF) lists the gaps by priority, the action plan by institution, the technical assistance needed and the evidence, with the methodology. &lt;b&gt;File &amp;gt; Export report…&lt;/b&gt; (Ctrl+E) writes it in the window&apos;s language: choose PDF, a Word document to edit or an Excel workbook with the action plan, and a previous round to report progress against.&lt;/p&gt;&lt;p&gt;The same report from the command line, for instance in a script:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;When the team agrees, Assessment &amp;gt; Mark final takes the DRAFT mark off the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отчёт о пробелах (PDF) содержит пробелы по приоритету, план действий по учреждениям, необходимую техническую помощь и материалы, а также методологию. Команда &lt;b&gt;Файл &amp;gt; Экспорт отчёта…&lt;/b&gt; (Ctrl+E) создаёт его на языке окна: выберите PDF, документ Word для правки или книгу Excel с планом действий, а также предыдущий цикл, относительно которого нужно показать изменения.&lt;/p&gt;&lt;p&gt;Тот же отчёт из командной строки, например в сценарии:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Когда группа согласует результаты, команда Оценка &amp;gt; Отметить как окончательную снимает с отчёта пометку ПРОЕКТ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Шаг {number} из {total}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Enter goes to the first item found, Ctrl+PgDown to the next item. F9 hides the tree to give the item the whole width.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Они приведены в дереве слева, у каждого пункта указаны состояние и баллы. Там же для справки даны руководящие принципы и сквозные проблемы: по ним баллы не выставляются.&lt;/p&gt;&lt;p&gt;Введите текст в поле фильтра (Ctrl+F) или выберите состояние, приоритет или учреждение, чтобы сузить дерево; клавиша Enter ведёт к первому найденному пункту, Ctrl+PgDown — к следующему пункту. F9 скрывает дерево, чтобы пункт занял всю ширину окна.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once an assessment is open, they are in a tree on the left of the window, each with its state and its scores; the guiding principles and cross-cutting challenges are there too, as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Когда оценка открыта, они приведены в дереве в левой части окна, у каждого пункта указаны состояние и баллы; там же для справки даны руководящие принципы и сквозные проблемы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Контрольный перечень — это Рамочная программа действий УНП ООН: пять &lt;b&gt;компонентов&lt;/b&gt; (уголовное преследование, защита, предупреждение, сотрудничество и координация на национальном уровне, международное сотрудничество и координация), каждый из которых состоит из &lt;b&gt;мер&lt;/b&gt;, а также 23 &lt;b&gt;рекомендации&lt;/b&gt; Рабочей группы по торговле людьми.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>&lt;p&gt;No assessment is open yet. On the welcome page, &lt;b&gt;New assessment…&lt;/b&gt; starts one for your country, &lt;b&gt;Open a database…&lt;/b&gt; opens one a colleague sent you, and &lt;b&gt;Open the demo&lt;/b&gt; opens a fictional country&apos;s assessment to try everything on (a throwaway copy).&lt;/p&gt;&lt;p&gt;The next pages show what you will find once an assessment is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ни одна оценка пока не открыта. На начальной странице кнопка &lt;b&gt;Новая оценка…&lt;/b&gt; создаёт оценку для вашей страны, &lt;b&gt;Открыть базу данных…&lt;/b&gt; открывает базу, присланную коллегой, а &lt;b&gt;Открыть демо&lt;/b&gt; открывает оценку вымышленной страны, на которой можно всё попробовать (одноразовая копия).&lt;/p&gt;&lt;p&gt;На следующих страницах показано, что вы увидите, когда оценка будет открыта.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picture of this part of the window</source>
        <translation>Изображение этой части окна</translation>
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
        <translation>Оцените, как ваша страна осуществляет Протокол ООН о торговле людьми: выставьте баллы по каждой мере Рамочной программы действий УНП ООН и рекомендациям Рабочей группы, приложите подтверждающие материалы и выявите пробелы.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>A fictional country&apos;s assessment in two rounds, on a throwaway copy.</source>
        <translation>Оценка вымышленной страны в двух циклах, на временной копии.</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>Оценки в этой базе данных</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Assessments in this database&lt;/b&gt;</source>
        <translation>&lt;b&gt;О&amp;ценки в этой базе данных&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Н&amp;едавние базы данных&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательная</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>None yet: create one with New assessment.</source>
        <translation>Пока нет: создайте оценку кнопкой «Новая оценка».</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Created {label}</source>
        <translation>Создана оценка «{label}»</translation>
    </message>
    <message>
        <source>Rename the assessment</source>
        <translation>переименование оценки</translation>
    </message>
    <message>
        <source>Saved: the assessment is now called {label}</source>
        <translation>Сохранено: оценка теперь называется «{label}»</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Сохранено: {what}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. The edit stays with {code} and is saved as soon as the database can be written.</source>
        <translation>Ещё не сохранено: {what}. Изменение остаётся за пунктом {code} и будет сохранено, как только станет возможной запись в базу данных.</translation>
    </message>
    <message>
        <source>Not saved: {what}</source>
        <translation>Не сохранено: {what}</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>добавление материала {name}</translation>
    </message>
    <message>
        <source>Saved: {name} added to {code}</source>
        <translation>Сохранено: {name} добавлен к пункту {code}</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>удаление материала {name}</translation>
    </message>
    <message>
        <source>Saved: {name} removed from {code}</source>
        <translation>Сохранено: {name} удалён из пункта {code}</translation>
    </message>
    <message>
        <source>details of {name}</source>
        <translation>сведения о {name}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>--by names the category of a figure: give --value N (or --clear) with it.</source>
        <translation>--by указывает категорию значения: укажите вместе с ним --value N (или --clear).</translation>
    </message>
    <message>
        <source>--take settles conflicts of a merge; give it with --into ASSESSMENT.</source>
        <translation>--take решает конфликты при объединении; указывайте его вместе с --into ASSESSMENT.</translation>
    </message>
    <message>
        <source>1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>Конфликт в 1 пункте ({codes}); ничего не объединено. Решите все конфликты с помощью --take mine или --take theirs либо по одному в окне программы (Файл &gt; Импорт ответа учреждения…).</translation>
    </message>
    <message>
        <source>A legal citation needs its text, for example &apos;Penal Code, art. 188(2)&apos;.</source>
        <translation>Укажите текст ссылки на норму права, например «Уголовный кодекс, ст. 188, ч. 2».</translation>
    </message>
    <message>
        <source>A report font cannot be read ({error}); reinstall Assess (see README).</source>
        <translation>Не удаётся прочитать шрифт для отчётов ({error}); переустановите Assess (см. README).</translation>
    </message>
    <message>
        <source>A role name is empty; give the login names of the people, e.g. --editor alice.</source>
        <translation>Имя роли пустое; укажите имена пользователей для входа, например --editor alice.</translation>
    </message>
    <message>
        <source>After upgrading, {count} rows point at missing rows. The copy taken before the upgrade is {backup}; restore it and report this problem.</source>
        <translation>После обновления найдены строки, ссылающиеся на отсутствующие строки: {count}. Копия, созданная перед обновлением: {backup}; восстановите её и сообщите об этой проблеме.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold an assessment; give a file path.</source>
        <translation>База данных SQLite в оперативной памяти не может хранить оценку; укажите путь к файлу.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be compared with itself; give the id of an earlier round.</source>
        <translation>Оценку {number} нельзя сравнивать с ней самой; укажите идентификатор оценки одного из предыдущих циклов.</translation>
    </message>
    <message>
        <source>Assessment {number} is final and read-only. Reopen it as a draft first (assess mark {number} draft).</source>
        <translation>Оценка {number} окончательная и доступна только для чтения. Сначала верните её в статус проекта (assess mark {number} draft).</translation>
    </message>
    <message>
        <source>Attaching {name} was cancelled; nothing was added.</source>
        <translation>Добавление {name} отменено; ничего не добавлено.</translation>
    </message>
    <message>
        <source>Backup and restore work on an SQLite database file. Back up a PostgreSQL server with pg_dump.</source>
        <translation>Резервное копирование и восстановление работают с файлом базы данных SQLite. Для сервера PostgreSQL используйте pg_dump.</translation>
    </message>
    <message>
        <source>Cannot connect to {database}: {reason}</source>
        <translation>Не удаётся подключиться к базе данных {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create a database in {path}: the folder is not writable.</source>
        <translation>Не удаётся создать базу данных в {path}: нет прав на запись в эту папку.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>Не удаётся создать папку {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>Не удаётся создать папку {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Не удаётся прочитать файл с паролем {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot restore into {file}: {problem}.</source>
        <translation>Не удаётся восстановить резервную копию в {file}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name {name}; end it in .pdf, .docx, .xlsx, .csv or .json, or give --format.</source>
        <translation>Не удаётся определить формат отчёта по имени файла {name}; задайте расширение .pdf, .docx, .xlsx, .csv или .json либо укажите --format.</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>Не удаётся использовать {url}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in {folder} (permission denied); choose another folder.</source>
        <translation>Не удаётся выполнить запись в {folder} (доступ запрещён); выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write the demo database in {folder}: the folder is not writable.</source>
        <translation>Не удаётся записать демонстрационную базу данных в {folder}: нет прав на запись в эту папку.</translation>
    </message>
    <message>
        <source>Cannot write the demo database {file}: {problem}.</source>
        <translation>Не удаётся записать демонстрационную базу данных {file}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}. Nothing was written.</source>
        <translation>Не удаётся записать {file}: {problem}. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write {path} (permission denied; is the file open in another program?). Nothing was changed.</source>
        <translation>Не удаётся записать {path} (доступ запрещён; возможно, файл открыт в другой программе). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удаётся записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was changed.</source>
        <translation>Не удаётся записать {path}: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>Не удаётся записать {target}: {problem}.</translation>
    </message>
    <message>
        <source>Database {database} holds no Assess tables; open it once with assess to create them.</source>
        <translation>В базе данных {database} нет таблиц Assess; откройте её один раз с помощью assess, чтобы создать их.</translation>
    </message>
    <message>
        <source>Figures were changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>После подготовки слияния данные здесь были изменены; ничего не слито. Подготовьте слияние заново.</translation>
    </message>
    <message>
        <source>Framework {key} version {version} is already in this database with different content. Give the changed file a new version number and import it again; assessments made on the existing version are not changed.</source>
        <translation>Рамочный документ {key} версии {version} уже есть в этой базе данных, но с другим содержанием. Присвойте изменённому файлу новый номер версии и импортируйте его снова; оценки, созданные на основе существующей версии, не изменятся.</translation>
    </message>
    <message>
        <source>Give either --na or --applicable, not both.</source>
        <translation>Укажите либо --na, либо --applicable, но не оба параметра сразу.</translation>
    </message>
    <message>
        <source>Give the database of the shared database.</source>
        <translation>Укажите имя базы данных на сервере.</translation>
    </message>
    <message>
        <source>Give the file or link to attach (or --citation TEXT for a legal citation).</source>
        <translation>Укажите файл или ссылку для добавления (или --citation TEXT для ссылки на норму права).</translation>
    </message>
    <message>
        <source>Give the server of the shared database.</source>
        <translation>Укажите сервер общей базы данных.</translation>
    </message>
    <message>
        <source>Give the user name of the shared database.</source>
        <translation>Укажите имя пользователя общей базы данных.</translation>
    </message>
    <message>
        <source>Give {code} at least one category of {dimension}.</source>
        <translation>Задайте для {code} хотя бы одну категорию признака {dimension}.</translation>
    </message>
    <message>
        <source>Lost the connection to {database} ({reason}). Check the network and try again.</source>
        <translation>Потеряно соединение с базой данных {database} ({reason}). Проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <source>Marking {code} N/A needs a justification: say why the item does not apply.</source>
        <translation>Чтобы отметить пункт {code} как неприменимый, нужно обоснование: укажите, почему пункт неприменим.</translation>
    </message>
    <message>
        <source>N/A ({justification})</source>
        <translation>неприменимо ({justification})</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>причина неприменимости</translation>
    </message>
    <message>
        <source>Name at least one item the indicator {code} informs (for example PROT-2); it is shown with that item and grouped under its pillar.</source>
        <translation>Укажите хотя бы один пункт, к которому относится показатель {code} (например, PROT-2); показатель будет показан с этим пунктом и отнесён к его компоненту.</translation>
    </message>
    <message>
        <source>Name each dimension of {code} once.</source>
        <translation>Укажите каждый признак показателя {code} только один раз.</translation>
    </message>
    <message>
        <source>Name each role once, as --editor, --viewer or --remove: {roles}.</source>
        <translation>Каждую роль указывайте только один раз (как --editor, --viewer или --remove): {roles}.</translation>
    </message>
    <message>
        <source>No file was given (the path is empty, so it does not exist); give the file to attach.</source>
        <translation>Файл не указан (путь пустой, поэтому такого файла нет); укажите файл для добавления.</translation>
    </message>
    <message>
        <source>No framework {key} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>В этой базе данных нет рамочного документа {key} (имеются: {known}). Импортируйте его командой: assess framework import FILE</translation>
    </message>
    <message>
        <source>No framework {key} version {version} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>В этой базе данных нет рамочного документа {key} версии {version} (имеются: {known}). Импортируйте его командой: assess framework import FILE</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: none yet).</source>
        <translation>В этой оценке нет учреждения {name} (учреждения пока не добавлены).</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: {known}).</source>
        <translation>В этой оценке нет учреждения {name} (имеются: {known}).</translation>
    </message>
    <message>
        <source>No item of the assessment matches that choice; nothing was written.</source>
        <translation>Ни один пункт оценки не соответствует выбранным условиям; ничего не записано.</translation>
    </message>
    <message>
        <source>No stored file has SHA-256 {sha256}.</source>
        <translation>Нет сохранённого файла с SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta.</source>
        <translation>Нечего изменять: укажите --law, --practice, --na, --note, --priority, --responsible, --due, --next или --ta.</translation>
    </message>
    <message>
        <source>Nothing to record: give --value N (or --clear), --source or --note.</source>
        <translation>Нечего вносить: укажите --value N (или --clear), --source или --note.</translation>
    </message>
    <message>
        <source>Only file evidence has content to save.</source>
        <translation>Содержимое для сохранения есть только у материалов вида «файл».</translation>
    </message>
    <message>
        <source>Only the owner of the Assess tables in database {database} ({owner}) or a superuser may set up its roles; you are connected as {user}.</source>
        <translation>Настраивать роли базы данных {database} может только владелец таблиц Assess ({owner}) или суперпользователь; вы подключены как {user}.</translation>
    </message>
    <message>
        <source>Part of the stored file {sha256} is missing; the database may be damaged.</source>
        <translation>Часть сохранённого файла {sha256} отсутствует; возможно, база данных повреждена.</translation>
    </message>
    <message>
        <source>Read only: your database user {user} may read this database but not change it. To edit, ask the database owner to run: assess server setup --editor {name}</source>
        <translation>Только чтение: ваш пользователь базы данных {user} может читать эту базу данных, но не изменять её. Чтобы вносить изменения, попросите владельца базы данных выполнить: assess server setup --editor {name}</translation>
    </message>
    <message>
        <source>Someone else added {names} to this assessment at the same moment, so your edit of {code} was not saved. Make it again.</source>
        <translation>Другой пользователь в тот же момент добавил в эту оценку {names}, поэтому ваше изменение пункта {code} не сохранено. Внесите его ещё раз.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup file.</source>
        <translation>Этот файл — сама база данных; выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>The assessment was called {label} when the package was made.</source>
        <translation>При создании пакета оценка называлась {label}.</translation>
    </message>
    <message>
        <source>The backup could not be made: {problem}. Nothing was written.</source>
        <translation>Не удалось создать резервную копию: {problem}. Ничего не записано.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>Не удалось восстановить резервную копию: {problem}.</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>Резервную копию нужно сохранить в другой файл, а не в саму базу данных.</translation>
    </message>
    <message>
        <source>The code {code} is already used in this assessment (by an item or an indicator); choose another.</source>
        <translation>Код {code} уже используется в этой оценке (пунктом или показателем); выберите другой.</translation>
    </message>
    <message>
        <source>The content of {name} is no longer stored; attach the file again.</source>
        <translation>Содержимое {name} больше не хранится; добавьте файл ещё раз.</translation>
    </message>
    <message>
        <source>The demo can only be built into an empty database; this one has assessments.</source>
        <translation>Демо можно создать только в пустой базе данных; в этой уже есть оценки.</translation>
    </message>
    <message>
        <source>The desktop window cannot start: {problem}. Reinstall Assess (see README).</source>
        <translation>Не удаётся запустить окно программы: {problem}. Переустановите Assess (см. README).</translation>
    </message>
    <message>
        <source>The disk holding {database} is full. Free some space and try again.</source>
        <translation>Диск, на котором находится база данных {database}, заполнен. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written and nothing was left behind. Free some space or choose another drive.</source>
        <translation>Диск заполнен: не удалось записать {name}, частично записанные данные удалены. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>The disk of the server holding {database} is full. Tell the server&apos;s administrator.</source>
        <translation>Диск сервера, на котором находится база данных {database}, заполнен. Сообщите администратору сервера.</translation>
    </message>
    <message>
        <source>The evidence file {file} does not match its SHA-256 or size: it was changed or damaged after it was packaged. Nothing was imported; ask the sender for the package again.</source>
        <translation>Файл материала {file} не соответствует своему SHA-256 или размеру: он был изменён или повреждён после упаковки. Ничего не импортировано; попросите отправителя прислать пакет ещё раз.</translation>
    </message>
    <message>
        <source>The evidence file {file} holds more than the {size} bytes it was announced with; nothing was imported.</source>
        <translation>Файл материала {file} содержит больше данных, чем было заявлено ({size} байт); ничего не импортировано.</translation>
    </message>
    <message>
        <source>The figure {value} of {code} for {period} {problem} in the unit {unit}; change or remove it first.</source>
        <translation>Значение {value} показателя {code} за {period} не подходит для единицы {unit} ({problem}); сначала измените или удалите его.</translation>
    </message>
    <message>
        <source>The figures of {code} for {period} were changed by {user} since you opened them, so your edit was not saved. Look at them and make your edit again.</source>
        <translation>Данные {code} за {period} были изменены пользователем {user} после того, как вы их открыли, поэтому ваше изменение не сохранено. Посмотрите на них и внесите изменение снова.</translation>
    </message>
    <message>
        <source>The first line of the password file {path} is empty; write the password there.</source>
        <translation>Первая строка файла с паролем {path} пуста; запишите в неё пароль.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another place.</source>
        <translation>Папка {folder} не существует; сначала создайте её или выберите другое место.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>Папка {folder} не существует; сначала создайте её.</translation>
    </message>
    <message>
        <source>The font file {pattern} is missing from {folder}; reinstall Assess (see README).</source>
        <translation>В папке {folder} нет файла шрифта {pattern}; переустановите Assess (см. README).</translation>
    </message>
    <message>
        <source>The group roles {editor} and {viewer} do not exist yet and {user} may not create roles. Run setup once as a user with CREATEROLE (for example postgres), or create them: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</source>
        <translation>Групповые роли {editor} и {viewer} ещё не существуют, а {user} не может создавать роли. Один раз выполните setup от имени пользователя с правом CREATEROLE (например, postgres) или создайте их: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>The indicator {code} needs a name.</source>
        <translation>У показателя {code} должно быть название.</translation>
    </message>
    <message>
        <source>The package has a figure this assessment cannot hold ({problem}); nothing was merged. Change the indicator here first.</source>
        <translation>В пакете есть значение, которое эта оценка не может принять ({problem}); ничего не слито. Сначала измените показатель здесь.</translation>
    </message>
    <message>
        <source>The package has figures of {code}, an indicator this assessment does not have; nothing was merged.</source>
        <translation>В пакете есть данные показателя {code}, которого нет в этой оценке; ничего не слито.</translation>
    </message>
    <message>
        <source>The package holds item {code}, which framework {framework} {version} in this database does not have as an assessable item; nothing was imported.</source>
        <translation>Пакет содержит пункт {code}, который не является оцениваемым пунктом рамочного документа {framework} {version} в этой базе данных; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The package scores {code} {value}, off this assessment&apos;s scale ({low} to {high}); nothing was merged.</source>
        <translation>В пакете пункту {code} выставлен балл {value} — вне шкалы этой оценки (от {low} до {high}); ничего не объединено.</translation>
    </message>
    <message>
        <source>The package&apos;s indicator {code} is defined differently here; it stays as it is here.</source>
        <translation>Показатель {code} из пакета определён здесь иначе; он остаётся таким, как здесь.</translation>
    </message>
    <message>
        <source>The password does not open {label} (a wrong password, or the file was altered); nothing was changed. Check the password file.</source>
        <translation>Пароль не подходит для {label} (неверный пароль или файл был изменён); ничего не изменено. Проверьте файл с паролем.</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>Файл с паролем {path} не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Пароль пустой.</translation>
    </message>
    <message>
        <source>The period {value} ends before it starts; give the first day, then the last.</source>
        <translation>Период {value} заканчивается раньше, чем начинается; укажите первый день, затем последний.</translation>
    </message>
    <message>
        <source>The period {value} lies outside the years {earliest} to {latest}; check the year.</source>
        <translation>Период {value} лежит вне лет с {earliest} по {latest}; проверьте год.</translation>
    </message>
    <message>
        <source>The report font package {package} is not installed; reinstall Assess (see README).</source>
        <translation>Пакет шрифтов для отчётов {package} не установлен; переустановите Assess (см. README).</translation>
    </message>
    <message>
        <source>The server holding {database} cancelled this request (it took too long, or an administrator stopped it); nothing was saved. Try again.</source>
        <translation>Сервер базы данных {database} отменил этот запрос (он выполнялся слишком долго или его остановил администратор); ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>The server holding {database} has too many connections open. Try again in a moment.</source>
        <translation>На сервере базы данных {database} открыто слишком много соединений. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The stored copy of {name} does not match its SHA-256; it was not saved.</source>
        <translation>Сохранённая копия {name} не соответствует своему SHA-256; файл не сохранён.</translation>
    </message>
    <message>
        <source>The stored evidence file {name} no longer matches its SHA-256; the database may be damaged. No package was written.</source>
        <translation>Сохранённый файл материала {name} больше не соответствует своему SHA-256; возможно, база данных повреждена. Пакет не сохранён.</translation>
    </message>
    <message>
        <source>The target must lie on the scale, {low} to {high}.</source>
        <translation>Целевой уровень должен находиться на шкале, от {low} до {high}.</translation>
    </message>
    <message>
        <source>The target of {code} is refused; {problem}.</source>
        <translation>Целевое значение {code} отклонено; {problem}.</translation>
    </message>
    <message>
        <source>The {what} is required.</source>
        <translation>Поле «{what}» обязательно для заполнения.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Поле «{what}» слишком длинное (символов: {length}; допускается не более {limit}).</translation>
    </message>
    <message>
        <source>The {what} score {value} is not a whole number from {low} to {high}.</source>
        <translation>Балл ({what}) {value} не является целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <source>The {what} score {value} is off the scale; use {low} to {high}.</source>
        <translation>Балл ({what}) {value} вне шкалы; используйте значения от {low} до {high}.</translation>
    </message>
    <message>
        <source>There is no assessment {number} in this database; see the ids with: assess list</source>
        <translation>В этой базе данных нет оценки {number}; идентификаторы можно посмотреть командой: assess list</translation>
    </message>
    <message>
        <source>There is no database at {target} yet; nothing was created.</source>
        <translation>Базы данных {target} пока не существует; ничего не создано.</translation>
    </message>
    <message>
        <source>There is no evidence {number}; it may have been removed.</source>
        <translation>Материала {number} нет; возможно, он был удалён.</translation>
    </message>
    <message>
        <source>There is no indicator {code} in this assessment (indicators: {known}). See them with: assess data show ASSESSMENT</source>
        <translation>В этой оценке нет показателя {code} (показатели: {known}). Посмотрите их командой: assess data show ASSESSMENT</translation>
    </message>
    <message>
        <source>There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, WG-11.b; see them with: assess framework show</source>
        <translation>В рамочном документе {framework} {version} нет пункта {code}. Коды пунктов выглядят так: PROS-1, PROS-1.i, PROT-5, WG-11.b; их можно посмотреть командой: assess framework show</translation>
    </message>
    <message>
        <source>There is no own indicator {code} in assessment {number}.</source>
        <translation>В оценке {number} нет собственного показателя {code}.</translation>
    </message>
    <message>
        <source>There is no role {roles} on the server. Create each person&apos;s login first, for example: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; then run setup again.</source>
        <translation>На сервере нет роли {roles}. Сначала создайте для каждого пользователя роль для входа, например: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; затем снова выполните setup.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Эта база данных</translation>
    </message>
    <message>
        <source>This package was written by a newer release of Assess (package format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>Этот пакет создан более новой версией Assess (формат пакета {version}; эта версия читает формат {supported}). Чтобы импортировать его, установите более новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>Unknown command {command}; see assess --help.</source>
        <translation>Неизвестная команда {command}; см. assess --help.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use a4 or letter.</source>
        <translation>Неизвестный размер бумаги {paper}; используйте a4 или letter.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {choices}.</source>
        <translation>Неизвестный компонент {pillars}; используйте один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {roots}.</source>
        <translation>Неизвестный компонент {pillars}; используйте один из следующих: {roots}.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium or low.</source>
        <translation>Неизвестный приоритет {priority}; используйте high, medium или low.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium, low or none.</source>
        <translation>Неизвестный приоритет {priority}; используйте high, medium, low или none.</translation>
    </message>
    <message>
        <source>Unknown report format {format}; use one of {formats}.</source>
        <translation>Неизвестный формат отчёта {format}; используйте один из следующих: {formats}.</translation>
    </message>
    <message>
        <source>Unknown sslmode {sslmode}; use one of {modes}.</source>
        <translation>Неизвестное значение sslmode {sslmode}; используйте одно из следующих: {modes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of {statuses}.</source>
        <translation>Неизвестный статус {status}; используйте один из следующих: {statuses}.</translation>
    </message>
    <message>
        <source>Unknown unit {unit}; use one of {units}.</source>
        <translation>Неизвестная единица {unit}; используйте одну из следующих: {units}.</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file path or a postgresql:// URL.</source>
        <translation>Неподдерживаемая база данных {backend}: укажите путь к файлу SQLite или URL вида postgresql://.</translation>
    </message>
    <message>
        <source>Give one --by at a time: figures are broken down by one dimension at a time (a figure for {one}, another for {other}), not by combinations.</source>
        <translation>Указывайте по одному --by: разбивка делается по одному признаку за раз (одно значение для {one}, другое для {other}), а не по их сочетаниям.</translation>
    </message>
    <message>
        <source>Unknown direction {direction}; use one of {choices}.</source>
        <translation>Неизвестная желаемая динамика {direction}; используйте одно из следующих значений: {choices}.</translation>
    </message>
    <message>
        <source>Write --by as DIMENSION=CATEGORY, for example {example}.</source>
        <translation>Записывайте --by как ПРИЗНАК=КАТЕГОРИЯ, например {example}.</translation>
    </message>
    <message>
        <source>Writing the package was cancelled; no file was written.</source>
        <translation>Запись пакета отменена; файл не записан.</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>обратная косая черта</translation>
    </message>
    <message>
        <source>a count must be a whole number</source>
        <translation>количество должно быть целым числом</translation>
    </message>
    <message>
        <source>a path that leaves the package</source>
        <translation>путь, ведущий за пределы пакета</translation>
    </message>
    <message>
        <source>a percentage must lie between 0 and 100</source>
        <translation>процент должен быть от 0 до 100</translation>
    </message>
    <message>
        <source>a response marked N/A must have no scores and a justification</source>
        <translation>у ответа, отмеченного как неприменимый, не должно быть баллов и должно быть обоснование</translation>
    </message>
    <message>
        <source>a suggestion is not quoted from a source; remove &quot;source&quot; or make the provenance &quot;source&quot;</source>
        <translation>предложение не цитируется из источника; удалите &quot;source&quot; или укажите происхождение &quot;source&quot;</translation>
    </message>
    <message>
        <source>a yes/no figure must be 1 (yes) or 0 (no)</source>
        <translation>значение «да/нет» должно быть 1 (да) или 0 (нет)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>абсолютный путь</translation>
    </message>
    <message>
        <source>an empty or &apos;.&apos; path part</source>
        <translation>пустая часть пути или часть «.»</translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation>пункт не может быть связан сам с собой</translation>
    </message>
    <message>
        <source>assess server setup is for a shared PostgreSQL database: give it with --db postgresql+psycopg://OWNER@HOST/DATABASE. An SQLite file needs no roles.</source>
        <translation>Команда assess server setup предназначена для общей базы данных PostgreSQL: укажите её параметром --db postgresql+psycopg://OWNER@HOST/DATABASE. Файлу SQLite роли не нужны.</translation>
    </message>
    <message>
        <source>byte {position}</source>
        <translation>байт {position}</translation>
    </message>
    <message>
        <source>characters a package member never has</source>
        <translation>символы, которых не бывает в именах элементов пакета</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>управляющие символы</translation>
    </message>
    <message>
        <source>country or entity</source>
        <translation>Страна или образование</translation>
    </message>
    <message>
        <source>dimension {dimension} is listed twice</source>
        <translation>измерение {dimension} указано дважды</translation>
    </message>
    <message>
        <source>dimension {dimension} is not declared under dimensions</source>
        <translation>измерение {dimension} не объявлено в dimensions</translation>
    </message>
    <message>
        <source>entries of provenance &quot;suggestion&quot; need &quot;suggestion_note&quot;, saying whose suggestions they are</source>
        <translation>для записей с происхождением &quot;suggestion&quot; нужен &quot;suggestion_note&quot; с указанием, чьи это предложения</translation>
    </message>
    <message>
        <source>every value from {low} to {high} needs exactly one level</source>
        <translation>каждому значению от {low} до {high} должен соответствовать ровно один уровень</translation>
    </message>
    <message>
        <source>expected a JSON object describing a framework</source>
        <translation>ожидался объект JSON с описанием рамочного документа</translation>
    </message>
    <message>
        <source>has {count} entries; at least {limit} are needed</source>
        <translation>число записей — {count}; требуется не менее {limit}</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>число записей — {count}; допускается не более {limit}</translation>
    </message>
    <message>
        <source>holds fields this format does not have</source>
        <translation>содержит поля, которых нет в этом формате</translation>
    </message>
    <message>
        <source>indicator&apos;s definition</source>
        <translation>определение показателя</translation>
    </message>
    <message>
        <source>indicator&apos;s name</source>
        <translation>название показателя</translation>
    </message>
    <message>
        <source>is not a valid value here</source>
        <translation>здесь недопустимое значение</translation>
    </message>
    <message>
        <source>item code {code} is used twice (first at {first})</source>
        <translation>код пункта {code} используется дважды (первое вхождение: {first})</translation>
    </message>
    <message>
        <source>items are nested more than {limit} levels deep</source>
        <translation>пункты вложены более чем на {limit} уровней</translation>
    </message>
    <message>
        <source>law and institutions</source>
        <translation>законодательство и институты</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>законодательство: {law}, практика: {practice}</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}, rationale {rationale}</source>
        <translation>законодательство: {law}, практика: {practice}, обоснование: {rationale}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>строка {line}, столбец {column}</translation>
    </message>
    <message>
        <source>marks the {field} as editorial, but the item has no {field}</source>
        <translation>{field} отмечено как редакционное, но у пункта нет {field}</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>значение min должно быть меньше max</translation>
    </message>
    <message>
        <source>more than {limit} items</source>
        <translation>больше {limit} пунктов</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <source>must be {versions}, a format version this release reads</source>
        <translation>должно быть {versions} — версией формата, которую читает эта версия Assess</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не должно быть отрицательным</translation>
    </message>
    <message>
        <source>needs at least one of {names}</source>
        <translation>требуется хотя бы одно из полей: {names}</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>no item is assessable, so there is nothing to score</source>
        <translation>нет ни одного оцениваемого пункта, поэтому выставлять баллы не за что</translation>
    </message>
    <message>
        <source>no such file; check the path</source>
        <translation>такого файла нет; проверьте путь</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not an Assess framework file (expected &quot;format&quot;: &quot;assess-framework&quot;)</source>
        <translation>это не файл рамочного документа Assess (ожидалось &quot;format&quot;: &quot;assess-framework&quot;)</translation>
    </message>
    <message>
        <source>not valid JSON for a framework: a number has far too many digits</source>
        <translation>недопустимый JSON для рамочного документа: в числе слишком много цифр</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>недопустимый JSON: {reason}</translation>
    </message>
    <message>
        <source>not_applicable must be true or false.</source>
        <translation>Значение not_applicable должно быть true или false.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>практика</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>quality note</source>
        <translation>примечание о качестве</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>ответственные учреждения</translation>
    </message>
    <message>
        <source>score in law and institutions</source>
        <translation>балл по законодательству и институтам</translation>
    </message>
    <message>
        <source>score in practice</source>
        <translation>балл по практике</translation>
    </message>
    <message>
        <source>scores or N/A</source>
        <translation>баллы или неприменимость</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>tag {tag} names no item</source>
        <translation>тег {tag} не соответствует ни одному пункту</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>technical assistance needed</source>
        <translation>необходимая техническая помощь</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (items may be nested at most {limit} levels)</source>
        <translation>слишком глубокая вложенность JSON (пункты могут быть вложены не более чем на {limit} уровней)</translation>
    </message>
    <message>
        <source>the code {code} is already used at {first}; give each indicator a code of its own</source>
        <translation>код {code} уже используется в {first}; дайте каждому показателю собственный код</translation>
    </message>
    <message>
        <source>the default target must lie on the scale</source>
        <translation>целевой уровень по умолчанию должен находиться на шкале</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>не удаётся прочитать файл (доступ запрещён)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <source>the file is empty; a framework file is a JSON object</source>
        <translation>файл пуст; файл рамочного документа должен содержать объект JSON</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 JSON</source>
        <translation>файл не является текстом в кодировке UTF-8; сохраните его как JSON в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the file is {size}; a framework file may be at most {limit}</source>
        <translation>размер файла — {size}; файл рамочного документа может занимать не более {limit}</translation>
    </message>
    <message>
        <source>the provenance is &quot;source&quot; but no source is given; add &quot;source&quot; or make the provenance &quot;suggestion&quot;</source>
        <translation>указано происхождение &quot;source&quot;, но источник не указан; добавьте &quot;source&quot; или укажите происхождение &quot;suggestion&quot;</translation>
    </message>
    <message>
        <source>the text contains an invalid character (a lone \ud800-\udfff escape); fix or remove it</source>
        <translation>текст содержит недопустимый символ (одиночную экранированную последовательность \ud800-\udfff); исправьте или удалите его</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit} are allowed</source>
        <translation>текст слишком длинный (символов: {length}; допускается не более {limit})</translation>
    </message>
    <message>
        <source>this is a folder, not a framework file</source>
        <translation>это папка, а не файл рамочного документа</translation>
    </message>
    <message>
        <source>this is not a valid file name</source>
        <translation>это недопустимое имя файла</translation>
    </message>
    <message>
        <source>this is not an ordinary file; choose a framework .json file</source>
        <translation>это не обычный файл; выберите файл рамочного документа .json</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>unknown addressee {addressee}; declare it under addressees</source>
        <translation>неизвестный адресат {addressee}; объявите его в addressees</translation>
    </message>
    <message>
        <source>unknown disaggregation dimension {dimension}; declare it under &quot;disaggregations&quot;</source>
        <translation>неизвестное измерение разбивки {dimension}; объявите его в &quot;disaggregations&quot;</translation>
    </message>
    <message>
        <source>unknown kind {kind}; declare it under kinds</source>
        <translation>неизвестный вид {kind}; объявите его в kinds</translation>
    </message>
    <message>
        <source>unknown source document {document}</source>
        <translation>неизвестный исходный документ {document}</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep</source>
        <translation>значения вложены более чем на {limit} уровней</translation>
    </message>
    <message>
        <source>write a year (2024) or a range of dates, first and last day (2024-01-01/2024-06-30)</source>
        <translation>укажите год (2024) или диапазон дат, первый и последний день (2024-01-01/2024-06-30)</translation>
    </message>
    <message>
        <source>write digits with a point for decimals, for example 1250 or 12.5</source>
        <translation>пишите цифры с точкой перед дробной частью, например 1250 или 12.5</translation>
    </message>
    <message>
        <source>written for format version {version}; this release reads version {supported}. Update Assess to load it</source>
        <translation>файл создан для формата версии {version}, а эта версия Assess читает версию {supported}. Обновите Assess, чтобы загрузить его</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension}</source>
        <translation>{category} не является категорией измерения {dimension}</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} (categories: {known}).</source>
        <translation>{category} не является категорией признака {dimension} (категории: {known}).</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} for {code}; its categories are {known}.</source>
        <translation>{category} не является категорией признака {dimension} для {code}; его категории: {known}.</translation>
    </message>
    <message>
        <source>{code} cannot be an indicator code: use 1 to 60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a capital letter or a digit, for example OWN-1.</source>
        <translation>{code} не может быть кодом показателя: используйте от 1 до 60 букв, цифр, «.», «_» или «-», начиная с заглавной буквы или цифры, например OWN-1.</translation>
    </message>
    <message>
        <source>{code} cannot be both N/A and scored; give either scores or N/A with a reason.</source>
        <translation>Пункт {code} не может быть одновременно неприменимым и оценённым; укажите либо баллы, либо неприменимость с обоснованием.</translation>
    </message>
    <message>
        <source>{code} has a figure for {period} by {dimension} = {category}; remove it before leaving that category out.</source>
        <translation>У {code} есть значение за {period} по {dimension} = {category}; удалите его, прежде чем исключать эту категорию.</translation>
    </message>
    <message>
        <source>{code} has no breakdowns, only a total; record its figure without a dimension.</source>
        <translation>У {code} нет разбивок, только итог; вносите его значение без признака.</translation>
    </message>
    <message>
        <source>{code} holds figures for {count} periods; remove them before removing the indicator.</source>
        <translation>У {code} есть данные за периоды (число периодов: {count}); удалите их, прежде чем удалять показатель.</translation>
    </message>
    <message>
        <source>{code} is an indicator of the framework; only the team&apos;s own indicators can be changed.</source>
        <translation>{code} — показатель рамочной программы; изменять можно только собственные показатели группы.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} — справочный, а не оцениваемый пункт; укажите коды оцениваемых пунктов, например PROS-1.i или WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; it cannot be scored.</source>
        <translation>{code} — справочный, а не оцениваемый пункт; по нему нельзя выставить баллы.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} не является пунктом этого рамочного документа; укажите коды оцениваемых пунктов, например PROS-1.i или WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is not broken down by {dimension}; its dimensions are {known}.</source>
        <translation>{code} не разбивается по признаку {dimension}; его признаки: {known}.</translation>
    </message>
    <message>
        <source>{code} is not one of the assessment&apos;s own indicators; only those can be changed.</source>
        <translation>{code} не является собственным показателем оценки; изменять можно только такие показатели.</translation>
    </message>
    <message>
        <source>{code} names no item</source>
        <translation>нет пункта с кодом {code}</translation>
    </message>
    <message>
        <source>{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>Пункт {code} был изменён другим пользователем после того, как вы его открыли, поэтому ваше изменение не сохранено. Сейчас в нём: {state}. Просмотрите его и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>Пункт {code} был изменён пользователем {user} после того, как вы его открыли, поэтому ваше изменение не сохранено. Сейчас в нём: {state}. Просмотрите его и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>{code} was changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>Пункт {code} был изменён здесь после подготовки объединения; ничего не объединено. Подготовьте объединение заново.</translation>
    </message>
    <message>
        <source>{code} {period}, {where}: {value} is refused; {problem}.</source>
        <translation>{code} {period}, {where}: значение {value} отклонено; {problem}.</translation>
    </message>
    <message>
        <source>{code} {period}: a breakdown by {dimension} (adding up to {sum}) but no total.</source>
        <translation>{code} {period}: есть разбивка по признаку «{dimension}» (сумма {sum}), но нет итога.</translation>
    </message>
    <message>
        <source>{code} {period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.</source>
        <translation>{code} {period}: сумма разбивки по признаку «{dimension}» равна {sum}, а не итогу {total}.</translation>
    </message>
    <message>
        <source>{code}: {fields}</source>
        <translation>{code}: {fields}</translation>
    </message>
    <message>
        <source>{count} changes conflict and were not settled ({conflicts}); nothing was merged. Choose mine or theirs for each.</source>
        <translation>Нерешённых конфликтов: {count} ({conflicts}); ничего не объединено. Для каждого выберите вашу версию или их версию.</translation>
    </message>
    <message>
        <source>{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>Пунктов в конфликте: {count} ({codes}); ничего не объединено. Решите все конфликты с помощью --take mine или --take theirs либо по одному в окне программы (Файл &gt; Импорт ответа учреждения…).</translation>
    </message>
    <message>
        <source>{database} cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть базу данных {database}: {reason}.</translation>
    </message>
    <message>
        <source>{database} holds an older Assess schema ({revision}; this release needs {wanted}) that only its owner ({owner}) may upgrade; your database user is {user}. Ask the database owner to run: assess server setup --db URL. Nothing was changed.</source>
        <translation>{database} использует более старую схему Assess ({revision}; этой версии нужна {wanted}), обновить которую может только владелец ({owner}); ваш пользователь базы данных — {user}. Попросите владельца базы данных выполнить: assess server setup --db URL. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{database} holds no Assess tables yet, and your database user {user} may not create them. Ask the database owner to run: assess server setup --db URL</source>
        <translation>{database} ещё не содержит таблиц Assess, а ваш пользователь базы данных {user} не может их создать. Попросите владельца базы данных выполнить: assess server setup --db URL</translation>
    </message>
    <message>
        <source>{database} is a database, but not an Assess database (it has tables {tables}). Choose another file; nothing was changed.</source>
        <translation>{database} — база данных, но не база данных Assess (в ней есть таблицы {tables}). Выберите другой файл; ничего не изменено.</translation>
    </message>
    <message>
        <source>{database} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База данных {database} занята: в неё записывает данные другая программа. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>{database} is damaged or is not an Assess database. Restore it from a backup; nothing was changed.</source>
        <translation>База данных {database} повреждена или не является базой данных Assess. Восстановите её из резервной копии; ничего не изменено.</translation>
    </message>
    <message>
        <source>{database} is read-only. Copy it somewhere you can write.</source>
        <translation>База данных {database} доступна только для чтения. Скопируйте её туда, где у вас есть права на запись.</translation>
    </message>
    <message>
        <source>{database} was written by a newer release of Assess (schema {revision}). Install the newer release to open it; nothing was changed.</source>
        <translation>{database} создана более новой версией Assess (схема {revision}). Чтобы открыть её, установите более новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>{database}: someone else was saving at the same moment, so this change was not saved. Try again.</source>
        <translation>{database}: другой пользователь сохранял данные в тот же момент, поэтому это изменение не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>{database}: the database reported an error: {reason}</source>
        <translation>{database}: база данных сообщила об ошибке: {reason}</translation>
    </message>
    <message>
        <source>{database}: the server refused ({reason}). Your database user may not do this; the database owner grants access with: assess server setup --editor USER or --viewer USER</source>
        <translation>{database}: сервер отказал ({reason}). Вашему пользователю базы данных это действие не разрешено; владелец базы данных предоставляет доступ командой: assess server setup --editor USER или --viewer USER</translation>
    </message>
    <message>
        <source>{date} is not a valid date</source>
        <translation>{date} не является допустимой датой</translation>
    </message>
    <message>
        <source>{dimension} is not a dimension of this framework (dimensions: {known}).</source>
        <translation>{dimension} не является признаком этой рамочной программы (признаки: {known}).</translation>
    </message>
    <message>
        <source>{field} belongs to format version 2; set format_version to 2 to use it</source>
        <translation>{field} относится к версии 2 формата; чтобы использовать его, установите format_version равным 2</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>отсутствует поле {field}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{file} уже существует; выберите новое имя файла (ничего не перезаписано).</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the demo database.</source>
        <translation>{file} уже существует; выберите новое имя файла для демонстрационной базы данных.</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>Не удаётся прочитать {file} (доступ запрещён).</translation>
    </message>
    <message>
        <source>{file} cannot be read as a database ({problem}); nothing was changed.</source>
        <translation>Не удаётся прочитать {file} как базу данных ({problem}); ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>Не удаётся прочитать {file}: {problem}.</translation>
    </message>
    <message>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} не существует или не является файлом.</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path.</source>
        <translation>{file} не существует; проверьте путь.</translation>
    </message>
    <message>
        <source>{file} is a folder; attach the files in it one by one.</source>
        <translation>{file} — это папка; добавляйте файлы из неё по одному.</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of the backup file to write.</source>
        <translation>{file} — это папка; укажите имя файла резервной копии.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database, but not an Assess database; nothing was changed.</source>
        <translation>{file} — база данных SQLite, но не база данных Assess; ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} is damaged (no answer); nothing was changed.</source>
        <translation>{file} повреждён (проверка не дала ответа); ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} повреждён ({problem}); ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} используется другой программой; закройте там Assess и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} не является обычным файлом.</translation>
    </message>
    <message>
        <source>{file} is not an Assess database (it is not an SQLite file); nothing was changed.</source>
        <translation>{file} не является базой данных Assess (это не файл SQLite); ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} was made from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it came from, or import it as a new assessment.</source>
        <translation>{file} создан на основе другой оценки ({label}, создана {created} UTC), а не оценки {number} ({own_label}); ничего не объединено. Объедините его с той оценкой, из которой он получен, или импортируйте как новую оценку.</translation>
    </message>
    <message>
        <source>{file} was made on framework {framework} {version}, but assessment {number} uses {own_framework} {own_version}; nothing was merged. Import it as a new assessment instead.</source>
        <translation>{file} создан на основе рамочного документа {framework} {version}, а оценка {number} использует {own_framework} {own_version}; ничего не объединено. Вместо этого импортируйте его как новую оценку.</translation>
    </message>
    <message>
        <source>{file}, at {location}: {problem}</source>
        <translation>{file}, {location}: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a different {column} for {code} {period} than on row {first}; give it once, on the total&apos;s row. Nothing was imported.</source>
        <translation>{file}, строка {row}: другое значение {column} для {code} {period}, чем в строке {first}; укажите его один раз, в строке итога. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem} Nothing was imported.</source>
        <translation>{file}, строка {row}: {problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, rows {first} and {row} give two figures for the same {code} {period} {what}. Nothing was imported.</source>
        <translation>{file}: строки {first} и {row} дают два значения для одного и того же {code} {period} {what}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose another place for the report.</source>
        <translation>{folder} не является папкой; выберите другое место для отчёта.</translation>
    </message>
    <message>
        <source>{id} is declared twice</source>
        <translation>идентификатор {id} объявлен дважды</translation>
    </message>
    <message>
        <source>{item} is not an item of this assessment&apos;s framework.</source>
        <translation>{item} не является пунктом рамочной программы этой оценки.</translation>
    </message>
    <message>
        <source>{label} has a damaged or unsupported password envelope; nothing was changed.</source>
        <translation>{label}: защищённая паролем оболочка повреждена или не поддерживается; ничего не изменено.</translation>
    </message>
    <message>
        <source>{label} has been altered or damaged (part {part} of {count} fails its authentication check). Nothing was imported; ask the sender for the file again.</source>
        <translation>{label} изменён или повреждён (часть {part} из {count} не прошла проверку подлинности). Ничего не импортировано; попросите отправителя прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete ZIP file). Ask the sender for it again; nothing was imported.</source>
        <translation>{label} повреждён или обрезан (это неполный файл ZIP). Попросите отправителя прислать его ещё раз; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is incomplete: it has no {member}. Nothing was imported.</source>
        <translation>Пакет {label} неполный: в нём нет {member}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is incomplete: its manifest lists {name}, which is missing. Nothing was imported.</source>
        <translation>Пакет {label} неполный: в манифесте указан {name}, но этот элемент отсутствует. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is incomplete: the evidence file {name} of {code} is missing.</source>
        <translation>Пакет {label} неполный: отсутствует файл материала {name} пункта {code}.</translation>
    </message>
    <message>
        <source>{label} is not a password-protected Assess package.</source>
        <translation>{label} не является защищённым паролем пакетом Assess.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: число элементов в нём — {count}, а допускается не более {limit}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which its manifest does not list. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: в нём есть {name}, но этот элемент не указан в манифесте. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which no item refers to. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: в нём есть {name}, но ни один пункт на него не ссылается. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its manifest lists {name} twice. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: в его манифесте {name} указан дважды. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its {member} is not the framework its manifest names. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: его {member} не соответствует рамочному документу, указанному в манифесте. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: the evidence file {name} of {code} has two different sizes. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: для файла материала {name} пункта {code} указаны два разных размера. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} holds more than it declares. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: {name} содержит больше данных, чем заявлено. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is not named after its SHA-256. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: имя {name} не совпадает с его SHA-256. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is {size} bytes, but its manifest says {declared}. Nothing was imported.</source>
        <translation>{label} не является безопасным пакетом Assess: размер {name} — {size} байт, а в манифесте указано {declared}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package (it is not a ZIP file). Nothing was imported.</source>
        <translation>{label} не является пакетом Assess (это не файл ZIP). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package: it has no {member}. Nothing was imported.</source>
        <translation>{label} не является пакетом Assess: в нём нет {member}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is protected by a password; give the password to open it (on the command line: --password-file FILE).</source>
        <translation>{label} защищён паролем; чтобы открыть его, введите пароль (в командной строке: --password-file FILE).</translation>
    </message>
    <message>
        <source>{label} is truncated (its last encrypted part is incomplete). Ask for the file again.</source>
        <translation>{label} обрезан (последняя зашифрованная часть неполная). Запросите файл ещё раз.</translation>
    </message>
    <message>
        <source>{label} is truncated: its password envelope is incomplete. Ask for the file again.</source>
        <translation>{label} обрезан: защищённая паролем оболочка неполная. Запросите файл ещё раз.</translation>
    </message>
    <message>
        <source>{label} was protected by a newer release of Assess (envelope version {version}). Install the newer release to open it; nothing was changed.</source>
        <translation>{label} защищён более новой версией Assess (версия оболочки {version}). Чтобы открыть его, установите более новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>{label}: item {code} is scored {value}, off its scale ({low} to {high}). Nothing was imported.</source>
        <translation>{label}: пункту {code} выставлен балл {value} — вне шкалы (от {low} до {high}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem}. Nothing was imported.</source>
        <translation>{label}: пункт {code}: {problem}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}: файл материала {name} не соответствует SHA-256, указанному в манифесте; пакет был изменён или повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} is missing.</source>
        <translation>{label}: отсутствует файл материала {name}.</translation>
    </message>
    <message>
        <source>{label}: the figures of {code}: {problem} Nothing was imported.</source>
        <translation>{label}: данные показателя {code}: {problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: the indicator {code}: {problem} Nothing was imported.</source>
        <translation>{label}: показатель {code}: {problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: the member {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}: элемент {name} не соответствует SHA-256, указанному в манифесте; пакет был изменён или повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {member} defines the indicator {code} twice, or over an item or indicator of its framework. Nothing was imported.</source>
        <translation>{label}: {member} определяет показатель {code} дважды или поверх пункта либо показателя своей рамочной программы. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {member} gives the figures of {code} for {period} twice. Nothing was imported.</source>
        <translation>{label}: {member} дважды приводит данные {code} за {period}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {member} has figures of {code}, which is no indicator of its framework or of the package. Nothing was imported.</source>
        <translation>{label}: {member} содержит данные {code}, который не является показателем ни его рамочной программы, ни пакета. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {member} holds {code}, which is not an assessable item of its framework.</source>
        <translation>{label}: {member} содержит {code}, а это не оцениваемый пункт его рамочного документа.</translation>
    </message>
    <message>
        <source>{label}: {member} lists item {code} twice. Nothing was imported.</source>
        <translation>{label}: в {member} пункт {code} указан дважды. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {name} holds more than the {size} bytes its manifest says.</source>
        <translation>{label}: {name} содержит больше данных, чем указано в манифесте ({size} байт).</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Ask the sender for the file again.</source>
        <translation>{label}: {name} повреждён ({error}). Попросите отправителя прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Nothing was imported.</source>
        <translation>{label}: {name} повреждён ({error}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {name} is not valid JSON ({error}). Nothing was imported.</source>
        <translation>{label}: {name} не является допустимым JSON ({error}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{member} is not part of an Assess package (it does not say format {format}).</source>
        <translation>{member} не является частью пакета Assess (в нём не указан формат {format}).</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem}</source>
        <translation>{member}, {where}: {problem}</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem} (and {count} more problems)</source>
        <translation>{member}, {where}: {problem} (и ещё проблем: {count})</translation>
    </message>
    <message>
        <source>{member}: {problem}</source>
        <translation>{member}: {problem}</translation>
    </message>
    <message>
        <source>{member}: {problem} (and {count} more problems)</source>
        <translation>{member}: {problem} (и ещё проблем: {count})</translation>
    </message>
    <message>
        <source>{name} grew past the size limit while it was being read; nothing was added.</source>
        <translation>Размер {name} превысил допустимый предел во время чтения; ничего не добавлено.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it.</source>
        <translation>В {name} больше {limit} строк; разделите файл.</translation>
    </message>
    <message>
        <source>{name} has no column {columns} in its first row; fill in the sheet that assess data template writes.</source>
        <translation>В первой строке {name} нет столбца {columns}; заполните таблицу, которую записывает assess data template.</translation>
    </message>
    <message>
        <source>{name} is a superuser or owns the Assess tables, so it can always change them and cannot be a viewer. Give each viewer a login role of their own.</source>
        <translation>{name} — суперпользователь или владелец таблиц Assess, поэтому эта роль всегда может их изменять и не может иметь доступ только для чтения. Создайте каждому пользователю с доступом только для чтения собственную роль для входа.</translation>
    </message>
    <message>
        <source>{name} is empty; fill in the template from: assess data template</source>
        <translation>{name} пуст; заполните шаблон, полученный командой: assess data template</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it into smaller sheets.</source>
        <translation>{name} больше {limit} МБ; разделите его на таблицы поменьше.</translation>
    </message>
    <message>
        <source>{name} is neither a .csv nor an .xlsx file; give one of those.</source>
        <translation>{name} не является ни файлом .csv, ни файлом .xlsx; укажите один из них.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{name} не является текстом в UTF-8; сохраните его как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file ({problem}).</source>
        <translation>{name} не является правильным файлом CSV ({problem}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook (or it is damaged).</source>
        <translation>{name} не является книгой XLSX (или повреждён).</translation>
    </message>
    <message>
        <source>{name} is required but missing</source>
        <translation>отсутствует обязательное поле {name}</translation>
    </message>
    <message>
        <source>{name} is {size}; evidence files may be at most {limit}. Attach a smaller extract, or raise the limit (max_evidence_mb in settings.json).</source>
        <translation>Размер {name} — {size}; файлы материалов могут занимать не более {limit}. Добавьте выдержку меньшего размера или увеличьте предел (max_evidence_mb в settings.json).</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it is not a sheet of figures.</source>
        <translation>В распакованном виде {name} занимает больше {limit} МБ; это не таблица данных.</translation>
    </message>
    <message>
        <source>{path} (indicator {code})</source>
        <translation>{path} (показатель {code})</translation>
    </message>
    <message>
        <source>{path} (item {code})</source>
        <translation>{path} (пункт {code})</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{path} уже существует; выберите новое имя файла (ничего не перезаписано).</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>Не удаётся прочитать {path} (доступ запрещён).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file; check the path.</source>
        <translation>{path} не существует или не является файлом; проверьте путь.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} не существует; проверьте путь.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of a .sqlite file.</source>
        <translation>{path} — это папка, а не файл базы данных. Укажите путь к файлу .sqlite.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the package file to write.</source>
        <translation>{path} — это папка; укажите имя файла пакета.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the report file to write, e.g. {example}</source>
        <translation>{path} — это папка; укажите имя файла отчёта, например {example}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} не является файлом.</translation>
    </message>
    <message>
        <source>{path} is not an Assess database (it is not an SQLite file). Check the path; nothing was changed.</source>
        <translation>{path} не является базой данных Assess (это не файл SQLite). Проверьте путь; ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is read-only. Copy it somewhere you can write, or change its permissions.</source>
        <translation>{path} доступен только для чтения. Скопируйте его туда, где у вас есть права на запись, или измените права доступа к нему.</translation>
    </message>
    <message>
        <source>{path} is too large to be a password file; put the password on its first line.</source>
        <translation>{path} слишком велик для файла с паролем; запишите пароль в первую строку.</translation>
    </message>
    <message>
        <source>{period}: quality note</source>
        <translation>{period}: примечание о качестве</translation>
    </message>
    <message>
        <source>{period}: source</source>
        <translation>{period}: источник</translation>
    </message>
    <message>
        <source>{period}: total</source>
        <translation>{period}: итог</translation>
    </message>
    <message>
        <source>{period}: {dimension} = {category}</source>
        <translation>{period}: {dimension} = {category}</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} не является номером порта (от 1 до 65535).</translation>
    </message>
    <message>
        <source>{prefix} cannot start a role name: use lower-case letters, digits and _ (for example assess).</source>
        <translation>{prefix} не может быть началом имени роли: используйте строчные латинские буквы, цифры и _ (например, assess).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (и ещё проблем: {count})</translation>
    </message>
    <message>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{problem}; remove it or check its spelling</source>
        <translation>{problem}; удалите это поле или проверьте его написание</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>{text} не является датой; укажите её в формате ГГГГ-ММ-ДД, например 2027-06-30.</translation>
    </message>
    <message>
        <source>{url} is not a database URL; expected for example postgresql+psycopg://user@host/db</source>
        <translation>{url} не является URL базы данных; ожидается, например, postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>{value} has too many digits: at most {digits} before the point and {decimals} after.</source>
        <translation>В {value} слишком много цифр: не более {digits} до точки и {decimals} после.</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;pt-BR&quot;</source>
        <translation>{value} не является кодом языка (например, &quot;en&quot;, &quot;fr&quot; или &quot;pt-BR&quot;)</translation>
    </message>
    <message>
        <source>{value} is not a number; {how}.</source>
        <translation>{value} — не число; {how}.</translation>
    </message>
    <message>
        <source>{value} is not a period; {how}.</source>
        <translation>{value} — не период; {how}.</translation>
    </message>
    <message>
        <source>{value} is not a valid time.</source>
        <translation>{value} не является допустимым значением времени.</translation>
    </message>
    <message>
        <source>{value} is not an assessment id; see the ids with: assess list</source>
        <translation>{value} не является идентификатором оценки; идентификаторы можно посмотреть командой: assess list</translation>
    </message>
    <message>
        <source>{value} names a day that does not exist; {how}.</source>
        <translation>{value} указывает несуществующий день; {how}.</translation>
    </message>
    <message>
        <source>{where}.addressee (item {code})</source>
        <translation>{where}.addressee (пункт {code})</translation>
    </message>
    <message>
        <source>{where}.dimensions (item {code})</source>
        <translation>{where}.dimensions (пункт {code})</translation>
    </message>
    <message>
        <source>{where}.editorial (item {code})</source>
        <translation>{where}.editorial (пункт {code})</translation>
    </message>
    <message>
        <source>{where}.kind (item {code})</source>
        <translation>{where}.kind (пункт {code})</translation>
    </message>
    <message>
        <source>{where}.source (item {code})</source>
        <translation>{where}.source (пункт {code})</translation>
    </message>
    <message>
        <source>{where}.tags (item {code})</source>
        <translation>{where}.tags (пункт {code})</translation>
    </message>
    <message>
        <source>A workbook cannot be protected by a password: the institution could not fill it in. Leave out --password-file, or send a package (.assess) instead.</source>
        <translation>Книгу нельзя защитить паролем: учреждение не смогло бы её заполнить. Уберите --password-file или отправьте пакет (.assess).</translation>
    </message>
    <message>
        <source>A workbook carries no evidence files.</source>
        <translation>Книга не содержит файлов материалов.</translation>
    </message>
    <message>
        <source>A workbook has no password; leave out --password-file.</source>
        <translation>У книги нет пароля; уберите --password-file.</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from: give --into ASSESSMENT (assess list shows them).</source>
        <translation>Книга объединяется с оценкой, из которой она была отправлена: укажите --into ОЦЕНКА (их список выводит assess list).</translation>
    </message>
    <message>
        <source>Assess package</source>
        <translation>пакетом Assess</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell} holds a formula; its text was taken as typed, never calculated.</source>
        <translation>Лист {sheet}, ячейка {cell}: в ней формула; её текст взят как есть и не вычислялся.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell}: the {what} of {code} was changed in the workbook; the change was ignored (the checklist stays as it is).</source>
        <translation>Лист {sheet}, ячейка {cell}: в книге изменено поле «{what}» пункта {code}; изменение проигнорировано (контрольный перечень не меняется).</translation>
    </message>
    <message>
        <source>Sheet {sheet}: the row of {code} is missing, so nothing was taken for it.</source>
        <translation>Лист {sheet}: нет строки пункта {code}, поэтому по нему ничего не принято.</translation>
    </message>
    <message>
        <source>The {field} of {code} holds a control character that a spreadsheet cannot hold. Remove it, or send this part as a package. No workbook was written.</source>
        <translation>Поле «{field}» пункта {code} содержит управляющий символ, который не может храниться в электронной таблице. Удалите его или отправьте эту часть пакетом. Книга не записана.</translation>
    </message>
    <message>
        <source>The {field} of {code} is {length} characters long; a spreadsheet cell holds at most {limit}. Shorten it, or send this part as a package. No workbook was written.</source>
        <translation>Поле «{field}» пункта {code} содержит {length} символов; ячейка электронной таблицы вмещает не более {limit}. Сократите текст или отправьте эту часть пакетом. Книга не записана.</translation>
    </message>
    <message>
        <source>This workbook was written by a newer release of Assess (workbook format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>Эта книга записана более новой версией Assess (формат книги {version}; эта версия читает формат {supported}). Установите более новую версию, чтобы импортировать её; ничего не изменено.</translation>
    </message>
    <message>
        <source>a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {cell}, or clear this cell</source>
        <translation>указана причина неприменимости, но пункт не отмечен как неприменимый: выберите «Неприменимо» в ячейке {cell} или очистите эту ячейку</translation>
    </message>
    <message>
        <source>a value in a column Assess did not write</source>
        <translation>значение в столбце, которого Assess не создавал</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>it holds a formula ({formula}), and formulas are never calculated on import: type the value itself</source>
        <translation>в ней формула ({formula}), а формулы при импорте никогда не вычисляются: введите само значение</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>текст пункта</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {problem}</source>
        <translation>лист {sheet}, ячейка {cell}: {problem}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>the hidden column {column} was changed ({problem})</source>
        <translation>скрытый столбец {column} изменён ({problem})</translation>
    </message>
    <message>
        <source>the hidden columns of this row were changed</source>
        <translation>скрытые столбцы этой строки изменены</translation>
    </message>
    <message>
        <source>the item is marked N/A and also scored ({cells}): clear the scores or the N/A</source>
        <translation>пункт отмечен как неприменимый и при этом оценён ({cells}): удалите баллы или отметку о неприменимости</translation>
    </message>
    <message>
        <source>the item is marked N/A: say why in this cell</source>
        <translation>пункт отмечен как неприменимый: укажите причину в этой ячейке</translation>
    </message>
    <message>
        <source>this row has answers but no item code</source>
        <translation>в этой строке есть ответы, но нет кода пункта</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>файлом книги Excel</translation>
    </message>
    <message>
        <source>{code} is already in row {row}: each item has one row</source>
        <translation>{code} уже есть в строке {row}: у каждого пункта одна строка</translation>
    </message>
    <message>
        <source>{code} is not an item this workbook was sent with</source>
        <translation>{code} не входит в пункты, отправленные с этой книгой</translation>
    </message>
    <message>
        <source>{file} was sent from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it was sent from.</source>
        <translation>{file} был отправлен из другой оценки ({label}, создана {created} UTC), а не из оценки {number} ({own_label}); ничего не объединено. Объедините его с оценкой, из которой он был отправлен.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells (and look for more of the kind), then import it again: {problems}.</source>
        <translation>{label} пока нельзя импортировать; ничего не изменено. Исправьте эти ячейки (и проверьте, нет ли других таких же), затем импортируйте снова: {problems}.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells, then import it again: {problems}.</source>
        <translation>{label} пока нельзя импортировать; ничего не изменено. Исправьте эти ячейки, затем импортируйте снова: {problems}.</translation>
    </message>
    <message>
        <source>{label} could not be read as a workbook ({error}). Save it again as an Excel Workbook (.xlsx), or ask for the file again. Nothing was imported.</source>
        <translation>{label} не удалось прочитать как книгу ({error}). Сохраните её снова как книгу Excel (.xlsx) или запросите файл ещё раз. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} has no sheet {sheet}, where the answers are: a sheet was renamed or deleted. Nothing was imported.</source>
        <translation>В {label} нет листа {sheet}, на котором находятся ответы: лист был переименован или удалён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} holds no answers: its sheet {sheet} has no rows of items. Nothing was imported.</source>
        <translation>В {label} нет ответов: на листе {sheet} нет строк пунктов. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) (in LibreOffice Calc: File &gt; Save As, file type Excel 2007-365) and import that file. Nothing was imported.</source>
        <translation>{label} — электронная таблица OpenDocument (.ods). Сохраните её как книгу Excel (.xlsx) (в LibreOffice Calc: Файл &gt; Сохранить как, тип Excel 2007-365) и импортируйте этот файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete workbook). Ask for the file again; nothing was imported.</source>
        <translation>{label} повреждён или обрезан (это не полная книга). Запросите файл ещё раз; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is in the old Excel 97-2003 format, or protected with a password. Save it as an Excel Workbook (.xlsx) without a password, and import that file. Nothing was imported.</source>
        <translation>{label} сохранён в старом формате Excel 97-2003 или защищён паролем. Сохраните его как книгу Excel (.xlsx) без пароля и импортируйте этот файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe workbook: its part {name} declares a document type or entities, which spreadsheet programs never write. Nothing was imported.</source>
        <translation>{label} не является безопасной книгой: её часть {name} объявляет тип документа или сущности, чего программы электронных таблиц никогда не записывают. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds a member named {name} ({why}). Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: в нём есть элемент с именем {name} ({why}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds the member {name} twice. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: элемент {name} содержится в нём дважды. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: число элементов в нём — {count}, а допускается не более {limit}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} gives two different sizes. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: для его элемента {name} указаны два разных размера. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a folder, not a file. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: его элемент {name} — папка, а не файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a special file, not a file. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: его элемент {name} — специальный, а не обычный файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a symbolic link, not a file. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: его элемент {name} — символическая ссылка, а не файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is encrypted with a ZIP password. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: его элемент {name} зашифрован паролем ZIP. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} overlaps another member. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: его элемент {name} перекрывается с другим элементом. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} uses an unsupported compression. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: его элемент {name} использует неподдерживаемый метод сжатия. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would decompress to {size} (limit {limit}). Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: после распаковки его элемент {name} занял бы {size} (предел — {limit}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would expand {ratio} times when decompressed (at most {limit} allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: при распаковке его элемент {name} увеличился бы в {ratio} раз (допускается не более чем в {limit}) — это «ZIP-бомба». Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would decompress to more than {limit} in all. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: после распаковки его элементы заняли бы в сумме больше {limit}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would expand {ratio} times when decompressed, to {size} (at most {limit} times allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} не является безопасным {container}: при распаковке его элементы увеличились бы в {ratio} раз, до {size} (допускается не более чем в {limit} раз) — это «ZIP-бомба». Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx). Import the workbook the secretariat sent, filled in and saved as an Excel Workbook (.xlsx). Nothing was imported.</source>
        <translation>{label} не является книгой (.xlsx). Импортируйте книгу, отправленную секретариатом, заполненную и сохранённую как книга Excel (.xlsx). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx): it is a ZIP file of another kind. Nothing was imported.</source>
        <translation>{label} не является книгой (.xlsx): это ZIP-файл другого типа. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} is {size} bytes; a contribution workbook is never larger than {limit} bytes. Nothing was imported.</source>
        <translation>Размер {label} — {size} байт; книга с ответом учреждения никогда не бывает больше {limit} байт. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} was not written by Assess (it has no hidden sheet {sheet}). Only a workbook written with Send part to an institution (or assess export ... --out FILE.xlsx) can be imported. Nothing was imported.</source>
        <translation>{label} записан не Assess (в нём нет скрытого листа {sheet}). Импортировать можно только книгу, записанную командой «Отправить часть учреждению» (или assess export ... --out ФАЙЛ.xlsx). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label} was sent from an assessment on framework {framework} {version}, which this database does not have: merge it into the assessment it was sent from, in the database it was sent from. Nothing was imported.</source>
        <translation>{label} был отправлен из оценки по рамочной основе {framework} {version}, которой нет в этой базе данных: объедините его с оценкой, из которой он был отправлен, в той базе данных, откуда он пришёл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} lists columns this release does not read. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: на его скрытом листе {sheet} перечислены столбцы, которые эта версия не читает. Запросите у секретариата новую книгу. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged ({problem}). Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: его скрытый лист {sheet} изменён или повреждён ({problem}). Запросите у секретариата новую книгу. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged, so the workbook cannot be matched to its assessment. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: его скрытый лист {sheet} изменён или повреждён, поэтому книгу нельзя сопоставить с её оценкой. Запросите у секретариата новую книгу. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: a column Assess did not write ({found}). Move what it holds into the answer columns, delete it, then import again. Nothing was imported.</source>
        <translation>{label}: лист {sheet}, ячейка {cell}: столбец, которого Assess не создавал ({found}). Перенесите его содержимое в столбцы ответов, удалите его и импортируйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the column {expected} is not where it was sent ({found} is there instead): columns were deleted or moved. Put them back as they were sent, then import again. Nothing was imported.</source>
        <translation>{label}: лист {sheet}, ячейка {cell}: столбец {expected} находится не там, где был при отправке (вместо него — {found}): столбцы удалены или перемещены. Верните их на место и импортируйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the hidden column {expected} is not where it was sent ({found} is there instead), so hidden columns were deleted or moved and what was sent cannot be known. Ask the secretariat for a new workbook and copy your answers into it. Nothing was imported.</source>
        <translation>{label}: лист {sheet}, ячейка {cell}: скрытый столбец {expected} находится не там, где был при отправке (вместо него — {found}); значит, скрытые столбцы удалены или перемещены и узнать, что было отправлено, нельзя. Запросите у секретариата новую книгу и перенесите в неё свои ответы. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the workbook file to write.</source>
        <translation>{path} — это папка; укажите имя файла книги для записи.</translation>
    </message>
    <message>
        <source>{value} is not a choice here: choose {choice} from the list or leave the cell empty</source>
        <translation>{value} здесь не допускается: выберите {choice} из списка или оставьте ячейку пустой</translation>
    </message>
    <message>
        <source>{value} is not a date: type a date such as {example}</source>
        <translation>{value} — не дата: введите дату, например {example}</translation>
    </message>
    <message>
        <source>{value} is not a priority: choose {choices} from the list</source>
        <translation>{value} — не приоритет: выберите из списка {choices}</translation>
    </message>
    <message>
        <source>{value} is not a score: choose a level from {low} to {high} from the list</source>
        <translation>{value} — не балл: выберите из списка уровень от {low} до {high}</translation>
    </message>
    <message>
        <source>{value} is off the scale ({low} to {high}): choose a level from the list</source>
        <translation>{value} вне шкалы (от {low} до {high}): выберите уровень из списка</translation>
    </message>
    <message>
        <source>The package would hold {count} evidence files; a package may hold at most {limit}. Send the part in pieces (a few pillars at a time); nothing was written.</source>
        <translation>Пакет содержал бы файлов с материалами: {count}; в пакете может быть не более {limit}. Отправьте часть по частям (по нескольку компонентов за раз); ничего не записано.</translation>
    </message>
    <message>
        <source>The package&apos;s framework {framework} {version} differs from the one of that id and version in this database; nothing was imported. Ask the sender which framework they used.</source>
        <translation>Рамочный документ {framework} {version} в пакете отличается от документа с тем же идентификатором и версией в этой базе данных; ничего не импортировано. Спросите отправителя, какой рамочный документ он использовал.</translation>
    </message>
    <message>
        <source>The {what} holds a NUL character (\x00), which no text may hold; remove it.</source>
        <translation>Поле «{what}» содержит символ NUL (\x00), который не может содержать никакой текст; удалите его.</translation>
    </message>
    <message>
        <source>The {what} holds a character that is not valid text ({char}), for example a byte that is not UTF-8 from a command line or a file name; retype it.</source>
        <translation>Поле «{what}» содержит символ, не являющийся допустимым текстом ({char}), например байт не в кодировке UTF-8 из командной строки или имени файла; введите текст заново.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path; nothing was created (assess new creates a database).</source>
        <translation>По пути {path} нет базы данных. Проверьте путь; ничего не создано (базу данных создаёт команда assess new).</translation>
    </message>
    <message>
        <source>This database holds a changed copy of the built-in framework {key} {version}; Assess will not use it. Restore a backup from before the change.</source>
        <translation>В этой базе данных хранится изменённая копия встроенного рамочного документа {key} {version}; Assess не будет её использовать. Восстановите резервную копию, сделанную до изменения.</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблицу</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>триггер</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>представление</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>institution name</source>
        <translation>название учреждения</translation>
    </message>
    <message>
        <source>legal citation</source>
        <translation>правовая ссылка</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>the file holds more than {limit} JSON values, more than a framework may</source>
        <translation>файл содержит более {limit} значений JSON — больше, чем допустимо для рамочного документа</translation>
    </message>
    <message>
        <source>the text contains a NUL character (\u0000), which no text may hold; remove it</source>
        <translation>текст содержит символ NUL (\u0000), который не может содержать никакой текст; удалите его</translation>
    </message>
    <message>
        <source>{database} holds {kind} named {name} that Assess did not create: it could change or erase data behind its back, so Assess will not use this database. Nothing was changed; use a backup you trust, or have it removed.</source>
        <translation>{database} содержит {kind} с именем {name}, которого Assess не создавал: он может незаметно изменить или стереть данные, поэтому Assess не будет использовать эту базу данных. Ничего не изменено; используйте резервную копию, которой вы доверяете, или попросите удалить этот объект.</translation>
    </message>
    <message>
        <source>{file} is in use by another program (process {process}); close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} используется другой программой (процесс {process}); закройте там Assess и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{key} is the id of the built-in framework; a framework of your own needs an id of its own. Change the id in the file and import it again; nothing was changed.</source>
        <translation>{key} — идентификатор встроенного рамочного документа; вашему собственному документу нужен свой идентификатор. Измените идентификатор в файле и импортируйте его снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>{label}: a link of {code}: {problem} Nothing was imported.</source>
        <translation>{label}: ссылка пункта {code}: {problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: evidence of {code} that is not a link gives a link. Nothing was imported.</source>
        <translation>{label}: материал пункта {code}, не являющийся ссылкой, содержит ссылку. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem} Nothing was imported.</source>
        <translation>{label}: пункт {code}: {problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {member} holds a text with a character no text may hold (a NUL or a broken character: {text}). Nothing was imported.</source>
        <translation>{label}: {member} содержит текст с символом, недопустимым в любом тексте (NUL или повреждённый символ: {text}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{label}: {member} holds more than {limit} JSON values, more than any package does. Nothing was imported.</source>
        <translation>{label}: {member} содержит более {limit} значений JSON — больше, чем любой пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, shares or scripts are refused).</source>
        <translation>{url} — не веб-адрес и не адрес электронной почты; ссылка начинается с http://, https:// или mailto: (ссылки на файлы, общие папки и скрипты не принимаются).</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {missing} Write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>Оценку {number} пока нельзя утвердить. {missing} Напишите основные выводы (assess finding) или утвердите её в имеющемся виде с --force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} Score the items, or approve it as it is with --force.</source>
        <translation>Оценку {number} пока нельзя утвердить. {unscored} Оцените пункты или утвердите её в имеющемся виде с --force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} {missing} Score the items and write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>Оценку {number} пока нельзя утвердить. {unscored} {missing} Оцените пункты и напишите основные выводы (assess finding) или утвердите её в имеющемся виде с --force.</translation>
    </message>
    <message>
        <source>Items not fully scored: {count} ({codes}).</source>
        <translation>Пункты, оценённые не полностью: {count} ({codes}).</translation>
    </message>
    <message>
        <source>Key findings not written for: {pillars}.</source>
        <translation>Не написаны основные выводы для: {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding and those for {pillars}.</source>
        <translation>Не написаны основные выводы: общий вывод и выводы по {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding.</source>
        <translation>Не написаны основные выводы: общий вывод.</translation>
    </message>
    <message>
        <source>--approved-by, --date and --force are for marking final; give --reason for draft.</source>
        <translation>--approved-by, --date и --force нужны для утверждения; для возврата в проект укажите --reason.</translation>
    </message>
    <message>
        <source>--json shows the methodology; give it without the options that change it.</source>
        <translation>--json показывает методологию; укажите его без параметров, которые её меняют.</translation>
    </message>
    <message>
        <source>--reason is for going back to draft; a final assessment records --approved-by.</source>
        <translation>--reason нужен для возврата в проект; для окончательной оценки записывается --approved-by.</translation>
    </message>
    <message>
        <source>A line of the {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Строка в разделе «{what}» слишком длинная ({length} символов; не более {limit}).</translation>
    </message>
    <message>
        <source>An override of the target needs a reason; give one, or remove the override.</source>
        <translation>Для собственного целевого уровня нужно обоснование; укажите его или уберите этот уровень.</translation>
    </message>
    <message>
        <source>Say who approved the assessment (for example --approved-by &quot;Jane Doe&quot;).</source>
        <translation>Укажите, кто утвердил оценку (например, --approved-by &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>Say why the assessment goes back to draft (for example --reason &quot;Scores revised&quot;).</source>
        <translation>Укажите, почему оценка возвращается в проект (например, --reason &quot;Баллы пересмотрены&quot;).</translation>
    </message>
    <message>
        <source>Say why the target of {code} differs from the assessment&apos;s (a reason is required for an override).</source>
        <translation>Укажите, почему целевой уровень {code} отличается от уровня оценки (для собственного уровня нужно обоснование).</translation>
    </message>
    <message>
        <source>The account of how scores were agreed is too long ({length} characters; at most {limit}).</source>
        <translation>Описание того, как согласовывались баллы, слишком длинное ({length} символов; не более {limit}).</translation>
    </message>
    <message>
        <source>The meeting of {day} needs a name, for example: {day} Inception workshop.</source>
        <translation>Совещанию {day} нужно название, например: {day} Вводный семинар.</translation>
    </message>
    <message>
        <source>The target {target} is not a whole number on the scale (or {default}).</source>
        <translation>Целевой уровень {target} — не целое число шкалы (и не {default}).</translation>
    </message>
    <message>
        <source>Too many {what} ({count}; at most {limit}).</source>
        <translation>Слишком много: {what} ({count}; не более {limit}).</translation>
    </message>
    <message>
        <source>key finding</source>
        <translation>основной вывод</translation>
    </message>
    <message>
        <source>reason for the target</source>
        <translation>обоснование целевого уровня</translation>
    </message>
    <message>
        <source>{codes} and {count} more (assess show)</source>
        <translation>{codes} и ещё {count} (assess show)</translation>
    </message>
    <message>
        <source>{code} holds no assessable item; a target cannot be set on it.</source>
        <translation>{code} не содержит оцениваемых пунктов; для него нельзя задать целевой уровень.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give a pillar code such as PROS or an item code such as PROS-1.i.</source>
        <translation>{code} не является пунктом этой рамочной основы; укажите код компонента, например PROS, или пункта, например PROS-1.i.</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{date} — не дата; запишите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>{scope} is not a pillar with assessable items; use one of {scopes} (or no pillar for the overall finding).</source>
        <translation>{scope} — не компонент с оцениваемыми пунктами; используйте один из: {scopes} (или без компонента для общего вывода).</translation>
    </message>
    <message>
        <source>{value} is not a meeting; write its date and name, for example: 2026-03-04 Inception workshop.</source>
        <translation>{value} — не совещание; укажите дату и название, например: 2026-03-04 Вводный семинар.</translation>
    </message>
    <message>
        <source>Only the editors named for this assessment may change it; your database user {user} may read it. The database owner can name you: assess server setup --assessment {number} --editor {name}</source>
        <translation>Изменять эту оценку могут только назначенные для неё редакторы; ваш пользователь базы данных {user} может её читать. Владелец базы данных может назначить вас: assess server setup --assessment {number} --editor {name}</translation>
    </message>
    <message>
        <source>The server holding {database} ended this session because it stayed in the middle of a change too long (the network was slow or cut); nothing of that change was saved. Try again.</source>
        <translation>Сервер, на котором находится {database}, завершил этот сеанс, так как он слишком долго оставался посреди изменения (сеть была медленной или прервалась); ничего из этого изменения не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>Viewers read every assessment; name only --editor or --remove with --assessment.</source>
        <translation>Читатели видят все оценки; с --assessment указывайте только --editor или --remove.</translation>
    </message>
    <message>
        <source>{database} did not answer for {seconds} seconds: the network or the server is down, or very slow. Nothing of this change was saved; try again when the server answers.</source>
        <translation>{database} не отвечала {seconds} с: сеть или сервер не работают либо очень медленны. Ничего из этого изменения не сохранено; повторите попытку, когда сервер ответит.</translation>
    </message>
    <message>
        <source>{database}: {users} is in the middle of changing the same rows, so this change waited {seconds} seconds and was not saved. If their connection was cut, the server ends their change within {limit} seconds; try again then.</source>
        <translation>{database}: {users} сейчас изменяет те же строки, поэтому это изменение ждало {seconds} с и не было сохранено. Если соединение этого пользователя прервалось, сервер завершит его изменение в течение {limit} с; тогда повторите попытку.</translation>
    </message>
    <message>
        <source>--all-editors lifts the restriction of one assessment: give --assessment ID, and no --editor.</source>
        <translation>--all-editors снимает ограничение с одной оценки: укажите --assessment ID и не указывайте --editor.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Assess ran into an unexpected problem. Your saved work is safe: every edit is saved the moment it is made.

The details were written to:
{path}

Please send that file to your support contact. You can carry on working.</source>
        <translation>В работе Assess произошла непредвиденная ошибка. Сохранённые данные в безопасности: каждое изменение сохраняется сразу.

Подробности записаны в файл:
{path}

Отправьте этот файл в службу поддержки. Можно продолжать работу.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Assess (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Добавить файлы материалов</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>That password is wrong. Type the password of {name} again:</source>
        <translation>Неверный пароль. Введите пароль для {name} ещё раз:</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} защищён паролем. Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Someone else saved this item at the same moment; your edit was not saved. Look at the current value and make it again.</source>
        <translation>Другой пользователь сохранил этот пункт в тот же момент; ваше изменение не сохранено. Проверьте текущее значение и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Ошибка базы данных</translation>
    </message>
    <message>
        <source>Framework problem</source>
        <translation>Ошибка рамочного документа</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Действие невозможно</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Opening the demo assessment…</source>
        <translation>Открытие демонстрационной оценки…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Opening Assess…</source>
        <translation>Запуск Assess…</translation>
    </message>
</context>
</TS>
