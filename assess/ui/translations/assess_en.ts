<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence</source>
        <translation>
            <numerusform>%Ln piece of evidence</numerusform>
            <numerusform>%Ln pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln assessment</numerusform>
            <numerusform>%Ln assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later change(s) of yours kept</source>
        <translation>
            <numerusform>%Ln later change of yours kept</numerusform>
            <numerusform>%Ln later changes of yours kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>%Ln change(s) taken from the contribution</source>
        <translation>
            <numerusform>%Ln change taken from the contribution</numerusform>
            <numerusform>%Ln changes taken from the contribution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for the received version</source>
        <translation>
            <numerusform>%Ln conflict settled for the received version</numerusform>
            <numerusform>%Ln conflicts settled for the received version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for your own version</source>
        <translation>
            <numerusform>%Ln conflict settled for your own version</numerusform>
            <numerusform>%Ln conflicts settled for your own version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence added</source>
        <translation>
            <numerusform>%Ln piece of evidence added</numerusform>
            <numerusform>%Ln pieces of evidence added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln change(s) to take</source>
        <translation>
            <numerusform>%Ln change to take</numerusform>
            <numerusform>%Ln changes to take</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln conflict to settle</numerusform>
            <numerusform>%Ln conflicts to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence to add</source>
        <translation>
            <numerusform>%Ln piece of evidence to add</numerusform>
            <numerusform>%Ln pieces of evidence to add</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <source>{shown} of %Ln assessable items shown</source>
        <translation>
            <numerusform>{shown} of %Ln assessable item shown</numerusform>
            <numerusform>{shown} of %Ln assessable items shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n, minor</source>
        <translation>
            <numerusform>%n, minor</numerusform>
            <numerusform>%n, minor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, major</source>
        <translation>
            <numerusform>%n, major</numerusform>
            <numerusform>%n, major</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, critical</source>
        <translation>
            <numerusform>%n, critical</numerusform>
            <numerusform>%n, critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln items complete</source>
        <translation>
            <numerusform>{complete} of %Ln item complete</numerusform>
            <numerusform>{complete} of %Ln items complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them N/A</source>
        <translation>
            <numerusform>%Ln of them N/A</numerusform>
            <numerusform>%Ln of them N/A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gaps below target</source>
        <translation>
            <numerusform>%Ln gap below target</numerusform>
            <numerusform>%Ln gaps below target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with high priority</source>
        <translation>
            <numerusform>%Ln with high priority</numerusform>
            <numerusform>%Ln with high priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with medium priority</source>
        <translation>
            <numerusform>%Ln with medium priority</numerusform>
            <numerusform>%Ln with medium priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with low priority</source>
        <translation>
            <numerusform>%Ln with low priority</numerusform>
            <numerusform>%Ln with low priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a priority</source>
        <translation>
            <numerusform>%Ln without a priority</numerusform>
            <numerusform>%Ln without a priority</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message numerus="yes">
        <source>{complete} of %Ln complete</source>
        <translation>
            <numerusform>{complete} of %Ln complete</numerusform>
            <numerusform>{complete} of %Ln complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPartDialog</name>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence listed (no files)</source>
        <translation>
            <numerusform>%Ln piece of evidence listed (no files)</numerusform>
            <numerusform>%Ln pieces of evidence listed (no files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message numerus="yes">
        <source>Gap of %n levels: critical.</source>
        <translation>
            <numerusform>Gap of %n level: critical.</numerusform>
            <numerusform>Gap of %n levels: critical.</numerusform>
        </translation>
    </message>
</context>
</TS>
