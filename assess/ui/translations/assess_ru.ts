<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
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
        <translation>Добавить ссылку на &amp;акт…</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Добавить ссылку на нормативный акт</translation>
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
        <translation>Нормативный акт</translation>
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
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Добавление материалов</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… и ещё {n}</translation>
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
        <source>Items: {items} · Evidence: {evidence}</source>
        <translation>Пунктов: {items} · Материалов: {evidence}</translation>
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
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Срок задан</translation>
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
        <source>This assessment is final, so it is read-only. To change it, reopen it as a draft: Assessment &gt; Reopen as draft.</source>
        <translation>Эта оценка окончательная и доступна только для чтения. Чтобы изменить её, верните её в статус проекта: Оценка &gt; Вернуть в статус проекта.</translation>
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
        <source>Scored</source>
        <translation>Баллы выставлены</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
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
        <source>In law and institutions · in practice</source>
        <translation>Законодательство и институты · практика</translation>
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
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Добавить ссылку на нормативный акт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Нормативный акт</translation>
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
        <translation>&amp;Ссылка на акт:</translation>
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
        <source>Open assessment</source>
        <translation>Открытая оценка</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Оценка: </translation>
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
        <source> [final]</source>
        <translation> [окончательная]</translation>
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
        <source>Unsaved edit</source>
        <translation>Несохранённое изменение</translation>
    </message>
    <message>
        <source>Your last edit could not be saved (see the message before). Close anyway and lose it?</source>
        <translation>Не удалось сохранить последнее изменение (см. предыдущее сообщение). Всё равно закрыть и потерять его?</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Закрыть без сохранения</translation>
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
        <source>Mark &amp;final…</source>
        <translation>Отметить как &amp;окончательную…</translation>
    </message>
    <message>
        <source>Reopen as &amp;draft…</source>
        <translation>Вернуть в статус &amp;проекта…</translation>
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
        <source>Mark {label} final? A final assessment is read-only: nobody can change its scores, notes or evidence until it is reopened as a draft.</source>
        <translation>Отметить оценку «{label}» как окончательную? Окончательная оценка доступна только для чтения: никто не сможет изменить её баллы, записи или материалы, пока она не будет возвращена в статус проекта.</translation>
    </message>
    <message>
        <source>Mark final</source>
        <translation>Отметить как окончательную</translation>
    </message>
    <message>
        <source>Reopen {label} as a draft? Its scores, notes and evidence can then be changed again; every change is recorded in the history.</source>
        <translation>Вернуть оценку «{label}» в статус проекта? Её баллы, записи и материалы снова можно будет изменять; каждое изменение фиксируется в истории.</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Вернуть в статус проекта</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть</translation>
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
        <source>The database was copied to {path}.

Assessments: {count} · Size: {size}</source>
        <translation>База данных скопирована в {path}.

Оценок: {count} · Размер: {size}</translation>
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
        <source>Replace everything in {database} with the backup {backup}?

Assessments in the backup: {count} · Newest change: {when} · Size: {size}

The database as it is now is kept as a copy beside it.</source>
        <translation>Заменить всё содержимое {database} резервной копией {backup}?

Оценок в копии: {count} · Последнее изменение: {when} · Размер: {size}

Текущее состояние базы данных сохраняется в виде копии рядом с ней.</translation>
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
        <source>The database now holds the backup {path}. Assessments: {count}</source>
        <translation>Теперь база данных содержит резервную копию {path}. Оценок: {count}</translation>
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
        <source>{path}

For: {institution}
Items: {items} · Evidence: {evidence} · Size: {size}</source>
        <translation>{path}

Для: {institution}
Пунктов: {items} · Материалов: {evidence} · Размер: {size}</translation>
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
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Пакеты Assess (*.assess);;Все файлы (*)</translation>
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
        <source>{file} brings nothing new for {label}; later changes of yours stay as they are ({kept}). Nothing was changed.</source>
        <translation>{file} не содержит ничего нового для оценки «{label}»; ваши более поздние изменения остаются в силе ({kept}). Ничего не изменено.</translation>
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
        <source>Merged {file} into {label}.

Changes taken from the package: {taken}
Conflicts settled for theirs: {theirs} · for yours: {mine}
Your later changes kept: {kept}
Evidence added: {evidence}
Items changed: {items}

