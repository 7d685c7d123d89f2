<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offline review of UN Special Procedures communications.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;&lt;p&gt;Nothing leaves this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Examen hors ligne des communications des procédures spéciales de l&apos;ONU.&lt;/p&gt;&lt;p&gt;Base : {store}&lt;/p&gt;&lt;p&gt;Rien ne quitte cet ordinateur, sauf ce que vous exportez.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Do&amp;ssier</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Tag with term {digit}</source>
        <translation>Étiqueter avec le terme {digit}</translation>
    </message>
    <message>
        <source>In a letter, annex or reply view: tag the selection with the term whose shortcut is {digit}</source>
        <translation>Dans une lettre, une annexe ou une réponse : étiqueter la sélection avec le terme dont le raccourci est {digit}</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create an empty store file</source>
        <translation>Créer un fichier de base vide</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translation>Ouvrir un autre fichier de base</translation>
    </message>
    <message>
        <source>Connect to &amp;team store…</source>
        <translation>Se connecter à une base d&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server</source>
        <translation>Ouvrir une base d&apos;équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import letters and replies (PDF, DOCX, TXT)</source>
        <translation>Importer des lettres et des réponses (PDF, DOCX, TXT)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un d&amp;ossier de fichiers…</translation>
    </message>
    <message>
        <source>Import every letter and reply in a folder</source>
        <translation>Importer toutes les lettres et réponses d&apos;un dossier de fichiers</translation>
    </message>
    <message>
        <source>&amp;Export briefing…</source>
        <translation>&amp;Exporter la note d&apos;information…</translation>
    </message>
    <message>
        <source>Export the current case as an annotated Word briefing</source>
        <translation>Exporter le dossier courant en note d&apos;information Word annotée</translation>
    </message>
    <message>
        <source>Export &amp;portfolio…</source>
        <translation>Exporter un &amp;recueil…</translation>
    </message>
    <message>
        <source>Export the cases selected in the list as one Word document</source>
        <translation>Exporter les dossiers sélectionnés dans la liste en un seul document Word</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV/JSON)…</source>
        <translation>Exporter les &amp;données (CSV/JSON)…</translation>
    </message>
    <message>
        <source>Tags and assessments of the selected cases for a spreadsheet</source>
        <translation>Étiquettes et évaluations des dossiers sélectionnés, pour un tableur</translation>
    </message>
    <message>
        <source>Export REFI-QD&amp;A project…</source>
        <translation>Exporter un projet REFI-QD&amp;A…</translation>
    </message>
    <message>
        <source>The selected cases for QualCoder, MAXQDA, ATLAS.ti or NVivo: texts, codebook, codings, notes</source>
        <translation>Les dossiers sélectionnés pour QualCoder, MAXQDA, ATLAS.ti ou NVivo : textes, livre de codes, codages, notes</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA project…</source>
        <translation>Importer un projet &amp;REFI-QDA…</translation>
    </message>
    <message>
        <source>Codes and codings from a .qdpx project (or a .qdc codebook) of another QDA program</source>
        <translation>Codes et codages d&apos;un projet .qdpx (ou d&apos;un livre de codes .qdc) d&apos;un autre logiciel d&apos;analyse qualitative</translation>
    </message>
    <message>
        <source>Export review &amp;bundle…</source>
        <translation>Exporter un &amp;lot de revue…</translation>
    </message>
    <message>
        <source>The selected cases with their originals and work, for a colleague without the team store</source>
        <translation>Les dossiers choisis avec leurs originaux et le travail fait, pour un collègue sans accès à la base d’équipe</translation>
    </message>
    <message>
        <source>Import review b&amp;undle…</source>
        <translation>Importer un lot de re&amp;vue…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s review bundle: additions kept, the same field changed on both sides becomes a conflict to resolve</source>
        <translation>Fusionner le lot de revue d’un collègue : les ajouts sont gardés, un même champ modifié des deux côtés devient un conflit à résoudre</translation>
    </message>
    <message>
        <source>Check &amp;out for offline work…</source>
        <translation>E&amp;xtraire pour travailler hors ligne…</translation>
    </message>
    <message>
        <source>Copy the selected cases of the team store into a store file on this laptop</source>
        <translation>Copier les dossiers choisis de la base d’équipe dans un fichier de base sur cet ordinateur</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Réi&amp;ntégrer</translation>
    </message>
    <message>
        <source>Merge the work done offline back into the team store it was checked out from</source>
        <translation>Fusionner le travail fait hors ligne dans la base d’équipe d’où il a été extrait</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>Co&amp;nflits…</translation>
    </message>
    <message>
        <source>Fields you and a colleague both changed: choose which value stays</source>
        <translation>Champs modifiés par vous et par un collègue : choisissez la valeur qui reste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close ReviewDesk</source>
        <translation>Fermer ReviewDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Tag selection…</source>
        <translation>É&amp;tiqueter la sélection…</translation>
    </message>
    <message>
        <source>Tag the selected text with a term (digits 1–9 tag with the first nine terms)</source>
        <translation>Étiqueter le texte sélectionné avec un terme (les chiffres 1 à 9 étiquettent avec les neuf premiers termes)</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>Rec&amp;hercher dans le document…</translation>
    </message>
    <message>
        <source>Find words in the document of the pane you are in (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher des mots dans le document du volet actif (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>Rechercher dans &amp;tous les documents…</translation>
    </message>
    <message>
        <source>Search every letter, annex and reply of the store; narrow with the filters</source>
        <translation>Rechercher dans toutes les lettres, annexes et réponses de la base ; affiner avec les filtres</translation>
    </message>
    <message>
        <source>Filter &amp;cases</source>
        <translation>Filtrer les &amp;dossiers</translation>
    </message>
    <message>
        <source>Type to narrow the case list by reference, country or addressee</source>
        <translation>Saisir pour restreindre la liste des dossiers par référence, pays ou destinataire</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Your name, paper, template, grading scale, text size, digit tagging, OCR languages</source>
        <translation>Votre nom, le papier, le modèle, l&apos;échelle d&apos;évaluation, la taille du texte, l&apos;étiquetage par chiffres, les langues OCR</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Show the original pages in every pane</source>
        <translation>Afficher les pages originales dans chaque volet</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Show the cleaned text in every pane</source>
        <translation>Afficher le texte nettoyé dans chaque volet</translation>
    </message>
    <message>
        <source>Switch &amp;layout</source>
        <translation>Changer de &amp;disposition</translation>
    </message>
    <message>
        <source>Three panes → reading (the letter large) → comparison (letter | reply) → three panes</source>
        <translation>Trois volets → lecture (la lettre en grand) → comparaison (lettre | réponse) → trois volets</translation>
    </message>
    <message>
        <source>Go to &amp;letter</source>
        <translation>Aller à la &amp;lettre</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Letter pane</source>
        <translation>Placer le focus clavier dans le volet Lettre</translation>
    </message>
    <message>
        <source>Go to &amp;annex</source>
        <translation>Aller à l&apos;&amp;annexe</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Annex pane</source>
        <translation>Placer le focus clavier dans le volet Annexe</translation>
    </message>
    <message>
        <source>Go to &amp;reply</source>
        <translation>Aller à la &amp;réponse</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Reply pane</source>
        <translation>Placer le focus clavier dans le volet Réponse</translation>
    </message>
    <message>
        <source>&amp;Next region</source>
        <translation>Zone &amp;suivante</translation>
    </message>
    <message>
        <source>Move the focus: case list, Letter, Annex, Reply, then the panel below</source>
        <translation>Déplacer le focus : liste des dossiers, Lettre, Annexe, Réponse, puis le panneau du bas</translation>
    </message>
    <message>
        <source>Pre&amp;vious region</source>
        <translation>Zone &amp;précédente</translation>
    </message>
    <message>
        <source>Move the focus back</source>
        <translation>Ramener le focus en arrière</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>Make the documents and lists easier to read</source>
        <translation>Rendre les documents et les listes plus lisibles</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>Fit more on the screen</source>
        <translation>Afficher davantage à l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Back to the system&apos;s text size</source>
        <translation>Revenir à la taille de texte du système</translation>
    </message>
    <message>
        <source>&amp;Link reply passage to question…</source>
        <translation>&amp;Relier le passage de la réponse à une question…</translation>
    </message>
    <message>
        <source>Record that the selected reply passage answers a question</source>
        <translation>Noter que le passage sélectionné de la réponse répond à une question</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>Correct what ReviewDesk read: reference, dates, addressee, mandates, cites… and documents&apos; kinds</source>
        <translation>Corriger ce que ReviewDesk a lu : référence, dates, destinataire, mandats, citations… et types de documents</translation>
    </message>
    <message>
        <source>Edit &amp;questions…</source>
        <translation>Modifier les &amp;questions…</translation>
    </message>
    <message>
        <source>Split, merge, re-span or renumber the letter&apos;s questions; verdicts and links follow them</source>
        <translation>Scinder, fusionner, redélimiter ou renuméroter les questions de la lettre ; les appréciations et les liens suivent</translation>
    </message>
    <message>
        <source>&amp;Re-analyse this case</source>
        <translation>&amp;Réanalyser ce dossier</translation>
    </message>
    <message>
        <source>Read the stored originals again with the current ReviewDesk; your corrections and work are kept</source>
        <translation>Relire les originaux enregistrés avec la version actuelle de ReviewDesk ; vos corrections et votre travail sont conservés</translation>
    </message>
    <message>
        <source>Re-analyse &amp;all cases…</source>
        <translation>Réanalyser &amp;tous les dossiers…</translation>
    </message>
    <message>
        <source>Read every stored original again (offered when ReviewDesk reads letters better than before)</source>
        <translation>Relire tous les originaux enregistrés (proposé quand ReviewDesk lit mieux les lettres qu&apos;auparavant)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Dossier &amp;précédent</translation>
    </message>
    <message>
        <source>Open the case above in the list</source>
        <translation>Ouvrir le dossier au-dessus dans la liste</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Dossier &amp;suivant</translation>
    </message>
    <message>
        <source>Open the case below in the list</source>
        <translation>Ouvrir le dossier en dessous dans la liste</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Vocabulaires…</translation>
    </message>
    <message>
        <source>Edit the terms used for tagging: rename, recolour, move, merge, retire</source>
        <translation>Modifier les termes d&apos;étiquetage : renommer, recolorer, déplacer, fusionner, retirer</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>É&amp;chéances</translation>
    </message>
    <message>
        <source>Overdue, due within 7 / 30 days, awaiting, received late: urgent appeals first; follows the filters</source>
        <translation>En retard, à échéance sous 7 / 30 jours, en attente, reçues en retard : appels urgents d&apos;abord ; suit les filtres</translation>
    </message>
    <message>
        <source>Dash&amp;board…</source>
        <translation>&amp;Tableau de bord…</translation>
    </message>
    <message>
        <source>Reply rate, delays, grades and verdicts by addressee, country, mandate, type, year or term</source>
        <translation>Taux de réponse, délais, évaluations et appréciations par destinataire, pays, mandat, type, année ou terme</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Who did what on the open case: tags, notes, links, verdicts, grades and corrections, newest first</source>
        <translation>Qui a fait quoi sur le dossier ouvert : étiquettes, notes, liens, appréciations, notes globales et corrections, les plus récents en premier</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to import, read, tag, assess, export and correct, with pictures</source>
        <translation>Comment importer, lire, étiqueter, évaluer, exporter et corriger, en images</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action and its shortcut</source>
        <translation>Chaque action et son raccourci</translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation>À &amp;propos de ReviewDesk</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>In the Tags panel: delete the selected tags</source>
        <translation>Dans le panneau Étiquettes : supprimer les étiquettes sélectionnées</translation>
    </message>
    <message>
        <source>Edit tag note</source>
        <translation>Modifier la note de l&apos;étiquette</translation>
    </message>
    <message>
        <source>In the Tags panel: edit the selected tag&apos;s note</source>
        <translation>Dans le panneau Étiquettes : modifier la note de l&apos;étiquette sélectionnée</translation>
    </message>
</context>
<context>
    <name>AnswersController</name>
    <message>
        <source>Set verdict</source>
        <translation>Définir l&apos;appréciation</translation>
    </message>
    <message>
        <source>Set grade</source>
        <translation>Définir l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reject proposed passage</source>
        <translation>Rejeter le passage proposé</translation>
    </message>
    <message>
        <source>Remove answer links</source>
        <translation>Retirer les liens de réponse</translation>
    </message>
    <message>
        <source>Choose a grade first, then the actions the reply reports</source>
        <translation>Choisissez d&apos;abord une évaluation, puis les mesures dont la réponse fait état</translation>
    </message>
    <message>
        <source>No proposed passage for question {number}</source>
        <translation>Aucun passage proposé pour la question {number}</translation>
    </message>
    <message>
        <source>Link passage to question {number}</source>
        <translation>Relier le passage à la question {number}</translation>
    </message>
    <message>
        <source>Select a passage of the reply first</source>
        <translation>Sélectionnez d&apos;abord un passage de la réponse</translation>
    </message>
    <message>
        <source>Link passage</source>
        <translation>Relier le passage</translation>
    </message>
    <message>
        <source>This passage answers:</source>
        <translation>Ce passage répond à :</translation>
    </message>
</context>
<context>
    <name>AnswersGridModel</name>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n relié</numerusform>
            <numerusform>%n reliés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposé</numerusform>
            <numerusform>%n proposés</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ unanswered</source>
        <translation>⚠ sans réponse</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Accept proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Link the proposed reply passage to this question</source>
        <translation>Relier le passage proposé de la réponse à cette question</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Rejeter la proposition</translation>
    </message>
    <message>
        <source>This passage does not answer the question</source>
        <translation>Ce passage ne répond pas à la question</translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation>Retirer les liens</translation>
    </message>
    <message>
        <source>Remove the passages linked to this question</source>
        <translation>Retirer les passages reliés à cette question</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Échelle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Grade of the reply (the reviewer decides)</source>
        <translation>Évaluation de la réponse (l&apos;analyste décide)</translation>
    </message>
    <message>
        <source>Actions ▾</source>
        <translation>Mesures ▾</translation>
    </message>
    <message>
        <source>Actions the reply reports (investigation, release…)</source>
        <translation>Mesures dont la réponse fait état (enquête, libération…)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses aux questions</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>proposed: {grade}</source>
        <translation>proposée : {grade}</translation>
    </message>
    <message numerus="yes">
        <source>Actions (%n) ▾</source>
        <translation>
            <numerusform>Mesures (%n) ▾</numerusform>
            <numerusform>Mesures (%n) ▾</numerusform>
        </translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation>— non évaluée —</translation>
    </message>
    <message>
        <source>{grade} (automatic)</source>
        <translation>{grade} (automatique)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>ReviewDesk — opening the store…</source>
        <translation>ReviewDesk — ouverture de la base…</translation>
    </message>
    <message>
        <source>{error}

Opening the default store instead.</source>
        <translation>{error}

Ouverture de la base par défaut à la place.</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>{store} is locked. Its passphrase:</source>
        <translation>{store} est verrouillée. Sa phrase secrète :</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2021-03-12</source>
        <translation>AAAA-MM-JJ, p. ex. 2021-03-12</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>un analyste</translation>
    </message>
    <message>
        <source>Corrected by {reviewer} on {when}; was: {previous}; read as: {parsed}</source>
        <translation>Corrigé par {reviewer} le {when} ; valeur précédente : {previous} ; lu : {parsed}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>One per line: Name — Title</source>
        <translation>Un par ligne : Nom — Titre</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Edit details — {reference}</source>
        <translation>Modifier les détails — {reference}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Give this field back to what ReviewDesk read in the letter</source>
        <translation>Rendre à ce champ la valeur que ReviewDesk a lue dans la lettre</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documents de ce dossier</translation>
    </message>
    <message>
        <source>Move to the case with this reference</source>
        <translation>Déplacer vers le dossier portant cette référence</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <source>{document}: {kind}</source>
        <translation>{document} : {kind}</translation>
    </message>
    <message>
        <source>Move {document} to {reference}</source>
        <translation>Déplacer {document} vers {reference}</translation>
    </message>
    <message>
        <source>Nothing was changed by the step that failed (see the message); fix the value and save again.</source>
        <translation>L&apos;étape en échec n&apos;a rien modifié (voir le message) ; corrigez la valeur et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Revert {field}</source>
        <translation>Rétablir {field}</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>Choose a case on the left, or drop PDF letters and replies on the window (Ctrl+I).</source>
        <translation>Choisissez un dossier à gauche, ou déposez des lettres et des réponses PDF sur la fenêtre (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n mandate(s)</source>
        <translation>
            <numerusform>%n mandat</numerusform>
            <numerusform>%n mandats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>✎ corrected: {fields}</source>
        <translation>✎ corrigé : {fields}</translation>
    </message>
    <message>
        <source>{field}: corrected by {reviewer} on {date}</source>
        <translation>{field} : corrigé par {reviewer} le {date}</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>un analyste</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n orphaned</source>
        <translation>
            <numerusform>⚠ %n orphelin</numerusform>
            <numerusform>⚠ %n orphelins</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags or answer links that re-analysis could not place: listed in the Tags panel</source>
        <translation>Étiquettes ou liens de réponse que la réanalyse n&apos;a pas pu replacer : listés dans le panneau Étiquettes</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Addressee / organisation</source>
        <translation>Destinataire / organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qs</source>
        <translation>Q.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>received, %n d late</source>
        <translation>
            <numerusform>reçue, %n j de retard</numerusform>
            <numerusform>reçue, %n j de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message numerus="yes">
        <source>none — %n d overdue</source>
        <translation>
            <numerusform>aucune — %n j de retard</numerusform>
            <numerusform>aucune — %n j de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>attendue</translation>
    </message>
    <message>
        <source>Reply: {state}</source>
        <translation>Réponse : {state}</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Chosen filters</source>
        <translation>Filtres choisis</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Click ✕ to remove a filter</source>
        <translation>Cliquez sur ✕ pour retirer un filtre</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>You and a colleague changed the same thing. The value kept for now is shown first; choose which one stays.</source>
        <translation>Vous et un collègue avez modifié la même chose. La valeur gardée pour l’instant est affichée en premier ; choisissez celle qui reste.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept for now</source>
        <translation>Gardée pour l’instant</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>L’autre valeur</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Garder cette valeur</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Prendre l’autre valeur</translation>
    </message>
    <message>
        <source>No conflicts: everything merged.</source>
        <translation>Aucun conflit : tout a été fusionné.</translation>
    </message>
    <message>
        <source>Resolve conflict: {what}</source>
        <translation>Résoudre le conflit : {what}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team store</source>
        <translation>Se connecter à une base d&apos;équipe</translation>
    </message>
    <message>
        <source>or paste a URL: postgresql://user@host/database</source>
        <translation>ou collez une URL : postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password is not remembered. To connect without typing it, keep it in ~/.pgpass (one line: host:port:database:user:password, readable only by you).</source>
        <translation>Aucun trousseau système n&apos;est disponible : le mot de passe n&apos;est pas mémorisé. Pour vous connecter sans le saisir, gardez-le dans ~/.pgpass (une ligne : hôte:port:base:utilisateur:mot de passe, lisible par vous seul).</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>team store</source>
        <translation>base d&apos;équipe</translation>
    </message>
    <message>
        <source>give the database&apos;s name</source>
        <translation>indiquez le nom de la base de données</translation>
    </message>
    <message>
        <source>Connecting to {store}…</source>
        <translation>Connexion à {store}…</translation>
    </message>
    <message>
        <source>Connected as {user} to {database} (PostgreSQL {version}).</source>
        <translation>Connecté en tant que {user} à {database} (PostgreSQL {version}).</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>Ouverture de {store}…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Addressee kind</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Allegation term</source>
        <translation>Terme d&apos;allégation</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Dashboard summary</source>
        <translation>Résumé du tableau de bord</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Ventilation :</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) · reply rate {rate} · within the deadline {within} · median delay {median}</source>
        <translation>
            <numerusform>%n dossier · taux de réponse {rate} · dans le délai {within} · délai médian {median}</numerusform>
            <numerusform>%n dossiers · taux de réponse {rate} · dans le délai {within} · délai médian {median}</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Graphique : {title}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save “{title}” as a CSV file</source>
        <translation>Enregistrer « {title} » en fichier CSV</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DaysText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) early</source>
        <translation>
            <numerusform>%n jour d&apos;avance</numerusform>
            <numerusform>%n jours d&apos;avance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>By mandate</source>
        <translation>Par mandat</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Par analyste</translation>
    </message>
    <message>
        <source>Group deadlines</source>
        <translation>Regrouper les échéances</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Regrouper :</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message numerus="yes">
        <source>{group} — %n case(s)</source>
        <translation>
            <numerusform>{group} — %n dossier</numerusform>
            <numerusform>{group} — %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
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
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n à échéance sous 7 jours</numerusform>
            <numerusform>%n à échéance sous 7 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Appel urgent</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no reply %n day(s) after the due date</source>
        <translation>
            <numerusform>En retard : aucune réponse %n jour après l&apos;échéance</numerusform>
            <numerusform>En retard : aucune réponse %n jours après l&apos;échéance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>OCR nécessaire</translation>
    </message>
    <message>
        <source>imported {when}</source>
        <translation>importé le {when}</translation>
    </message>
    <message>
        <source>This text was read from a scan by OCR: check quotes against the pages</source>
        <translation>Ce texte a été lu par OCR sur un document numérisé : vérifiez les citations sur les pages</translation>
    </message>
    <message>
        <source>Text read by OCR</source>
        <translation>Texte lu par OCR</translation>
    </message>
    <message>
        <source>Choose the document to show ({kind})</source>
        <translation>Choisir le document à afficher ({kind})</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Show the original pages</source>
        <translation>Afficher les pages originales</translation>
    </message>
    <message>
        <source>Show the cleaned, structured text</source>
        <translation>Afficher le texte nettoyé et structuré</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Aller à une section</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Import ({kind})…</source>
        <translation>Importer ({kind})…</translation>
    </message>
    <message>
        <source>Choose a case in the list on the left.</source>
        <translation>Choisissez un dossier dans la liste de gauche.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation>partiellement répondu</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>investigation opened</source>
        <translation>enquête ouverte</translation>
    </message>
    <message>
        <source>protection measures granted</source>
        <translation>mesures de protection accordées</translation>
    </message>
    <message>
        <source>release</source>
        <translation>libération</translation>
    </message>
    <message>
        <source>prosecution or suspension of perpetrators</source>
        <translation>poursuites ou suspension des auteurs</translation>
    </message>
    <message>
        <source>policy or law change</source>
        <translation>modification de politique ou de loi</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annexe</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Piccone scale (Brookings)</source>
        <translation>Échelle de Piccone (Brookings)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Violation rejected</source>
        <translation>Violation rejetée</translation>
    </message>
    <message>
        <source>Responsive but incomplete</source>
        <translation>Réponse pertinente mais incomplète</translation>
    </message>
    <message>
        <source>Immaterial response</source>
        <translation>Réponse sans rapport</translation>
    </message>
    <message>
        <source>Steps taken to address</source>
        <translation>Mesures prises pour y remédier</translation>
    </message>
    <message>
        <source>In translation</source>
        <translation>En cours de traduction</translation>
    </message>
    <message>
        <source>File not available</source>
        <translation>Dossier non disponible</translation>
    </message>
    <message>
        <source>Human Rights Committee follow-up grades</source>
        <translation>Évaluations du suivi du Comité des droits de l&apos;homme</translation>
    </message>
    <message>
        <source>A — Largely satisfactory</source>
        <translation>A — Largement satisfaisant</translation>
    </message>
    <message>
        <source>B — Partially satisfactory</source>
        <translation>B — Partiellement satisfaisant</translation>
    </message>
    <message>
        <source>C — Not satisfactory</source>
        <translation>C — Non satisfaisant</translation>
    </message>
    <message>
        <source>D — No cooperation</source>
        <translation>D — Absence de coopération</translation>
    </message>
    <message>
        <source>E — Measures contrary to or rejecting the recommendation</source>
        <translation>E — Mesures contraires à la recommandation ou la rejetant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Addressee&apos;s title</source>
        <translation>Titre du destinataire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>HRC resolutions</source>
        <translation>Résolutions du CDH</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Similar letters sent to</source>
        <translation>Lettres similaires envoyées à</translation>
    </message>
    <message>
        <source>Similar letters to others</source>
        <translation>Lettres similaires à d&apos;autres destinataires</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Annex cites</source>
        <translation>Citations de l&apos;annexe</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>échéance sous 7 jours</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>échéance sous 30 jours</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>received late</source>
        <translation>reçue en retard</translation>
    </message>
    <message>
        <source>received on time</source>
        <translation>reçue dans le délai</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Received in time</source>
        <translation>Reçue dans le délai</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Reçue en retard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Non-State actors (OTH)</source>
        <translation>Acteurs non étatiques (OTH)</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>Reply due date unknown</source>
        <translation>Date d&apos;échéance de la réponse inconnue</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — received {when} (%n day(s) late)</source>
        <translation>
            <numerusform>Réponse attendue le {due} — reçue le {when} (%n jour de retard)</numerusform>
            <numerusform>Réponse attendue le {due} — reçue le {when} (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply due {due} — received {when} (on time)</source>
        <translation>Réponse attendue le {due} — reçue le {when} (dans le délai)</translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — no reply, %n day(s) late</source>
        <translation>
            <numerusform>Réponse attendue le {due} — aucune réponse, %n jour de retard</numerusform>
            <numerusform>Réponse attendue le {due} — aucune réponse, %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — %n day(s) left</source>
        <translation>
            <numerusform>Réponse attendue le {due} — %n jour restant</numerusform>
            <numerusform>Réponse attendue le {due} — %n jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>ReviewDesk — unexpected error</source>
        <translation>ReviewDesk — erreur inattendue</translation>
    </message>
    <message>
        <source>Edits made before it are saved in the store. The error was logged (without any letter text) to {path}.</source>
        <translation>Les modifications faites avant l&apos;erreur sont enregistrées dans la base. L&apos;erreur a été consignée (sans aucun texte de lettre) dans {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Un problème est survenu : {error}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Redacted (black bars)</source>
        <translation>Caviardé (barres noires)</translation>
    </message>
    <message>
        <source>Pseudonymised (Mr. A, …)</source>
        <translation>Pseudonymisé (M. A, …)</translation>
    </message>
    <message>
        <source>Full text (names as written)</source>
        <translation>Texte intégral (noms tels qu&apos;écrits)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Choose a case (or select several for a portfolio) first</source>
        <translation>Choisissez d&apos;abord un dossier (ou sélectionnez-en plusieurs pour un recueil)</translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation>Enregistrer la note d&apos;information</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;PDF, converted by LibreOffice (*.pdf)</source>
        <translation>Documents Word (*.docx);;PDF, converti par LibreOffice (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportation de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({comments})</source>
        <translation>{path} écrit ({comments})</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Wrote {file} ({detail}).</source>
        <translation>{file} écrit ({detail}).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs dossiers dans la liste</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export tags and assessments</source>
        <translation>Exporter les étiquettes et les évaluations</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Caviardages :</translation>
    </message>
    <message>
        <source>Wrote {first} and {second}</source>
        <translation>{first} et {second} écrits</translation>
    </message>
    <message>
        <source>and {file}</source>
        <translation>et {file}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export portfolio: {references}</source>
        <translation>Exporter le recueil : {references}</translation>
    </message>
    <message>
        <source>Export briefing: {references}</source>
        <translation>Exporter la note d&apos;information : {references}</translation>
    </message>
    <message>
        <source>Your name, shown as the author of the comments</source>
        <translation>Votre nom, affiché comme auteur des commentaires</translation>
    </message>
    <message>
        <source>Include the allegations and reply texts with their comments</source>
        <translation>Inclure les textes des allégations et de la réponse avec leurs commentaires</translation>
    </message>
    <message>
        <source>Headings, labels, verdicts and dates; the letters&apos; quotes stay as written</source>
        <translation>Titres, libellés, appréciations et dates ; les citations des lettres restent telles quelles</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Analyste :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Caviardages :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Analytics by:</source>
        <translation>Analyses par :</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Keep these words and filters as a smart folder</source>
        <translation>Conserver ces mots et ces filtres comme dossier intelligent</translation>
    </message>
    <message>
        <source>Filters: facets with the number of cases</source>
        <translation>Filtres : facettes avec le nombre de dossiers</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>{facet}: {value} — cases: {count}</source>
        <translation>{facet} : {value} — dossiers : {count}</translation>
    </message>
    <message>
        <source>no longer applies</source>
        <translation>ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>Filters only</source>
        <translation>Filtres uniquement</translation>
    </message>
    <message>
        <source>None yet: choose filters or type words, then Save search…</source>
        <translation>Aucune pour l&apos;instant : choisissez des filtres ou saisissez des mots, puis Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Choose filters or type words to search first</source>
        <translation>Choisissez d&apos;abord des filtres ou saisissez des mots à rechercher</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of this saved search:</source>
        <translation>Nom de cette recherche enregistrée :</translation>
    </message>
    <message>
        <source>Save search “{name}”</source>
        <translation>Enregistrer la recherche « {name} »</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Rename saved search “{name}”</source>
        <translation>Renommer la recherche enregistrée « {name} »</translation>
    </message>
    <message>
        <source>Delete saved search “{name}”</source>
        <translation>Supprimer la recherche enregistrée « {name} »</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document…</source>
        <translation>Rechercher dans ce document…</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Deadlines appear here.</source>
        <translation>Les échéances s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Dashboard — ReviewDesk</source>
        <translation>Tableau de bord — ReviewDesk</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>ReviewDesk user guide</source>
        <translation>Guide de l&apos;utilisateur de ReviewDesk</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Letters and replies (*.pdf *.docx *.txt);;All files (*)</source>
        <translation>Lettres et réponses (*.pdf *.docx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import letters and replies</source>
        <translation>Importer des lettres et des réponses</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier de fichiers</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source> (file {done} of {total})</source>
        <translation> (fichier {done} sur {total})</translation>
    </message>
    <message>
        <source>Reading scan page {page} of {pages}: {file}{of_files}</source>
        <translation>Lecture de la page numérisée {page} sur {pages} : {file}{of_files}</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
</context>
<context>
    <name>ImportHeadline</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>✓ imported</source>
        <translation>✓ importé</translation>
    </message>
    <message>
        <source>= duplicate</source>
        <translation>= doublon</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ échec</translation>
    </message>
    <message>
        <source>– cancelled</source>
        <translation>– annulé</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– ignoré</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Good files were kept. Files that failed changed nothing in the store.</source>
        <translation>Les fichiers valides ont été conservés. Les fichiers en échec n&apos;ont rien modifié dans la base.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by menu, action or key…</source>
        <translation>Filtrer par menu, action ou touche…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>three panes</source>
        <translation>trois volets</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>Filter cases (reference, country, addressee…)</source>
        <translation>Filtrer les dossiers (référence, pays, destinataire…)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>No letter in this case yet.
Drop the letter&apos;s PDF here or press Ctrl+I.</source>
        <translation>Pas encore de lettre dans ce dossier.
Déposez ici le PDF de la lettre ou appuyez sur Ctrl+I.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>This letter has no annex.</source>
        <translation>Cette lettre n&apos;a pas d&apos;annexe.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No reply received yet.
Drop the reply&apos;s PDF here or press Ctrl+I.</source>
        <translation>Aucune réponse reçue pour l&apos;instant.
Déposez ici le PDF de la réponse ou appuyez sur Ctrl+I.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses aux questions</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Unpaired replies</source>
        <translation>Réponses non rattachées</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show or hide the filters: facets with counts, saved searches</source>
        <translation>Afficher ou masquer les filtres : facettes avec leurs effectifs, recherches enregistrées</translation>
    </message>
    <message>
        <source>Open &amp;recent store</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Annuler : {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rétablir : {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Mis à jour avec les modifications faites ailleurs</translation>
    </message>
    <message>
        <source>⚠ Orphaned ({count})…</source>
        <translation>⚠ Orphelins ({count})…</translation>
    </message>
    <message>
        <source>Choose a case first</source>
        <translation>Choisissez d&apos;abord un dossier</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>{pane} pane</source>
        <translation>Volet {pane}</translation>
    </message>
    <message>
        <source>{pane} text</source>
        <translation>Texte ({pane})</translation>
    </message>
    <message>
        <source>{pane} pages</source>
        <translation>Pages ({pane})</translation>
    </message>
    <message>
        <source>Answers: questions, passages and verdicts</source>
        <translation>Réponses : questions, passages et appréciations</translation>
    </message>
    <message>
        <source>Tags of this case</source>
        <translation>Étiquettes de ce dossier</translation>
    </message>
    <message>
        <source>Layout: {layout} (Ctrl+Shift+L for the next)</source>
        <translation>Disposition : {layout} (Ctrl+Maj+L pour la suivante)</translation>
    </message>
    <message>
        <source>Text size {step} pt</source>
        <translation>Taille du texte {step} pt</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation>À propos de ReviewDesk</translation>
    </message>
</context>
<context>
    <name>OcrLanguagesMenu</name>
    <message>
        <source>OCR &amp;languages for scans</source>
        <translation>&amp;Langues OCR des documents numérisés</translation>
    </message>
    <message>
        <source>Tesseract language pack &apos;{code}&apos; is not installed</source>
        <translation>Le pack de langue Tesseract « {code} » n&apos;est pas installé</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>This version cannot open review bundles: {file}</source>
        <translation>Cette version ne peut pas ouvrir les lots d&apos;examen : {file}</translation>
    </message>
    <message>
        <source>An import is already running; open the files again when it ends</source>
        <translation>Une importation est déjà en cours ; rouvrez les fichiers quand elle sera terminée</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <source>Orphaned tags and links</source>
        <translation>Étiquettes et liens orphelins</translation>
    </message>
    <message>
        <source>Select the words in the document&apos;s pane, then Place.</source>
        <translation>Sélectionnez les mots dans le volet du document, puis Placer.</translation>
    </message>
    <message>
        <source>Place on the selection</source>
        <translation>Placer sur la sélection</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing is orphaned: every tag and link is on its words.</source>
        <translation>Rien d&apos;orphelin : chaque étiquette et chaque lien est sur ses mots.</translation>
    </message>
    <message>
        <source>Select the words in the pane that shows its document first.</source>
        <translation>Sélectionnez d&apos;abord les mots dans le volet qui affiche son document.</translation>
    </message>
    <message>
        <source>Place {label}</source>
        <translation>Placer {label}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>If you lose this passphrase, the store and everything in it cannot be recovered: nobody, not even the ReviewDesk developers, can open it without the passphrase.</source>
        <translation>Si vous perdez cette phrase secrète, la base et tout son contenu sont irrécupérables : personne, pas même les développeurs de ReviewDesk, ne peut l&apos;ouvrir sans elle.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Encrypted store</source>
        <translation>Base chiffrée</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Encrypt this store (AES-256)</source>
        <translation>Chiffrer cette base (AES-256)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>{store} is encrypted. Its passphrase:</source>
        <translation>{store} est chiffrée. Sa phrase secrète :</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Recorded with your tags, verdicts and exports</source>
        <translation>Enregistré avec vos étiquettes, appréciations et exportations</translation>
    </message>
    <message>
        <source>Built-in styles</source>
        <translation>Styles intégrés</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Added to the normal size of the documents and lists (also Ctrl+= / Ctrl+-)</source>
        <translation>Ajouté à la taille normale des documents et des listes (aussi Ctrl+= / Ctrl+-)</translation>
    </message>
    <message>
        <source>Digits 1–9 tag the selection in a letter, annex or reply view</source>
        <translation>Les chiffres 1 à 9 étiquettent la sélection dans une lettre, une annexe ou une réponse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>An encrypted store&apos;s window hides its data after this many minutes without input, until its passphrase is typed again</source>
        <translation>La fenêtre d&apos;une base chiffrée masque ses données après ce nombre de minutes sans saisie, jusqu&apos;à ce que sa phrase secrète soit de nouveau saisie</translation>
    </message>
    <message>
        <source>Tesseract language pack &apos;{code}&apos; is not installed</source>
        <translation>Le pack de langue Tesseract « {code} » n&apos;est pas installé</translation>
    </message>
    <message>
        <source>The language of menus, dialogs, dates and numbers</source>
        <translation>La langue des menus, des boîtes de dialogue, des dates et des nombres</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Nom de l&apos;analyste :</translation>
    </message>
    <message>
        <source>Paper for briefings:</source>
        <translation>Papier des notes d&apos;information :</translation>
    </message>
    <message>
        <source>Briefing template:</source>
        <translation>Modèle de note d&apos;information :</translation>
    </message>
    <message>
        <source>Grading scale:</source>
        <translation>Échelle d&apos;évaluation :</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Taille du texte :</translation>
    </message>
    <message>
        <source>OCR languages for scans:</source>
        <translation>Langues OCR des documents numérisés :</translation>
    </message>
    <message>
        <source>Lock an encrypted store after:</source>
        <translation>Verrouiller une base chiffrée après :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>A new language applies when ReviewDesk is started again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de ReviewDesk.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the file being imported</source>
        <translation>Arrêter après le fichier en cours d&apos;importation</translation>
    </message>
</context>
<context>
    <name>QdaController</name>
    <message>
        <source>REFI-QDA projects (*.qdpx);;REFI-QDA codebooks (*.qdc)</source>
        <translation>Projets REFI-QDA (*.qdpx);;Livres de codes REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs dossiers dans la liste</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Caviardages :</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportation de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>Importation REFI-QDA</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Edit questions</source>
        <translation>Modifier les questions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <source>Put the cursor where a question should be split, or select the words of a question.</source>
        <translation>Placez le curseur là où une question doit être scindée, ou sélectionnez les mots d&apos;une question.</translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation>Scinder au curseur</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Fusionner avec la suivante</translation>
    </message>
    <message>
        <source>Set to selection</source>
        <translation>Ajuster à la sélection</translation>
    </message>
    <message>
        <source>Add from selection</source>
        <translation>Ajouter depuis la sélection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Renumber 1, 2, 3…</source>
        <translation>Renuméroter 1, 2, 3…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Split question {number}</source>
        <translation>Scinder la question {number}</translation>
    </message>
    <message>
        <source>Merge questions {first} and {second}</source>
        <translation>Fusionner les questions {first} et {second}</translation>
    </message>
    <message>
        <source>Question {number}: new words</source>
        <translation>Question {number} : nouveaux mots</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation>Retirer la question {number}</translation>
    </message>
    <message>
        <source>Renumber questions</source>
        <translation>Renuméroter les questions</translation>
    </message>
</context>
<context>
    <name>ReanalysisController</name>
    <message numerus="yes">
        <source>Re-analysed %n document(s)</source>
        <translation>
            <numerusform>%n document réanalysé</numerusform>
            <numerusform>%n documents réanalysés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n case(s)</source>
        <translation>
            <numerusform>de %n dossier</numerusform>
            <numerusform>de %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n text(s) changed)</source>
        <translation>
            <numerusform>(%n texte modifié)</numerusform>
            <numerusform>(%n textes modifiés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tag(s) or link(s) could not be placed — see Orphaned</source>
        <translation>
            <numerusform>; %n étiquette ou lien n&apos;a pas pu être replacé — voir Orphelins</numerusform>
            <numerusform>; %n étiquettes ou liens n&apos;ont pas pu être replacés — voir Orphelins</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-analyse {reference}</source>
        <translation>Réanalyser {reference}</translation>
    </message>
    <message>
        <source>Re-analyse all cases</source>
        <translation>Réanalyser tous les dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were read by an older ReviewDesk: Case › Re-analyse all cases reads them again (your work is kept)</source>
        <translation>
            <numerusform>%n dossier a été lu par une version antérieure de ReviewDesk : Dossier › Réanalyser tous les dossiers le relit (votre travail est conservé)</numerusform>
            <numerusform>%n dossiers ont été lus par une version antérieure de ReviewDesk : Dossier › Réanalyser tous les dossiers les relit (votre travail est conservé)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search all documents…  (Ctrl+Shift+F)</source>
        <translation>Rechercher dans tous les documents…  (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -excluded, OR, prefix*; accents and case do not matter</source>
        <translation>Mots, &quot;une expression&quot;, -exclu, OR, préfixe* ; accents et casse indifférents</translation>
    </message>
    <message>
        <source>This document needs a reference: give it its case in the list on the left</source>
        <translation>Ce document n&apos;a pas de référence : attribuez-lui son dossier dans la liste de gauche</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Word forms</source>
        <translation>Formes des mots</translation>
    </message>
    <message>
        <source>Also find other forms of the words: detained → detention, détenu, detenido</source>
        <translation>Trouver aussi les autres formes des mots : détenu → détention, detained, detenido</translation>
    </message>
    <message>
        <source>Type in the search field at the top right (Ctrl+Shift+F).</source>
        <translation>Saisissez dans le champ de recherche en haut à droite (Ctrl+Maj+F).</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Needs a reference</source>
        <translation>Référence manquante</translation>
    </message>
    <message>
        <source>(the best {count} shown)</source>
        <translation>(les {count} meilleurs affichés)</translation>
    </message>
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
            <numerusform>dans %n dossier</numerusform>
            <numerusform>dans %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Aucun document ne correspond.</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>ReviewDesk stores (*{suffix})</source>
        <translation>Bases ReviewDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>ReviewDesk stores (*{suffix});;All files (*)</source>
        <translation>Bases ReviewDesk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>ReviewDesk — no store open</source>
        <translation>ReviewDesk — aucune base ouverte</translation>
    </message>
    <message>
        <source>{store} was not opened (File › Open store to try again)</source>
        <translation>{store} n&apos;a pas été ouverte (Fichier › Ouvrir une base pour réessayer)</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>Opening store…</source>
        <translation>Ouverture de la base…</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>⧗ {term} (proposed)</source>
        <translation>⧗ {term} (proposée)</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Tag selection</source>
        <translation>Étiqueter la sélection</translation>
    </message>
    <message>
        <source>Type to find a term…</source>
        <translation>Saisir pour trouver un terme…</translation>
    </message>
    <message>
        <source>Tag “{quote}”</source>
        <translation>Étiqueter « {quote} »</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Proposed: {term}</source>
        <translation>Proposée : {term}</translation>
    </message>
    <message>
        <source>Show the tags of one term</source>
        <translation>Afficher les étiquettes d&apos;un terme</translation>
    </message>
    <message>
        <source>Propose tags</source>
        <translation>Proposer des étiquettes</translation>
    </message>
    <message>
        <source>Propose Guiding Principles cited in the annex and allegation terms found in the allegations</source>
        <translation>Proposer les Principes directeurs cités dans l&apos;annexe et les termes d&apos;allégation trouvés dans les allégations</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the selected proposals (all shown when none selected)</source>
        <translation>Accepter les propositions sélectionnées (toutes celles affichées si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected proposals (all shown when none selected)</source>
        <translation>Rejeter les propositions sélectionnées (toutes celles affichées si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>Tags and links re-analysis could not place: place them again</source>
        <translation>Étiquettes et liens que la réanalyse n&apos;a pas pu replacer : replacez-les</translation>
    </message>
    <message numerus="yes">
        <source>All terms (%n tag(s))</source>
        <translation>
            <numerusform>Tous les termes (%n étiquette)</numerusform>
            <numerusform>Tous les termes (%n étiquettes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <source>Select some text in a pane first</source>
        <translation>Sélectionnez d&apos;abord du texte dans un volet</translation>
    </message>
    <message>
        <source>Tag “{term}”</source>
        <translation>Étiquette « {term} »</translation>
    </message>
    <message>
        <source>Tagged “{quote}” as {term} — Ctrl+Z to undo</source>
        <translation>« {quote} » étiqueté {term} — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Tag selection…</source>
        <translation>Étiqueter la sélection…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Caviarder…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Exports hide every “{text}” in this case.
Pseudonym shown instead in pseudonymised exports (optional):</source>
        <translation>Les exportations masquent chaque « {text} » de ce dossier.
Pseudonyme affiché à la place dans les exportations pseudonymisées (facultatif) :</translation>
    </message>
    <message>
        <source>Redact “{text}”</source>
        <translation>Caviarder « {text} »</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %n occurrence(s) — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n occurrence caviardée — Ctrl+Z pour annuler</numerusform>
            <numerusform>%n occurrences caviardées — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) proposed; accept or reject them in the Tags panel</source>
        <translation>
            <numerusform>%n étiquette proposée ; acceptez-la ou rejetez-la dans le panneau Étiquettes</numerusform>
            <numerusform>%n étiquettes proposées ; acceptez-les ou rejetez-les dans le panneau Étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose tags</source>
        <translation>Proposer des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposed tag(s)</source>
        <translation>
            <numerusform>Accepter %n étiquette proposée</numerusform>
            <numerusform>Accepter %n étiquettes proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposed tag(s)</source>
        <translation>
            <numerusform>Rejeter %n étiquette proposée</numerusform>
            <numerusform>Rejeter %n étiquettes proposées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag “{term}”</source>
        <translation>Supprimer l&apos;étiquette « {term} »</translation>
    </message>
    <message>
        <source>Edit tag note</source>
        <translation>Modifier la note de l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Wrong password (or none given) for this user.</source>
        <translation>Mot de passe incorrect (ou absent) pour cet utilisateur.</translation>
    </message>
    <message>
        <source>No such database on this server: check its name.</source>
        <translation>Cette base de données n&apos;existe pas sur ce serveur : vérifiez son nom.</translation>
    </message>
    <message>
        <source>No such user on this server: check the user name.</source>
        <translation>Cet utilisateur n&apos;existe pas sur ce serveur : vérifiez son nom.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the host and port, and that it is running.</source>
        <translation>Le serveur est injoignable : vérifiez l&apos;hôte et le port, et qu&apos;il est en marche.</translation>
    </message>
    <message>
        <source>The server said: {words}</source>
        <translation>Réponse du serveur : {words}</translation>
    </message>
    <message>
        <source>ReviewDesk — team store {store} (user {user})</source>
        <translation>ReviewDesk — base d&apos;équipe {store} (utilisateur {user})</translation>
    </message>
</context>
<context>
    <name>TeamStores</name>
    <message>
        <source>Connecting to {store}…</source>
        <translation>Connexion à {store}…</translation>
    </message>
    <message>
        <source>ReviewDesk — no store open</source>
        <translation>ReviewDesk — aucune base ouverte</translation>
    </message>
    <message>
        <source>Not connected (File › Connect to team store to try again)</source>
        <translation>Non connecté (Fichier › Se connecter à une base d&apos;équipe pour réessayer)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation>Choisissez d’abord un ou plusieurs dossiers dans la liste</translation>
    </message>
    <message>
        <source>Export review bundle</source>
        <translation>Exporter un lot de revue</translation>
    </message>
    <message>
        <source>Review bundles (*.rdbundle)</source>
        <translation>Lots de revue (*.rdbundle)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: %n case(s)</source>
        <translation>
            <numerusform>{file} écrit : %n dossier</numerusform>
            <numerusform>{file} écrit : %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Export de {file}…</translation>
    </message>
    <message>
        <source>Import review bundle</source>
        <translation>Importer un lot de revue</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>Fusion de {file}…</translation>
    </message>
    <message>
        <source>Review bundle merged</source>
        <translation>Lot de revue fusionné</translation>
    </message>
    <message>
        <source>Check out for offline work</source>
        <translation>Extraire pour travailler hors ligne</translation>
    </message>
    <message>
        <source>Connect to a team store first (File › Connect to team store…): cases are checked out from it into a store file on this laptop.</source>
        <translation>Connectez-vous d’abord à une base d’équipe (Fichier › Se connecter à une base d’équipe…) : les dossiers en sont extraits dans un fichier de base sur cet ordinateur.</translation>
    </message>
    <message>
        <source>ReviewDesk stores (*.rdstore)</source>
        <translation>Bases ReviewDesk (*.rdstore)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Extraits</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) copied to {file} for offline work.</source>
        <translation>
            <numerusform>%n dossier copié dans {file} pour travailler hors ligne.</numerusform>
            <numerusform>%n dossiers copiés dans {file} pour travailler hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open that file to work without a connection; File › Check in merges your work back into the team store.</source>
        <translation>Ouvrez ce fichier pour travailler sans connexion ; Fichier › Réintégrer fusionne votre travail dans la base d’équipe.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>L’ouvrir maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>Extraction de %n dossier…</numerusform>
            <numerusform>Extraction de %n dossiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>This store was not checked out from a team store: there is nothing to check in. (Review bundles carry work between stores without a server.)</source>
        <translation>Cette base n’a pas été extraite d’une base d’équipe : il n’y a rien à réintégrer. (Les lots de revue transportent le travail entre bases sans serveur.)</translation>
    </message>
    <message>
        <source>Checking in to {server}…</source>
        <translation>Réintégration dans {server}…</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Réintégré</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, deleted {deleted}; conflicts: {conflicts}</source>
        <translation>Ajoutés {added}, mis à jour {updated}, supprimés {deleted} ; conflits : {conflicts}</translation>
    </message>
    <message>
        <source>{case}: added {added}, updated {updated}, deleted {deleted}, conflicts {conflicts}</source>
        <translation>{case} : ajoutés {added}, mis à jour {updated}, supprimés {deleted}, conflits {conflicts}</translation>
    </message>
    <message>
        <source>To the team store: {summary}</source>
        <translation>Vers la base d’équipe : {summary}</translation>
    </message>
    <message>
        <source>Back to this laptop: {summary}</source>
        <translation>Retour sur cet ordinateur : {summary}</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Optional: a .docx whose styles the briefing takes</source>
        <translation>Facultatif : un .docx dont la note d&apos;information reprend les styles</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>UnfiledPanel</name>
    <message>
        <source>Documents that need a reference</source>
        <translation>Documents sans référence</translation>
    </message>
    <message>
        <source>Give reference…</source>
        <translation>Attribuer une référence…</translation>
    </message>
    <message>
        <source>Type the reference: files it in that case, or creates the case</source>
        <translation>Saisissez la référence : le document est classé dans ce dossier, ou le dossier est créé</translation>
    </message>
    <message>
        <source>Attach to case…</source>
        <translation>Rattacher à un dossier…</translation>
    </message>
    <message>
        <source>Add it to one of the cases in the list</source>
        <translation>L&apos;ajouter à l&apos;un des dossiers de la liste</translation>
    </message>
    <message>
        <source>Needs a reference ({count})</source>
        <translation>Référence manquante ({count})</translation>
    </message>
    <message>
        <source>cites {references}</source>
        <translation>cite {references}</translation>
    </message>
    <message>
        <source>no date read</source>
        <translation>aucune date lue</translation>
    </message>
    <message>
        <source>File {document} under {reference}</source>
        <translation>Classer {document} sous {reference}</translation>
    </message>
    <message>
        <source>{document} is now in {reference}</source>
        <translation>{document} est maintenant dans {reference}</translation>
    </message>
    <message>
        <source>Give reference</source>
        <translation>Attribuer une référence</translation>
    </message>
    <message>
        <source>Reference of {document}:</source>
        <translation>Référence de {document} :</translation>
    </message>
    <message>
        <source>There is no case to attach it to yet</source>
        <translation>Il n&apos;y a encore aucun dossier auquel le rattacher</translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation>Rattacher à un dossier</translation>
    </message>
    <message>
        <source>Attach {document} to:</source>
        <translation>Rattacher {document} à :</translation>
    </message>
</context>
<context>
    <name>UnpairedPanel</name>
    <message>
        <source>The case this reply answers (suggested cases first)</source>
        <translation>Le dossier auquel cette réponse répond (dossiers suggérés d&apos;abord)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Attach the selected reply to the chosen case</source>
        <translation>Rattacher la réponse sélectionnée au dossier choisi</translation>
    </message>
    <message>
        <source>Choose a reply to read it here.</source>
        <translation>Choisissez une réponse pour la lire ici.</translation>
    </message>
    <message>
        <source>Preview of the selected reply</source>
        <translation>Aperçu de la réponse sélectionnée</translation>
    </message>
    <message>
        <source>Answers case:</source>
        <translation>Répond au dossier :</translation>
    </message>
    <message>
        <source>Unpaired replies ({count})</source>
        <translation>Réponses non rattachées ({count})</translation>
    </message>
    <message>
        <source>Unpaired replies</source>
        <translation>Réponses non rattachées</translation>
    </message>
    <message>
        <source>cites {reference}</source>
        <translation>cite {reference}</translation>
    </message>
    <message>
        <source>cites no reference</source>
        <translation>ne cite aucune référence</translation>
    </message>
    <message>
        <source>No replies waiting: every reply is attached to its case.</source>
        <translation>Aucune réponse en attente : chaque réponse est rattachée à son dossier.</translation>
    </message>
    <message>
        <source>Suggested because it {reasons}.</source>
        <translation>Suggéré parce que : {reasons}.</translation>
    </message>
    <message>
        <source>(no text: the scan needs OCR)</source>
        <translation>(pas de texte : le document numérisé nécessite l&apos;OCR)</translation>
    </message>
    <message>
        <source>Pair reply with {reference}</source>
        <translation>Rattacher la réponse à {reference}</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>Vocabularies</source>
        <translation>Vocabulaires</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>Trouver un terme…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a term under the selected one</source>
        <translation>Ajouter un terme sous le terme sélectionné</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Give the term another label</source>
        <translation>Donner un autre libellé au terme</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Choose the term&apos;s colour</source>
        <translation>Choisir la couleur du terme</translation>
    </message>
    <message>
        <source>Shortcut…</source>
        <translation>Raccourci…</translation>
    </message>
    <message>
        <source>A digit 1–9 tags the selection with this term</source>
        <translation>Un chiffre de 1 à 9 étiquette la sélection avec ce terme</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Move all tags of this term to another and retire it</source>
        <translation>Déplacer toutes les étiquettes de ce terme vers un autre et le retirer</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop offering the term; its tags stay</source>
        <translation>Ne plus proposer le terme ; ses étiquettes restent</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <source>New term under {parent}:</source>
        <translation>Nouveau terme sous {parent} :</translation>
    </message>
    <message>
        <source>New term at the top:</source>
        <translation>Nouveau terme au premier niveau :</translation>
    </message>
    <message>
        <source>Add term “{label}”</source>
        <translation>Ajouter le terme « {label} »</translation>
    </message>
    <message>
        <source>Rename term</source>
        <translation>Renommer le terme</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Term colour</source>
        <translation>Couleur du terme</translation>
    </message>
    <message>
        <source>Recolour term</source>
        <translation>Changer la couleur du terme</translation>
    </message>
    <message>
        <source>Digit:</source>
        <translation>Chiffre :</translation>
    </message>
    <message>
        <source>Set shortcut</source>
        <translation>Définir le raccourci</translation>
    </message>
    <message>
        <source>A term cannot be moved under itself</source>
        <translation>Un terme ne peut pas être déplacé sous lui-même</translation>
    </message>
    <message>
        <source>Move term</source>
        <translation>Déplacer le terme</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Move every tag to:</source>
        <translation>Déplacer toutes les étiquettes vers :</translation>
    </message>
    <message>
        <source>Merge terms</source>
        <translation>Fusionner les termes</translation>
    </message>
    <message>
        <source>Retire term</source>
        <translation>Retirer le terme</translation>
    </message>
</context>
<context>
    <name>_PageLabel</name>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
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
