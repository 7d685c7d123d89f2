<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with term {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a letter, annex or reply view: tag the selection with the term whose shortcut is {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import letters and replies (PDF, DOCX, TXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every letter and reply in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current case as an annotated Word briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases selected in the list as one Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data (CSV/JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and assessments of the selected cases for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected text with a term (digits 1–9 tag with the first nine terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in the document of the pane you are in (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every letter, annex and reply of the store; narrow with the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the case list by reference, country or addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, paper, template, grading scale, text size, digit tagging, OCR languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original pages in every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cleaned text in every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three panes → reading (the letter large) → comparison (letter | reply) → three panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Letter pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Annex pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Reply pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus: case list, Letter, Annex, Reply, then the panel below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the documents and lists easier to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit more on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the system&apos;s text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link reply passage to question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected reply passage answers a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what ReviewDesk read: reference, dates, addressee, mandates, cites… and documents&apos; kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split, merge, re-span or renumber the letter&apos;s questions; verdicts and links follow them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-analyse this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the stored originals again with the current ReviewDesk; your corrections and work are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-analyse &amp;all cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every stored original again (offered when ReviewDesk reads letters better than before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case above in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case below in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the terms used for tagging: rename, recolour, move, merge, retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, due within 7 / 30 days, awaiting, received late: urgent appeals first; follows the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash&amp;board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply rate, delays, grades and verdicts by addressee, country, mandate, type, year or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to import, read, tag, assess, export and correct, with pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action and its shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Tags panel: delete the selected tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tag note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Tags panel: edit the selected tag&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersController</name>
    <message>
        <source>Set verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject proposed passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove answer links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grade first, then the actions the reply reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposed passage for question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link passage to question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the reply first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage answers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersGridModel</name>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the proposed reply passage to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage does not answer the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passages linked to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade of the reply (the reviewer decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions the reply reports (investigation, release…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Actions (%n) ▾</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grade} (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>ReviewDesk — opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Opening the default store instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>{store} is locked. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2021-03-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by {reviewer} on {when}; was: {previous}; read as: {parsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Name — Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this field back to what ReviewDesk read in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the case with this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {document} to {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed by the step that failed (see the message); fix the value and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the left, or drop PDF letters and replies on the window (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mandate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✎ corrected: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: corrected by {reviewer} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tags or answer links that re-analysis could not place: listed in the Tags panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee / organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>received, %n d late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none — %n d overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Chosen filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click ✕ to remove a filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Addressee kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) · reply rate {rate} · within the deadline {within} · median delay {median}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “{title}” as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) early</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Reference</source>
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
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{group} — %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no reply %n day(s) after the due date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text was read from a scan by OCR: check quotes against the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text read by OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document to show ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cleaned, structured text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ({kind})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection measures granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prosecution or suspension of perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy or law change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piccone scale (Brookings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsive but incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immaterial response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps taken to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human Rights Committee follow-up grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A — Largely satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — Partially satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — Not satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D — No cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E — Measures contrary to or rejecting the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HRC resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar letters sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar letters to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received late</source>
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
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-State actors (OTH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>Reply due date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — received {when} (%n day(s) late)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reply due {due} — received {when} (on time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — no reply, %n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>ReviewDesk — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits made before it are saved in the store. The error was logged (without any letter text) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted (black bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymised (Mr. A, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text (names as written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Choose a case (or select several for a portfolio) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({comments})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tags and assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export portfolio: {references}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing: {references}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, shown as the author of the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the allegations and reply texts with their comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these words and filters as a smart folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: facets with the number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facet}: {value} — cases: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: choose filters or type words, then Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose filters or type words to search first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved search “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>ReviewDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Letters and replies (*.pdf *.docx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import letters and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHeadline</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>✓ imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good files were kept. Files that failed changed nothing in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by menu, action or key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>three panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases (reference, country, addressee…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter in this case yet.
Drop the letter&apos;s PDF here or press Ctrl+I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter has no annex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply received yet.
Drop the reply&apos;s PDF here or press Ctrl+I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters: facets with counts, saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR &amp;languages for scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract language pack &apos;{code}&apos; is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Orphaned ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-analyse {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-analyse all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were read by an older ReviewDesk: Case › Re-analyse all cases reads them again (your work is kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pane} pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pane} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pane} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: questions, passages and verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: {layout} (Ctrl+Shift+L for the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {step} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Offline review of UN Special Procedures communications.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;&lt;p&gt;Nothing leaves this computer unless you export it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <source>Orphaned tags and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words in the document&apos;s pane, then Place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is orphaned: every tag and link is on its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words in the pane that shows its document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>If you lose this passphrase, the store and everything in it cannot be recovered: nobody, not even the ReviewDesk developers, can open it without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this store (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} is encrypted. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with your tags, verdicts and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the normal size of the documents and lists (also Ctrl+= / Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1–9 tag the selection in a letter, annex or reply view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted store&apos;s window hides its data after this many minutes without input, until its passphrase is typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract language pack &apos;{code}&apos; is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs, dates and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper for briefings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages for scans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an encrypted store after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when ReviewDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the file being imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Edit questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor where a question should be split, or select the words of a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber 1, 2, 3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge questions {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}: new words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReanalysisSummary</name>
    <message numerus="yes">
        <source>Re-analysed %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n text(s) changed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tag(s) or link(s) could not be placed — see Orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search all documents…  (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -excluded, OR, prefix*; accents and case do not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document needs a reference: give it its case in the list on the left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Word forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also find other forms of the words: detained → detention, détenu, detenido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search field at the top right (Ctrl+Shift+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the best {count} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReviewDesk stores (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReviewDesk stores (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReviewDesk — no store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} was not opened (File › Open store to try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⧗ {term} (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Tag selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Proposed: {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tags of one term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Guiding Principles cited in the annex and allegation terms found in the allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected proposals (all shown when none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected proposals (all shown when none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and links re-analysis could not place: place them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All terms (%n tag(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <source>Select some text in a pane first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “{term}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged “{quote}” as {term} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports hide every “{text}” in this case.
Pseudonym shown instead in pseudonymised exports (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redacted %n occurrence(s) — Ctrl+Z to undo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) proposed; accept or reject them in the Tags panel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Propose tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposed tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposed tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag “{term}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tag note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Optional: a .docx whose styles the briefing takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnfiledPanel</name>
    <message>
        <source>Documents that need a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reference: files it in that case, or creates the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to one of the cases in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reference ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites {references}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {document} under {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} is now in {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of {document}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case to attach it to yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {document} to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnpairedPanel</name>
    <message>
        <source>The case this reply answers (suggested cases first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected reply to the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reply to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the selected reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired replies ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites no reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies waiting: every reply is attached to its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested because it {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text: the scan needs OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair reply with {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>Vocabularies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a term under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the term another label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the term&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit 1–9 tags the selection with this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move all tags of this term to another and retire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the term; its tags stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term under {parent}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term at the top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term cannot be moved under itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every tag to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PageLabel</name>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Pages</name>
    <message numerus="yes">
        <source>%n p.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