The history of each item records these changes with the origin: {origin}.</source>
        <translation>{file} объединён с оценкой «{label}».

Изменений принято из пакета: {taken}
Конфликтов решено в пользу их версии: {theirs} · в пользу вашей: {mine}
Ваших более поздних изменений сохранено: {kept}
Материалов добавлено: {evidence}
Пунктов изменено: {items}

В истории каждого пункта эти изменения записаны с указанием источника: {origin}.</translation>
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
        <source>To take: {taken} · In conflict: {conflicts} · Yours kept: {kept} · Evidence to add: {evidence}</source>
        <translation>Принять: {taken} · Конфликтов: {conflicts} · Сохранить ваших: {kept} · Добавить материалов: {evidence}</translation>
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
        <source>Scored, no gap</source>
        <translation>Баллы выставлены, без пробела</translation>
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
    <message>
        <source>{shown} of {total} assessable items shown</source>
        <translation>Показано оцениваемых пунктов: {shown} из {total}</translation>
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
        <source>Law</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
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
        <source>{complete} of {assessable} items complete, {na} of them N/A. {gaps} gaps below the target of {target}: {high} high, {medium} medium, {low} low priority, {none} without a priority.</source>
        <translation>Заполнено пунктов: {complete} из {assessable}, из них неприменимых: {na}. Пробелов (ниже целевого уровня {target}): {gaps}; с высоким приоритетом: {high}, со средним: {medium}, с низким: {low}, без приоритета: {none}.</translation>
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
        <source>— not scored —</source>
        <translation>— без балла —</translation>
    </message>
    <message>
        <source>&lt;small&gt;The scale:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Шкала:&lt;/small&gt;</translation>
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
        <source>{complete} of {assessable} complete</source>
        <translation>заполнено {complete} из {assessable}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без балла</translation>
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
        <source>Items: {items} · Evidence: {evidence} · Files: {files} ({size})</source>
        <translation>Пунктов: {items} · Материалов: {evidence} · Файлов: {files} ({size})</translation>
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
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Ctrl+PgDown moves to the next item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Контрольный перечень — это Рамочная программа действий УНП ООН: пять &lt;b&gt;компонентов&lt;/b&gt; (уголовное преследование, защита, предупреждение, национальное сотрудничество и координация, международное сотрудничество и координация), каждый из которых состоит из &lt;b&gt;мер&lt;/b&gt;, а также 23 &lt;b&gt;рекомендации&lt;/b&gt; Рабочей группы по торговле людьми.&lt;/p&gt;&lt;p&gt;Они приведены в дереве слева, у каждого пункта указаны состояние и баллы. Там же для справки даны руководящие принципы и сквозные проблемы: по ним баллы не выставляются.&lt;/p&gt;&lt;p&gt;Введите текст в поле фильтра (Ctrl+F) или выберите состояние, приоритет или учреждение, чтобы сузить дерево; Ctrl+PgDown — переход к следующему пункту.&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;На вкладке &lt;b&gt;Материалы&lt;/b&gt; под пунктом собрано то, на чём основаны баллы: файлы (законы, циркуляры, статистика, меморандумы о взаимопонимании), ссылки и ссылки на нормативные акты.&lt;/p&gt;&lt;p&gt;Добавляйте файлы кнопкой &lt;b&gt;Добавить файлы…&lt;/b&gt; или перетаскивайте их на пункт. Они хранятся в базе данных и проверяются по отпечатку SHA-256. Отмечайте файл как &lt;b&gt;конфиденциальный&lt;/b&gt;, если в нём названы пострадавшие или приюты: тогда он не попадёт в отчёты, если вы специально этого не запросите.&lt;/p&gt;</translation>
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
        <source>Mark the assessment final</source>
        <translation>отметка оценки как окончательной</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>возврат оценки в статус проекта</translation>
    </message>
    <message>
        <source>Saved: the assessment is final</source>
        <translation>Сохранено: оценка окончательная</translation>
    </message>
    <message>
        <source>Saved: reopened as a draft</source>
        <translation>Сохранено: оценка возвращена в статус проекта</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written. The edit is kept and tried again.</source>
        <translation>Не сохранено: не удалось записать в базу данных. Изменение сохранено в памяти, попытка будет повторена.</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Сохранено: {what}</translation>
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
</context>
</TS>
