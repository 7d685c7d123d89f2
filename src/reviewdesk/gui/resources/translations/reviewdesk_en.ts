<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswersGridModel</name>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n linked</numerusform>
            <numerusform>%n linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposed</numerusform>
            <numerusform>%n proposed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message numerus="yes">
        <source>Actions (%n) ▾</source>
        <translation>
            <numerusform>Actions (%n) ▾</numerusform>
            <numerusform>Actions (%n) ▾</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message numerus="yes">
        <source>%n mandate(s)</source>
        <translation>
            <numerusform>%n mandate</numerusform>
            <numerusform>%n mandates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n orphaned</source>
        <translation>
            <numerusform>⚠ %n orphaned</numerusform>
            <numerusform>⚠ %n orphaned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <source>received, %n d late</source>
        <translation>
            <numerusform>received, %n d late</numerusform>
            <numerusform>received, %n d late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none — %n d overdue</source>
        <translation>
            <numerusform>none — %n d overdue</numerusform>
            <numerusform>none — %n d overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) · reply rate {rate} · within the deadline {within} · median delay {median}</source>
        <translation>
            <numerusform>%n case · reply rate {rate} · within the deadline {within} · median delay {median}</numerusform>
            <numerusform>%n cases · reply rate {rate} · within the deadline {within} · median delay {median}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) early</source>
        <translation>
            <numerusform>%n day early</numerusform>
            <numerusform>%n days early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <source>{group} — %n case(s)</source>
        <translation>
            <numerusform>{group} — %n case</numerusform>
            <numerusform>{group} — %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n communication</numerusform>
            <numerusform>%n communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n due within 7 days</numerusform>
            <numerusform>%n due within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no reply %n day(s) after the due date</source>
        <translation>
            <numerusform>Overdue: no reply %n day after the due date</numerusform>
            <numerusform>Overdue: no reply %n days after the due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message numerus="yes">
        <source>Reply due {due} — received {when} (%n day(s) late)</source>
        <translation>
            <numerusform>Reply due {due} — received {when} (%n day late)</numerusform>
            <numerusform>Reply due {due} — received {when} (%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — no reply, %n day(s) late</source>
        <translation>
            <numerusform>Reply due {due} — no reply, %n day late</numerusform>
            <numerusform>Reply due {due} — no reply, %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — %n day(s) left</source>
        <translation>
            <numerusform>Reply due {due} — %n day left</numerusform>
            <numerusform>Reply due {due} — %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHeadline</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdaController</name>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReanalysisController</name>
    <message numerus="yes">
        <source>Re-analysed %n document(s)</source>
        <translation>
            <numerusform>Re-analysed %n document</numerusform>
            <numerusform>Re-analysed %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n case(s)</source>
        <translation>
            <numerusform>of %n case</numerusform>
            <numerusform>of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n text(s) changed)</source>
        <translation>
            <numerusform>(%n text changed)</numerusform>
            <numerusform>(%n texts changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tag(s) or link(s) could not be placed — see Orphaned</source>
        <translation>
            <numerusform>; %n tag or link could not be placed — see Orphaned</numerusform>
            <numerusform>; %n tags or links could not be placed — see Orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were read by an older ReviewDesk: Case › Re-analyse all cases reads them again (your work is kept)</source>
        <translation>
            <numerusform>%n case was read by an older ReviewDesk: Case › Re-analyse all cases reads it again (your work is kept)</numerusform>
            <numerusform>%n cases were read by an older ReviewDesk: Case › Re-analyse all cases reads them again (your work is kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>in %n case</numerusform>
            <numerusform>in %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message numerus="yes">
        <source>All terms (%n tag(s))</source>
        <translation>
            <numerusform>All terms (%n tag)</numerusform>
            <numerusform>All terms (%n tags)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message numerus="yes">
        <source>Redacted %n occurrence(s) — Ctrl+Z to undo</source>
        <translation>
            <numerusform>Redacted %n occurrence — Ctrl+Z to undo</numerusform>
            <numerusform>Redacted %n occurrences — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) proposed; accept or reject them in the Tags panel</source>
        <translation>
            <numerusform>%n tag proposed; accept or reject them in the Tags panel</numerusform>
            <numerusform>%n tags proposed; accept or reject them in the Tags panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposed tag(s)</source>
        <translation>
            <numerusform>Accept %n proposed tag</numerusform>
            <numerusform>Accept %n proposed tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposed tag(s)</source>
        <translation>
            <numerusform>Reject %n proposed tag</numerusform>
            <numerusform>Reject %n proposed tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>Wrote {file}: %n case(s)</source>
        <translation>
            <numerusform>Wrote {file}: %n case</numerusform>
            <numerusform>Wrote {file}: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) copied to {file} for offline work.</source>
        <translation>
            <numerusform>%n case copied to {file} for offline work.</numerusform>
            <numerusform>%n cases copied to {file} for offline work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>Checking out %n case…</numerusform>
            <numerusform>Checking out %n cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Pages</name>
    <message numerus="yes">
        <source>%n p.</source>
        <translation>
            <numerusform>%n p.</numerusform>
            <numerusform>%n p.</numerusform>
        </translation>
    </message>
</context>
</TS>
