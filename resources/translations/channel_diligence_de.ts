<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>First &amp;passphrase:</source>
            <translation>Erste &amp;Passphrase:</translation>
        </message>
        <message>
            <source>First passphrase</source>
            <translation>Erste Passphrase</translation>
        </message>
        <message>
            <source>First passphrase again</source>
            <translation>Erste Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Nobody is in the list yet. The first person is the administrator and, until someone else gets the role approver, also the senior approver.</source>
            <translation>Noch niemand steht in der Liste. Die erste Person ist Administrator und, bis jemand anderes die Rolle Freigabe erhält, auch die freigebende Person der Geschäftsleitung.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Tell the person their first passphrase in person or by phone; they can change it later. Nobody can read a passphrase once it is saved.</source>
            <translation>Teilen Sie der Person ihre erste Passphrase persönlich oder telefonisch mit; sie kann sie später ändern. Niemand kann eine gespeicherte Passphrase lesen.</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Die beiden Passphrasen sind verschieden: Geben Sie zweimal dieselbe ein.</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Auflagen:</translation>
        </message>
        <message>
            <source>&amp;Date of the answer:</source>
            <translation>&amp;Datum der Antwort:</translation>
        </message>
        <message>
            <source>&amp;Import decision file…</source>
            <translation>Entscheidungsdatei &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Bemerkung:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Referenz:</translation>
        </message>
        <message>
            <source>A channel-diligence-decision/1 JSON file from the distributor. It is checked against the packet you sent; a file for another packet, or one that was changed, is refused and nothing is recorded.</source>
            <translation>Eine JSON-Datei im Format channel-diligence-decision/1 vom Distributor. Sie wird mit den gesendeten Eskalationsunterlagen abgeglichen; eine Datei zu anderen Unterlagen oder eine veränderte Datei wird abgelehnt, und es wird nichts erfasst.</translation>
        </message>
        <message>
            <source>A&amp;pproved</source>
            <translation>&amp;Genehmigt</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Antwort erfasst</translation>
        </message>
        <message>
            <source>Approved &amp;with conditions</source>
            <translation>&amp;Unter Auflagen genehmigt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Choose what the distributor answered.</source>
            <translation>Wählen Sie aus, was der Distributor geantwortet hat.</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>E&amp;ntschieden von:</translation>
        </message>
        <message>
            <source>Decision file refused</source>
            <translation>Entscheidungsdatei abgelehnt</translation>
        </message>
        <message>
            <source>Decision files (*.json);;All files (*)</source>
            <translation>Entscheidungsdateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Each line becomes a follow-up to check.</source>
            <translation>Aus jeder Zeile wird eine Wiedervorlage zur Prüfung.</translation>
        </message>
        <message>
            <source>Import the distributor's decision file</source>
            <translation>Entscheidungsdatei des Distributors importieren</translation>
        </message>
        <message>
            <source>No escalation packet of this order waits for an answer: escalate the order first, or the answer is already recorded.</source>
            <translation>Zu diesem Auftrag warten keine Eskalationsunterlagen auf eine Antwort: Eskalieren Sie den Auftrag zuerst, oder die Antwort ist bereits erfasst.</translation>
        </message>
        <message>
            <source>One condition per line, e.g. Disable face matching before delivery</source>
            <translation>Eine Auflage pro Zeile, z. B. Gesichtsabgleich vor der Lieferung abschalten</translation>
        </message>
        <message>
            <source>Order {0}: {1}. {2} follow-ups to track.</source>
            <translation>Auftrag {0}: {1}. Neue Wiedervorlagen: {2}.</translation>
        </message>
        <message>
            <source>Pac&amp;ket:</source>
            <translation>E&amp;skalationsunterlagen:</translation>
        </message>
        <message>
            <source>Packet {0} of {1} to {2}</source>
            <translation>Eskalationsunterlagen {0} vom {1} an {2}</translation>
        </message>
        <message>
            <source>Re&amp;jected</source>
            <translation>Abge&amp;lehnt</translation>
        </message>
        <message>
            <source>Record &amp;answer</source>
            <translation>Antwort &amp;erfassen</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Antwort erfassen</translation>
        </message>
        <message>
            <source>The decision file {0} was refused and nothing was recorded: {1}</source>
            <translation>Die Entscheidungsdatei {0} wurde abgelehnt, es wurde nichts erfasst: {1}</translation>
        </message>
        <message>
            <source>The distributor's answer on {0}</source>
            <translation>Antwort des Distributors zu {0}</translation>
        </message>
        <message>
            <source>Their answer:</source>
            <translation>Antwort des Distributors:</translation>
        </message>
        <message>
            <source>Type in what the distributor answered, or import their decision file. The order's status follows the answer: approved orders may go ahead, rejected ones are declined.</source>
            <translation>Geben Sie ein, was der Distributor geantwortet hat, oder importieren Sie seine Entscheidungsdatei. Der Status des Auftrags folgt der Antwort: Genehmigte Aufträge dürfen weiterlaufen, bei einer Ablehnung wird der Auftrag abgelehnt.</translation>
        </message>
        <message>
            <source>their reference, e.g. TD-2026-118</source>
            <translation>Referenz des Distributors, z. B. TD-2026-118</translation>
        </message>
        <message>
            <source>who decided at the distributor</source>
            <translation>wer beim Distributor entschieden hat</translation>
        </message>
    </context>
    <context>
        <name>AnswerForm</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Auflagen:</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>Antwort e&amp;rfassen</translation>
        </message>
        <message>
            <source>&amp;Send to reseller</source>
            <translation>An &amp;Wiederverkäufer senden</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>E&amp;ntschieden von:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>Erge&amp;bnis:</translation>
        </message>
        <message>
            <source>One condition a line</source>
            <translation>Eine Auflage pro Zeile</translation>
        </message>
        <message>
            <source>Sa&amp;ve decision file…</source>
            <translation>Entscheidungsdatei s&amp;peichern…</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>&amp;Senden an:</translation>
        </message>
        <message>
            <source>Your re&amp;ference:</source>
            <translation>Ihre Re&amp;ferenz:</translation>
        </message>
    </context>
    <context>
        <name>Answers</name>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Approved with conditions</source>
            <translation>Unter Auflagen genehmigt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Datenbank kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Changes cannot be saved</source>
            <translation>Änderungen können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence could not open its database:

{0}</source>
            <translation>Channel Diligence konnte seine Datenbank nicht öffnen:

{0}</translation>
        </message>
        <message>
            <source>Daily backup saved: {0}</source>
            <translation>Tägliche Sicherung gespeichert: {0}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({0}). What you were doing may not have been completed: check it and try again, and tell your IT contact if it happens again.</source>
            <translation>Etwas Unerwartetes ist schiefgelaufen ({0}). Was Sie gerade getan haben, wurde möglicherweise nicht abgeschlossen: Prüfen Sie es und versuchen Sie es erneut. Informieren Sie Ihre IT-Ansprechperson, wenn es wieder passiert.</translation>
        </message>
        <message>
            <source>The daily backup failed ({0}). Your data is not affected; try File &gt; Back up now, and tell your IT contact if it fails again.</source>
            <translation>Die tägliche Sicherung ist fehlgeschlagen ({0}). Ihre Daten sind nicht betroffen. Versuchen Sie es mit Datei &gt; Jetzt sichern und informieren Sie Ihre IT-Ansprechperson, wenn es erneut fehlschlägt.</translation>
        </message>
        <message>
            <source>The daily backup failed: {0}</source>
            <translation>Die tägliche Sicherung ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>The database is in use by another Channel Diligence window.</source>
            <translation>Die Datenbank wird von einem anderen Channel-Diligence-Fenster verwendet.</translation>
        </message>
        <message>
            <source>The database {0} is read-only: you can look at everything, but changes cannot be saved. Ask your IT contact for write access to the file and its folder, then start the app again.</source>
            <translation>Die Datenbank {0} ist schreibgeschützt: Sie können alles ansehen, aber Änderungen können nicht gespeichert werden. Bitten Sie Ihre IT-Ansprechperson um Schreibzugriff auf die Datei und ihren Ordner und starten Sie die App dann neu.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalPage</name>
        <message>
            <source>Adopting freezes this version: later changes start a new draft. The policy is then ready to print, publish and send.</source>
            <translation>Mit dem Verabschieden wird diese Version eingefroren: Spätere Änderungen beginnen einen neuen Entwurf. Die Richtlinie ist dann bereit zum Drucken, Veröffentlichen und Versenden.</translation>
        </message>
        <message>
            <source>Approve and adopt</source>
            <translation>Genehmigen und verabschieden</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Genehmigen</translation>
        </message>
        <message>
            <source>&amp;Reason to send it back:</source>
            <translation>&amp;Grund für die Rückgabe:</translation>
        </message>
        <message>
            <source>&amp;Send back</source>
            <translation>&amp;Zurückgeben</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Auflagen: {0}</translation>
        </message>
        <message>
            <source>Decisions your colleagues proposed for orders that need the senior approver. Approving records the decision as approved by you, {0}.</source>
            <translation>Entscheidungen, die Ihre Kolleginnen und Kollegen für Aufträge vorgeschlagen haben, die die Freigabe der Geschäftsleitung brauchen. Mit der Freigabe wird die Entscheidung als von Ihnen freigegeben erfasst, {0}.</translation>
        </message>
        <message>
            <source>Nobody is signed in at this desk. Approvals are made by the approver signed in at their own desk: switch person in the status bar.</source>
            <translation>An diesem Arbeitsplatz ist niemand angemeldet. Freigaben erteilt die freigebende Person, angemeldet an ihrem eigenen Arbeitsplatz: wechseln Sie die Person in der Statusleiste.</translation>
        </message>
        <message>
            <source>Nothing is waiting for your approval, {0}.</source>
            <translation>Nichts wartet auf Ihre Freigabe, {0}.</translation>
        </message>
        <message>
            <source>Order {0}, {1} risk</source>
            <translation>Auftrag {0}, Risiko {1}</translation>
        </message>
        <message>
            <source>Proposed: {0}, by {1} on {2}.</source>
            <translation>Vorgeschlagen: {0}, von {1} am {2}.</translation>
        </message>
        <message>
            <source>Records the proposed decision as approved by you. Your passphrase proves it was you.</source>
            <translation>Erfasst die vorgeschlagene Entscheidung als von Ihnen freigegeben. Ihre Passphrase belegt, dass Sie es waren.</translation>
        </message>
        <message>
            <source>Requests waiting for your approval</source>
            <translation>Anfragen, die auf Ihre Freigabe warten</translation>
        </message>
        <message>
            <source>The order changed after approval was asked: it cannot be approved. Send it back, or ask your colleague to ask again.</source>
            <translation>Der Auftrag wurde nach der Anfrage geändert: er kann nicht freigegeben werden. Geben Sie die Anfrage zurück, oder bitten Sie um eine neue Anfrage.</translation>
        </message>
        <message>
            <source>Type your own passphrase to confirm the approval.</source>
            <translation>Geben Sie Ihre eigene Passphrase ein, um die Freigabe zu bestätigen.</translation>
        </message>
        <message>
            <source>Waiting for your approval</source>
            <translation>Wartet auf Ihre Freigabe</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Warnhinweise:</translation>
        </message>
        <message>
            <source>What is missing or wrong? Your colleague reads this on the order.</source>
            <translation>Was fehlt oder stimmt nicht? Ihre Kollegin oder Ihr Kollege liest es beim Auftrag.</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Warum: {0}</translation>
        </message>
        <message>
            <source>Your &amp;passphrase:</source>
            <translation>Ihre &amp;Passphrase:</translation>
        </message>
    </context>
    <context>
        <name>ApproverPage</name>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>&amp;E-Mail (optional):</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <source>Enter the senior approver's name.</source>
            <translation>Geben Sie den Namen der freigabeberechtigten Führungskraft ein.</translation>
        </message>
        <message>
            <source>Enter their job title, e.g. Managing Director.</source>
            <translation>Geben Sie die Funktion ein, z. B. Geschäftsführer.</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Senior approver</source>
            <translation>Freigabeberechtigte Führungskraft</translation>
        </message>
        <message>
            <source>The UN Guiding Principles (principle 16) ask that decisions on high-risk sales are approved at the most senior level: name that person here.</source>
            <translation>Die UN-Leitprinzipien (Leitprinzip 16) verlangen, dass Entscheidungen über Verkäufe mit hohem Risiko auf der höchsten Führungsebene genehmigt werden: Nennen Sie diese Person hier.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
        </message>
        <message>
            <source>e.g. Managing Director</source>
            <translation>z. B. Geschäftsführer</translation>
        </message>
    </context>
    <context>
        <name>ApproverProofDialog</name>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Bestätigen</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Freige&amp;bende Person:</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Freigebende Person</translation>
        </message>
        <message>
            <source>Approver's pass&amp;phrase:</source>
            <translation>&amp;Passphrase der Freigebenden:</translation>
        </message>
        <message>
            <source>Approver's passphrase</source>
            <translation>Passphrase der Freigebenden</translation>
        </message>
        <message>
            <source>Senior approver's confirmation</source>
            <translation>Bestätigung der Freigabe auf höchster Ebene</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All {0} entries check out: nothing has been changed or removed since it was written.</source>
            <translation>Alle {0} Einträge sind in Ordnung: Seit dem Schreiben wurde nichts geändert oder entfernt.</translation>
        </message>
        <message>
            <source>Check against a head file</source>
            <translation>Mit einer Kopfdatei prüfen</translation>
        </message>
        <message>
            <source>Check against a head file…</source>
            <translation>Mit einer Kopfdatei prüfen…</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Prüfung läuft</translation>
        </message>
        <message>
            <source>Checking against {0}…</source>
            <translation>Prüfung mit {0}…</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Audit-Protokoll wird geprüft…</translation>
        </message>
        <message>
            <source>Choose a chain-head.json, or a packet or evidence bundle that holds one (for example the one your distributor received), to check that no entry written before it was removed or rewritten since.</source>
            <translation>Wählen Sie eine chain-head.json oder ein Paket bzw. Nachweispaket, das eine enthält (zum Beispiel das, welches Ihr Distributor erhalten hat), um zu prüfen, dass seitdem kein zuvor geschriebener Eintrag entfernt oder umgeschrieben wurde.</translation>
        </message>
        <message>
            <source>Entry {0} does not match what was recorded{1}. The {2} entries before it check out. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>Eintrag {0} stimmt nicht mit dem überein, was aufgezeichnet wurde{1}. Die {2} Einträge davor sind in Ordnung. Jemand oder etwas hat die Datenbank außerhalb der App verändert. Bewahren Sie eine Kopie der Datenbankdatei im jetzigen Zustand auf und informieren Sie die Person, die Ihre IT betreut.</translation>
        </message>
        <message>
            <source>Every change and decision is written to a log in which each entry is sealed with the one before it. This check recomputes every seal.</source>
            <translation>Jede Änderung und Entscheidung wird in ein Protokoll geschrieben, in dem jeder Eintrag mit dem vorherigen versiegelt ist. Diese Prüfung berechnet jedes Siegel neu.</translation>
        </message>
        <message>
            <source>Signed heads, packets and bundles (*.json *.zip *.eml);;All files (*)</source>
            <translation>Signierte Köpfe, Pakete und Nachweispakete (*.json *.zip *.eml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The audit log has been altered</source>
            <translation>Das Audit-Protokoll wurde verändert</translation>
        </message>
        <message>
            <source>The audit log is intact</source>
            <translation>Das Audit-Protokoll ist intakt</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation>Die Prüfung konnte nicht ausgeführt werden</translation>
        </message>
        <message>
            <source>The head file matches the audit log</source>
            <translation>Die Kopfdatei passt zum Prüfprotokoll</translation>
        </message>
        <message>
            <source>Verify audit log</source>
            <translation>Audit-Protokoll prüfen</translation>
        </message>
        <message>
            <source>{0}. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Jemand oder etwas hat die Datenbank außerhalb der App geändert. Bewahren Sie eine Kopie der Datenbankdatei im jetzigen Zustand auf und informieren Sie, wer Ihre IT betreut.</translation>
        </message>
        <message>
            <source>{0}. Someone or something deleted entries outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Jemand oder etwas hat außerhalb der App Einträge gelöscht. Bewahren Sie eine Kopie der Datenbankdatei im jetzigen Zustand auf und informieren Sie die Person, die Ihre IT betreut.</translation>
        </message>
        <message>
            <source>{0}: the audit log still holds that entry with the seal signed then, so nothing written before it was removed or rewritten.</source>
            <translation>{0}: Das Prüfprotokoll enthält diesen Eintrag noch mit dem damals signierten Siegel, also wurde nichts zuvor Geschriebene entfernt oder umgeschrieben.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Backed up to {0} ({1}).</source>
            <translation>Gesichert in {0} ({1}).</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Datenbank wird gesichert…</translation>
        </message>
        <message>
            <source>The database was not backed up: {0}</source>
            <translation>Die Datenbank wurde nicht gesichert: {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogDialog</name>
        <message>
            <source>Edit customer</source>
            <translation>Kunde bearbeiten</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Produkt bearbeiten</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Neues Produkt</translation>
        </message>
    </context>
    <context>
        <name>CatalogList</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 Eintrag</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Select an entry in the list first.</source>
            <translation>Wählen Sie zuerst einen Eintrag in der Liste aus.</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>Zum Suchen tippen</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} Einträge</translation>
        </message>
    </context>
    <context>
        <name>CategoryDelegate</name>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Answers saved.</source>
            <translation>Antworten gespeichert.</translation>
        </message>
        <message>
            <source>Ask the customer these questions, or answer them from what you know. "Not sure yet" is an honest answer: it is recorded as such.</source>
            <translation>Stellen Sie dem Kunden diese Fragen oder beantworten Sie sie aus Ihrem Wissen. „Noch nicht sicher“ ist eine ehrliche Antwort: Sie wird so erfasst.</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Fragen an den Kunden</translation>
        </message>
        <message>
            <source>Save &amp;answers</source>
            <translation>Antworten s&amp;peichern</translation>
        </message>
        <message>
            <source>Settle these restricted-party findings first: confirm who the party is (full name, country, registration or date of birth) and record the review.</source>
            <translation>Klären Sie zuerst diese Sanktionslisten-Treffer: Bestätigen Sie, wer die Partei ist (vollständiger Name, Land, Registernummer oder Geburtsdatum), und erfassen Sie die Prüfung.</translation>
        </message>
        <message>
            <source>The screening raised nothing that needs these questions for this order.</source>
            <translation>Die Prüfung hat bei diesem Auftrag nichts ergeben, das diese Fragen erfordert.</translation>
        </message>
    </context>
    <context>
        <name>CommunicationTab</name>
        <message>
            <source>&amp;Audience:</source>
            <translation>&amp;Zielgruppe:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Wie:</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Hinweis (optional):</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Erfassen</translation>
        </message>
        <message>
            <source>Ac&amp;knowledged on:</source>
            <translation>&amp;Bestätigt am:</translation>
        </message>
        <message>
            <source>Acknowledged on</source>
            <translation>Bestätigt am</translation>
        </message>
        <message>
            <source>Adopt the policy first; then record here to whom you sent or showed it: staff, distributors, vendors, customers and your website.</source>
            <translation>Verabschieden Sie zuerst die Richtlinie; erfassen Sie dann hier, wem Sie sie gesendet oder gezeigt haben: Beschäftigten, Distributoren, Herstellern, Kunden und auf Ihrer Website.</translation>
        </message>
        <message>
            <source>Attached to the contract</source>
            <translation>Dem Vertrag beigefügt</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Communications of the policy</source>
            <translation>Kommunikation der Richtlinie</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distributor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>For example: all staff, TechDistri Europe, www.example.com</source>
            <translation>Zum Beispiel: alle Beschäftigten, TechDistri Europe, www.example.com</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Besprechung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Printed copy</source>
            <translation>Ausdruck</translation>
        </message>
        <message>
            <source>Published on the website</source>
            <translation>Auf der Website veröffentlicht</translation>
        </message>
        <message>
            <source>Record &amp;staff acknowledgement</source>
            <translation>&amp;Lesebestätigung erfassen</translation>
        </message>
        <message>
            <source>Record that the policy was sent or shown</source>
            <translation>Erfassen, dass die Richtlinie gesendet oder gezeigt wurde</translation>
        </message>
        <message>
            <source>Record that the selected person acknowledged the policy</source>
            <translation>Erfassen, dass die ausgewählte Person die Richtlinie zur Kenntnis genommen hat</translation>
        </message>
        <message>
            <source>Record the communication</source>
            <translation>Kommunikation erfassen</translation>
        </message>
        <message>
            <source>Say how: e-mail, printed copy, website…</source>
            <translation>Geben Sie an, wie: E-Mail, Ausdruck, Website…</translation>
        </message>
        <message>
            <source>Say to whom: a person, a company or the web address.</source>
            <translation>Geben Sie an, an wen: eine Person, ein Unternehmen oder die Webadresse.</translation>
        </message>
        <message>
            <source>Select a row sent to a member of staff, then record the day they confirmed they read the policy.</source>
            <translation>Wählen Sie eine Zeile aus, die an Beschäftigte ging, und erfassen Sie dann den Tag, an dem die Person bestätigt hat, dass sie die Richtlinie gelesen hat.</translation>
        </message>
        <message>
            <source>Select the person in the list first.</source>
            <translation>Wählen Sie zuerst die Person in der Liste aus.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Beschäftigte</translation>
        </message>
        <message>
            <source>Staff acknowledgement</source>
            <translation>Bestätigung durch Beschäftigte</translation>
        </message>
        <message>
            <source>To &amp;whom:</source>
            <translation>&amp;An wen:</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>An wen</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Hersteller</translation>
        </message>
        <message>
            <source>Version {0}: the UN Guiding Principles ask that the policy is communicated inside the company and to business partners, and publicly available. Record each time you send or show it.</source>
            <translation>Version {0}: Die UN-Leitprinzipien verlangen, dass die Richtlinie im Unternehmen und gegenüber Geschäftspartnern kommuniziert wird und öffentlich verfügbar ist. Erfassen Sie jedes Mal, wenn Sie sie senden oder zeigen.</translation>
        </message>
        <message>
            <source>Website (public)</source>
            <translation>Website (öffentlich)</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>10 to 49 people</source>
            <translation>10 bis 49 Personen</translation>
        </message>
        <message>
            <source>250 people or more</source>
            <translation>250 Personen oder mehr</translation>
        </message>
        <message>
            <source>50 to 249 people</source>
            <translation>50 bis 249 Personen</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <source>Channel Diligence checks each order for the risk that what you sell is misused against people's rights. First, a few facts about your company.</source>
            <translation>Channel Diligence prüft jeden Auftrag auf das Risiko, dass das, was Sie verkaufen, gegen die Rechte von Menschen missbraucht wird. Zuerst ein paar Angaben zu Ihrem Unternehmen.</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Land auswählen…</translation>
        </message>
        <message>
            <source>Choose the country your company is in.</source>
            <translation>Wählen Sie das Land, in dem Ihr Unternehmen seinen Sitz hat.</translation>
        </message>
        <message>
            <source>Company na&amp;me:</source>
            <translation>&amp;Name des Unternehmens:</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Geben Sie den Namen Ihres Unternehmens ein.</translation>
        </message>
        <message>
            <source>Fewer than 10 people</source>
            <translation>Weniger als 10 Personen</translation>
        </message>
        <message>
            <source>How you &amp;sell:</source>
            <translation>Wie Sie &amp;verkaufen:</translation>
        </message>
        <message>
            <source>Risky orders are never left to self-service: the app holds them for a conversation with the customer.</source>
            <translation>Riskante Aufträge laufen nie über den Self-Service: Die App hält sie für ein Gespräch mit dem Kunden an.</translation>
        </message>
        <message>
            <source>Sales-assisted: we talk to every customer</source>
            <translation>Über den Vertrieb: Wir sprechen mit jedem Kunden</translation>
        </message>
        <message>
            <source>Self-service: customers order online</source>
            <translation>Self-Service: Kunden bestellen online</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>&amp;Größe:</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Ihr Unternehmen</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Information: {0}</source>
            <translation>Angaben: {0}</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Es fehlt:</translation>
        </message>
        <message>
            <source>Not yet done: {0}</source>
            <translation>Noch offen: {0}</translation>
        </message>
        <message>
            <source>Order information: {0} complete</source>
            <translation>Angaben zum Auftrag: {0} vollständig</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>Hide this message and keep what you typed, to copy it before you reload. Saving stays refused until you reload.</source>
            <translation>Blendet diese Meldung aus und behält Ihre Eingaben, damit Sie sie vor dem Neuladen kopieren können. Speichern bleibt abgelehnt, bis Sie neu laden.</translation>
        </message>
        <message>
            <source>Keep my te&amp;xt for now</source>
            <translation>Meinen Te&amp;xt vorerst behalten</translation>
        </message>
        <message>
            <source>Reload the order</source>
            <translation>Auftrag neu laden</translation>
        </message>
        <message>
            <source>Show the order as it is saved now. What you typed here is replaced.</source>
            <translation>Zeigt den Auftrag so, wie er jetzt gespeichert ist. Ihre Eingaben hier werden ersetzt.</translation>
        </message>
        <message>
            <source>What you typed is still in the form: copy what you need, then reload.</source>
            <translation>Ihre Eingaben stehen noch im Formular: Kopieren Sie, was Sie brauchen, und laden Sie dann neu.</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>&amp;Government function:</source>
            <translation>&amp;Staatliche Aufgabe:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Branche:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Geben Sie den Namen des Kunden ein.</translation>
        </message>
        <message>
            <source>For a public body, say what it does: police, military and intelligence services carry more risk than, say, a school authority.</source>
            <translation>Geben Sie bei einer öffentlichen Stelle an, was sie tut: Polizei, Militär und Nachrichtendienste bergen ein höheres Risiko als etwa eine Schulbehörde.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Nicht bekannt</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>Be&amp;merkungen:</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Neuer Kunde…</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>No listed name resembles this customer (checked on {0}).</source>
            <translation>Kein gelisteter Name ähnelt diesem Kunden (geprüft am {0}).</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: no list was imported when the customer was last saved. Importing a list checks every customer.</source>
            <translation>Noch nicht gegen die Sanktionslisten geprüft: Beim letzten Speichern des Kunden war keine Liste importiert. Der Import einer Liste prüft alle Kunden.</translation>
        </message>
        <message>
            <source>Sanctions</source>
            <translation>Sanktionen</translation>
        </message>
        <message>
            <source>Sanctions &amp;check…</source>
            <translation>Sanktions&amp;abgleich…</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Select a customer in the list first.</source>
            <translation>Wählen Sie zuerst einen Kunden in der Liste aus.</translation>
        </message>
        <message>
            <source>The organisations and people you sell to, and the end users of what you sell. Who they are and what they do is part of the screening.</source>
            <translation>Die Organisationen und Personen, an die Sie verkaufen, und die Endnutzer dessen, was Sie verkaufen. Wer sie sind und was sie tun, ist Teil der Prüfung.</translation>
        </message>
        <message>
            <source>The selected customer's sanctions check: each possible match, and its review</source>
            <translation>Der Sanktionsabgleich des gewählten Kunden: jeder mögliche Treffer und seine Bewertung</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>{0} (checked on {1}): {2}</source>
            <translation>{0} (geprüft am {1}): {2}</translation>
        </message>
    </context>
    <context>
        <name>DataSourcesDialog</name>
        <message>
            <source>Accessed</source>
            <translation>Abgerufen</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Namensnennung</translation>
        </message>
        <message>
            <source>Changes made</source>
            <translation>Vorgenommene Änderungen</translation>
        </message>
        <message>
            <source>Cite as</source>
            <translation>Zitierweise</translation>
        </message>
        <message>
            <source>Cited in flags as</source>
            <translation>In Warnhinweisen zitiert als</translation>
        </message>
        <message>
            <source>Country names: pycountry, ISO 3166 data, licensed under the GNU Lesser General Public License 2.1 (LGPL-2.1), used as an unmodified library.</source>
            <translation>Ländernamen: pycountry, ISO-3166-Daten, lizenziert unter der GNU Lesser General Public License 2.1 (LGPL-2.1), als unveränderte Bibliothek verwendet.</translation>
        </message>
        <message>
            <source>Country tiers: {0}</source>
            <translation>Risikostufen der Länder: {0}</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Kriterienkatalog</translation>
        </message>
        <message>
            <source>Data sources and licences</source>
            <translation>Datenquellen und Lizenzen</translation>
        </message>
        <message>
            <source>Each flag and each checklist question names the sources it rests on, with the section, under the title given here as "Cited in flags as".</source>
            <translation>Jeder Warnhinweis und jede Frage der Checkliste nennt die Quellen, auf denen er oder sie beruht, mit dem Abschnitt, unter dem Titel, der hier bei „In Warnhinweisen zitiert als“ steht.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Signiert von {0} (Fingerabdruck {1}).</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>The user interface uses Qt for Python (PySide6), licensed under the LGPL-3.0.</source>
            <translation>Die Benutzeroberfläche verwendet Qt for Python (PySide6), lizenziert unter der LGPL-3.0.</translation>
        </message>
        <message>
            <source>This is the app's own default pack: it needs no distributor's signature.</source>
            <translation>Dies ist der eigene Standardkatalog der App: Er braucht keine Signatur eines Distributors.</translation>
        </message>
        <message>
            <source>This pack was not signed by a distributor whose key is pinned.</source>
            <translation>Dieser Katalog wurde von keinem Distributor signiert, dessen Schlüssel hinterlegt ist.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Abrufbar unter</translation>
        </message>
        <message>
            <source>Where a source was changed (an adaptation), the changes are listed under Sources below. A copy of these notices ships with the app in ATTRIBUTION.md.</source>
            <translation>Wo eine Quelle verändert wurde (eine Bearbeitung), stehen die Änderungen unten unter „Quellen“. Eine Kopie dieser Hinweise liegt der App in ATTRIBUTION.md bei.</translation>
        </message>
        <message>
            <source>{0}, version {1}, issued by {2} on {3}.</source>
            <translation>{0}, Version {1}, herausgegeben von {2} am {3}.</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>&amp;Decline</source>
            <translation>Ab&amp;lehnen</translation>
        </message>
        <message>
            <source>&amp;Escalate to distributor</source>
            <translation>An den Distributor &amp;eskalieren</translation>
        </message>
        <message>
            <source>&amp;Proceed</source>
            <translation>&amp;Fortfahren</translation>
        </message>
        <message>
            <source>&amp;Rationale (required):</source>
            <translation>&amp;Begründung (Pflichtfeld):</translation>
        </message>
        <message>
            <source>, approved by {0}</source>
            <translation>, genehmigt von {0}</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match). Nobody in the company can approve it: the only possible decision is to decline, and the distributor must be told: report it with the misuse report.</source>
            <translation>Eine Partei dieses Auftrags steht auf einer Sanktionsliste (ein bestätigter Treffer). Niemand im Unternehmen kann ihn genehmigen: Die einzig mögliche Entscheidung ist die Ablehnung, und der Distributor muss informiert werden: Melden Sie es mit der Missbrauchsmeldung.</translation>
        </message>
        <message>
            <source>Any approver</source>
            <translation>Beliebige freigebende Person</translation>
        </message>
        <message>
            <source>Appr&amp;over's passphrase:</source>
            <translation>Passphrase der Freigebenden (&amp;o):</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Freige&amp;bende Person:</translation>
        </message>
        <message>
            <source>Approved b&amp;y:</source>
            <translation>&amp;Genehmigt von:</translation>
        </message>
        <message>
            <source>Approver to ask</source>
            <translation>Zu fragende freigebende Person</translation>
        </message>
        <message>
            <source>As&amp;k for approval</source>
            <translation>Frei&amp;gabe anfragen</translation>
        </message>
        <message>
            <source>Ask the distributor to decide; the order waits for the answer.</source>
            <translation>Der Distributor soll entscheiden; der Auftrag wartet auf die Antwort.</translation>
        </message>
        <message>
            <source>Awaiting approval by {0}: {1} asked on {2} to approve "{3}".</source>
            <translation>Wartet auf Freigabe durch {0}: {1} hat am {2} um Freigabe von „{3}“ gebeten.</translation>
        </message>
        <message>
            <source>Choose a decision.</source>
            <translation>Wählen Sie eine Entscheidung.</translation>
        </message>
        <message>
            <source>Choose the approver.</source>
            <translation>Wählen Sie die freigebende Person.</translation>
        </message>
        <message>
            <source>Choose the decision to proceed (or proceed with conditions) that the approver is to approve.</source>
            <translation>Wählen Sie die Entscheidung „Fortfahren“ (oder „Unter Auflagen fortfahren“), die freigegeben werden soll.</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Auflagen</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>E&amp;ntschieden von:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Do not sell. The reasons are recorded.</source>
            <translation>Nicht verkaufen. Die Gründe werden dokumentiert.</translation>
        </message>
        <message>
            <source>Earlier decisions:</source>
            <translation>Frühere Entscheidungen:</translation>
        </message>
        <message>
            <source>Escalating records the decision. No distributor is set up yet: add one in the company profile.</source>
            <translation>Beim Eskalieren wird die Entscheidung dokumentiert. Es ist noch kein Distributor eingerichtet: Fügen Sie im Unternehmensprofil einen hinzu.</translation>
        </message>
        <message>
            <source>Escalating records the decision; then send the packet with the order's details to your distributor ({0}) and record their answer on the Escalation tab.</source>
            <translation>Beim Eskalieren wird die Entscheidung dokumentiert. Senden Sie dann die Eskalationsunterlagen mit den Angaben zum Auftrag an Ihren Distributor ({0}) und erfassen Sie seine Antwort auf der Registerkarte „Eskalation und Wiedervorlagen“.</translation>
        </message>
        <message>
            <source>No decision can be recorded for this order now.</source>
            <translation>Für diesen Auftrag kann jetzt keine Entscheidung dokumentiert werden.</translation>
        </message>
        <message>
            <source>O&amp;ther conditions:</source>
            <translation>&amp;Sonstige Auflagen:</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Sonstige Auflagen</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Sonstige Auflagen, in Ihren eigenen Worten</translation>
        </message>
        <message>
            <source>Prepare the escalation p&amp;acket…</source>
            <translation>Eskalations&amp;unterlagen vorbereiten…</translation>
        </message>
        <message>
            <source>Prepare the escalation packet</source>
            <translation>Eskalationsunterlagen vorbereiten</translation>
        </message>
        <message>
            <source>Proceed &amp;with conditions</source>
            <translation>&amp;Mit Auflagen fortfahren</translation>
        </message>
        <message>
            <source>Re&amp;cord decision</source>
            <translation>Entscheidung &amp;dokumentieren</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <source>Report to the distributor</source>
            <translation>An den Distributor melden</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what an auditor or the distributor will read.</source>
            <translation>Begründen Sie die Entscheidung in ein, zwei Sätzen: Das lesen Prüfer oder der Distributor.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what the approver will read.</source>
            <translation>Sagen Sie in ein, zwei Sätzen, warum: das liest die freigebende Person.</translation>
        </message>
        <message>
            <source>Sent back by {0} on {1}: {2}</source>
            <translation>Zurückgegeben von {0} am {1}: {2}</translation>
        </message>
        <message>
            <source>Setting up the people who use the app makes approvals proven: the approver then confirms with their own passphrase.</source>
            <translation>Wenn Sie die Personen einrichten, die die App nutzen, sind Freigaben belegt: Die freigebende Person bestätigt dann mit ihrer eigenen Passphrase.</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <source>Tell the distributor: &amp;misuse report…</source>
            <translation>Distributor informieren: &amp;Missbrauchsmeldung…</translation>
        </message>
        <message>
            <source>The approver approves this decision at their own desk, with their passphrase (Escalation menu, "Waiting for your approval"). Nothing is decided until then.</source>
            <translation>Die freigebende Person gibt diese Entscheidung am eigenen Arbeitsplatz mit ihrer Passphrase frei (Menü Eskalation, „Wartet auf Ihre Freigabe“). Bis dahin ist nichts entschieden.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>Die freigebende Person gibt ihre eigene Passphrase ein, um die Freigabe zu bestätigen.</translation>
        </message>
        <message>
            <source>The order goes ahead only with the safeguards ticked below.</source>
            <translation>Der Auftrag wird nur mit den unten angekreuzten Schutzmaßnahmen ausgeführt.</translation>
        </message>
        <message>
            <source>The order may go ahead as it is.</source>
            <translation>Der Auftrag darf so ausgeführt werden, wie er ist.</translation>
        </message>
        <message>
            <source>The request for approval that {0} made on {1} cannot be approved: the order changed after it. Ask again.</source>
            <translation>Die Freigabeanfrage von {0} vom {1} kann nicht freigegeben werden: der Auftrag wurde danach geändert. Fragen Sie erneut an.</translation>
        </message>
        <message>
            <source>The senior approver's name</source>
            <translation>Name der freigabeberechtigten Führungskraft</translation>
        </message>
        <message>
            <source>This decision needs the senior approver. Type the name of {0} once they have approved it.</source>
            <translation>Diese Entscheidung braucht die Genehmigung der freigabeberechtigten Führungskraft. Geben Sie den Namen von {0} ein, sobald die Genehmigung vorliegt.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company. The approver confirms here with their own passphrase: choose them and let them type it.</source>
            <translation>Dies ist ein Auftrag mit hohem Risiko. Die UN-Leitprinzipien (Prinzip 16) verlangen, dass solche Entscheidungen auf der höchsten Ebene des Unternehmens freigegeben werden. Die freigebende Person bestätigt hier mit ihrer eigenen Passphrase: Wählen Sie sie aus und lassen Sie sie die Passphrase eingeben.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company: here, {0}. Type their name to confirm they approved it.</source>
            <translation>Dies ist ein Auftrag mit hohem Risiko. Die UN-Leitprinzipien (Leitprinzip 16) verlangen, dass solche Entscheidungen auf der höchsten Führungsebene des Unternehmens genehmigt werden, hier von {0}. Geben Sie den Namen ein, um die Genehmigung zu bestätigen.</translation>
        </message>
        <message>
            <source>This order asks for a use that is prohibited. Nobody in the company can approve it, not even the senior approver: the only possible decision is to decline.</source>
            <translation>Dieser Auftrag betrifft eine verbotene Verwendung. Niemand im Unternehmen kann ihn genehmigen, auch nicht die freigabeberechtigte Führungskraft: Die einzig mögliche Entscheidung ist die Ablehnung.</translation>
        </message>
        <message>
            <source>Tick the safeguards the customer agrees to. They become part of the record.</source>
            <translation>Kreuzen Sie die Schutzmaßnahmen an, denen der Kunde zustimmt. Sie werden Teil der Dokumentation.</translation>
        </message>
        <message>
            <source>What the distributor receives: a PDF and a JSON file with the order, the flags, the checklist and your recommendation, and your attachments. You see the PDF before it is sent.</source>
            <translation>Das erhält der Distributor: eine PDF- und eine JSON-Datei mit dem Auftrag, den Warnhinweisen, der Checkliste und Ihrer Empfehlung sowie Ihre Anhänge. Sie sehen das PDF, bevor es gesendet wird.</translation>
        </message>
        <message>
            <source>Why this decision? What did you check, what did the customer say?</source>
            <translation>Warum diese Entscheidung? Was haben Sie geprüft, was hat der Kunde gesagt?</translation>
        </message>
        <message>
            <source>any approver</source>
            <translation>eine beliebige freigebende Person</translation>
        </message>
        <message>
            <source>your senior approver</source>
            <translation>Ihrer freigabeberechtigten Führungskraft</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}{3}. {4}</source>
            <translation>{0}: {1} (entschieden von {2}{3}). {4}</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>&amp;Open packet…</source>
            <translation>Paket &amp;öffnen…</translation>
        </message>
        <message>
            <source>Answer to {0}, order {1} recorded and signed. Save the decision file or send it to the reseller.</source>
            <translation>Antwort an {0}, Auftrag {1}, erfasst und signiert. Speichern Sie die Entscheidungsdatei oder senden Sie sie an den Wiederverkäufer.</translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>{0} wird geprüft…</translation>
        </message>
        <message>
            <source>Decision files (*.json)</source>
            <translation>Entscheidungsdateien (*.json)</translation>
        </message>
        <message>
            <source>Distributor desk</source>
            <translation>Distributor-Arbeitsplatz</translation>
        </message>
        <message>
            <source>Open a packet a reseller sent</source>
            <translation>Ein Paket öffnen, das ein Wiederverkäufer gesendet hat</translation>
        </message>
        <message>
            <source>Open a packet's folder</source>
            <translation>Den Ordner eines Pakets öffnen</translation>
        </message>
        <message>
            <source>Open packet fol&amp;der…</source>
            <translation>Paket&amp;ordner öffnen…</translation>
        </message>
        <message>
            <source>Packets (*.zip *.eml);;All files (*)</source>
            <translation>Pakete (*.zip *.eml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Refused, nothing was added to the list: {0}</source>
            <translation>Abgelehnt, der Liste wurde nichts hinzugefügt: {0}</translation>
        </message>
        <message>
            <source>Save the decision file</source>
            <translation>Die Entscheidungsdatei speichern</translation>
        </message>
        <message>
            <source>Saved {0} and its signature {1}: send both to {2}.</source>
            <translation>{0} und die Signatur {1} gespeichert: Senden Sie beide an {2}.</translation>
        </message>
        <message>
            <source>The answer to {0}, order {1} is in the outbox to {2}.</source>
            <translation>Die Antwort an {0}, Auftrag {1}, liegt im Postausgang an {2}.</translation>
        </message>
        <message>
            <source>This packet holds no PDF.</source>
            <translation>Dieses Paket enthält kein PDF.</translation>
        </message>
        <message>
            <source>{0}, order {1}: {2}</source>
            <translation>{0}, Auftrag {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>DigestSettingsBox</name>
        <message>
            <source>Daily digest</source>
            <translation>Tägliche Übersicht</translation>
        </message>
        <message>
            <source>Once a day, through the outbox, with the order references; nothing is sent on a day when nothing is due. The approvers' addresses are filled in until you save. Where the app is not running, a scheduled task can run 'reseller-app digest --send'.</source>
            <translation>Einmal am Tag, über den Postausgang, mit den Auftragsnummern; an einem Tag, an dem nichts fällig ist, wird nichts gesendet. Bis Sie speichern, sind die Adressen der Freigebenden eingetragen. Wo die App nicht läuft, kann eine geplante Aufgabe 'reseller-app digest --send' ausführen.</translation>
        </message>
        <message>
            <source>Recipients' e-&amp;mail addresses:</source>
            <translation>E-&amp;Mail-Adressen der Empfänger:</translation>
        </message>
        <message>
            <source>Send a daily digest o&amp;f what is waiting and overdue</source>
            <translation>Täglich eine Übersicht über Offenes und Überfälliges &amp;senden</translation>
        </message>
        <message>
            <source>name@example.com, other@example.com</source>
            <translation>name@beispiel.de, andere@beispiel.de</translation>
        </message>
    </context>
    <context>
        <name>DistributorPage</name>
        <message>
            <source>&amp;Add another distributor</source>
            <translation>Weiteren Distributor &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add at least one distributor.</source>
            <translation>Fügen Sie mindestens einen Distributor hinzu.</translation>
        </message>
        <message>
            <source>C&amp;ontact person (optional)</source>
            <translation>&amp;Ansprechperson (optional)</translation>
        </message>
        <message>
            <source>Distributors</source>
            <translation>Distributoren</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Geben Sie den Namen des Distributors ein.</translation>
        </message>
        <message>
            <source>Enter the e-mail address for escalations, e.g. compliance@distributor.com.</source>
            <translation>Geben Sie die E-Mail-Adresse für Eskalationen ein, z. B. compliance@distributor.com.</translation>
        </message>
        <message>
            <source>Escalation &amp;e-mail</source>
            <translation>&amp;E-Mail für Eskalationen</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>When an order is too risky to decide alone, you escalate it to your distributor. Add at least one, with the e-mail address for such questions.</source>
            <translation>Wenn ein Auftrag zu riskant ist, um allein zu entscheiden, eskalieren Sie ihn an Ihren Distributor. Fügen Sie mindestens einen hinzu, mit der E-Mail-Adresse für solche Fragen.</translation>
        </message>
        <message>
            <source>“{0}” is not an e-mail address. Enter one like compliance@distributor.com.</source>
            <translation>„{0}“ ist keine E-Mail-Adresse. Geben Sie eine Adresse wie compliance@distributor.com ein.</translation>
        </message>
    </context>
    <context>
        <name>DistributorRow</name>
        <message>
            <source>Contact person (optional)</source>
            <translation>Ansprechperson (optional)</translation>
        </message>
        <message>
            <source>Distributor name</source>
            <translation>Name des Distributors</translation>
        </message>
        <message>
            <source>Distributor {0} contact person</source>
            <translation>Ansprechperson von Distributor {0}</translation>
        </message>
        <message>
            <source>Distributor {0} escalation e-mail</source>
            <translation>E-Mail für Eskalationen von Distributor {0}</translation>
        </message>
        <message>
            <source>Distributor {0} name</source>
            <translation>Name von Distributor {0}</translation>
        </message>
        <message>
            <source>Escalation e-mail</source>
            <translation>E-Mail für Eskalationen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove distributor {0}</source>
            <translation>Distributor {0} entfernen</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Genehmigen</translation>
        </message>
        <message>
            <source>&amp;Distributor:</source>
            <translation>&amp;Distributor:</translation>
        </message>
        <message>
            <source>&amp;No recommendation: we ask you to decide</source>
            <translation>&amp;Keine Empfehlung: Bitte entscheiden Sie</translation>
        </message>
        <message>
            <source>&amp;Other conditions:</source>
            <translation>&amp;Sonstige Auflagen:</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>&amp;Ablehnen</translation>
        </message>
        <message>
            <source>(no customer)</source>
            <translation>(kein Kunde)</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Dateien &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Also in the packet: your company and contact, the criteria pack used, the packet id and the date.</source>
            <translation>Außerdem in den Eskalationsunterlagen: Ihr Unternehmen und Ihre Kontaktdaten, der verwendete Kriterienkatalog, die ID der Unterlagen und das Datum.</translation>
        </message>
        <message>
            <source>Approve &amp;with conditions</source>
            <translation>&amp;Unter Auflagen genehmigen</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>Back to change the packet</source>
            <translation>Zurück, um die Eskalationsunterlagen zu ändern</translation>
        </message>
        <message>
            <source>Build the packet and preview the PDF</source>
            <translation>Eskalationsunterlagen erstellen und PDF-Vorschau anzeigen</translation>
        </message>
        <message>
            <source>Building again makes a new packet; one that was not sent or saved is simply not used.</source>
            <translation>Erneutes Erstellen erzeugt neue Eskalationsunterlagen; Unterlagen, die nicht gesendet oder gespeichert wurden, werden einfach nicht verwendet.</translation>
        </message>
        <message>
            <source>Building the packet…</source>
            <translation>Eskalationsunterlagen werden erstellt…</translation>
        </message>
        <message>
            <source>Checklist answers ({0})</source>
            <translation>Antworten der Checkliste ({0})</translation>
        </message>
        <message>
            <source>Consignee (receives the goods)</source>
            <translation>Warenempfänger (erhält die Ware)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distributor</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endnutzer</translation>
        </message>
        <message>
            <source>Escalate order {0} to the distributor</source>
            <translation>Auftrag {0} an den Distributor eskalieren</translation>
        </message>
        <message>
            <source>Escalate order {0} to your distributor</source>
            <translation>Auftrag {0} an Ihren Distributor eskalieren</translation>
        </message>
        <message>
            <source>For example the signed end-user statement or an excerpt of the contract (20 MB at most together).</source>
            <translation>Zum Beispiel die unterschriebene Endverbleibserklärung oder ein Auszug aus dem Vertrag (zusammen höchstens 20 MB).</translation>
        </message>
        <message>
            <source>From the criteria pack. The distributor sees each one with its description.</source>
            <translation>Aus dem Kriterienkatalog. Der Distributor sieht jede Maßnahme mit ihrer Beschreibung.</translation>
        </message>
        <message>
            <source>Intended use, in the customer's words</source>
            <translation>Verwendungszweck, in den Worten des Kunden</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>No checklist answers yet: the distributor will ask. Answer the checklist first if you can.</source>
            <translation>Noch keine Antworten in der Checkliste: Der Distributor wird nachfragen. Beantworten Sie die Checkliste möglichst vorher.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Sonstige Auflagen</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Sonstige Auflagen, in Ihren eigenen Worten</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Safeguards we propose</source>
            <translation>Vorgeschlagene Schutzmaßnahmen</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this: it is what the distributor reads first.</source>
            <translation>Begründen Sie Ihre Empfehlung in ein, zwei Sätzen: Das liest der Distributor zuerst.</translation>
        </message>
        <message>
            <source>Screening flags ({0})</source>
            <translation>Warnhinweise der Prüfung ({0})</translation>
        </message>
        <message>
            <source>The distributor decides whether this sale goes ahead: approved, approved with conditions, or rejected. The packet gives their compliance person everything they need: a PDF to read, the same content as JSON for their systems, your files, and a manifest with the SHA-256 of every file. Nothing is sent until you press Send after the preview.</source>
            <translation>Der Distributor entscheidet, ob dieser Verkauf stattfindet: genehmigt, unter Auflagen genehmigt oder abgelehnt. Die Eskalationsunterlagen geben der zuständigen Person für Compliance alles, was sie braucht: ein PDF zum Lesen, denselben Inhalt als JSON für ihre Systeme, Ihre Dateien und ein Manifest mit dem SHA-256-Hashwert jeder Datei. Es wird nichts gesendet, bevor Sie nach der Vorschau auf „Senden“ klicken.</translation>
        </message>
        <message>
            <source>The packet was not built: {0}</source>
            <translation>Die Eskalationsunterlagen wurden nicht erstellt: {0}</translation>
        </message>
        <message>
            <source>Tick at least one safeguard or write the conditions you propose.</source>
            <translation>Kreuzen Sie mindestens eine Schutzmaßnahme an oder schreiben Sie die Auflagen auf, die Sie vorschlagen.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>W&amp;hy (required):</source>
            <translation>&amp;Begründung (Pflichtfeld):</translation>
        </message>
        <message>
            <source>We recommend:</source>
            <translation>Wir empfehlen:</translation>
        </message>
        <message>
            <source>What goes in the packet</source>
            <translation>Inhalt der Eskalationsunterlagen</translation>
        </message>
        <message>
            <source>Why we recommend this</source>
            <translation>Begründung der Empfehlung</translation>
        </message>
        <message>
            <source>Why? What did you check, what did the customer say or sign?</source>
            <translation>Warum? Was haben Sie geprüft, was hat der Kunde gesagt oder unterschrieben?</translation>
        </message>
        <message>
            <source>Your recommendation</source>
            <translation>Ihre Empfehlung</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>not sure yet</source>
            <translation>noch nicht sicher</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{0} of {1}, {2}</source>
            <translation>{0} vom {1}, {2}</translation>
        </message>
    </context>
    <context>
        <name>EscalationTab</name>
        <message>
            <source>&amp;Print the packet…</source>
            <translation>Unterlagen &amp;drucken…</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Eine E-Mail-Datei, die Ihr E-Mail-Programm versandbereit öffnet: der Ausweg, wenn der Versand aus dieser App nicht eingerichtet ist oder fehlschlägt.</translation>
        </message>
        <message>
            <source>Ask the distributor to decide: build the escalation packet, check its PDF, and send it.</source>
            <translation>Bitten Sie den Distributor um eine Entscheidung: Erstellen Sie die Eskalationsunterlagen, prüfen Sie das PDF und senden Sie sie.</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Auflagen: {0}</translation>
        </message>
        <message>
            <source>E&amp;scalate to distributor…</source>
            <translation>An den Distributor e&amp;skalieren…</translation>
        </message>
        <message>
            <source>Escalate to the distributor</source>
            <translation>An den Distributor eskalieren</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Eskalation</translation>
        </message>
        <message>
            <source>Escalation state</source>
            <translation>Stand der Eskalation</translation>
        </message>
        <message>
            <source>Escalation to the distributor</source>
            <translation>Eskalation an den Distributor</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Misuse report</source>
            <translation>Missbrauchsmeldung</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Unterlagen</translation>
        </message>
        <message>
            <source>Packet {0}; manifest SHA-256 {1}</source>
            <translation>Unterlagen {0}; SHA-256 des Manifests {1}</translation>
        </message>
        <message>
            <source>Packets of this order</source>
            <translation>Eskalationsunterlagen zu diesem Auftrag</translation>
        </message>
        <message>
            <source>Print the PDF of the selected packet (the latest when none is selected)</source>
            <translation>Das PDF der ausgewählten Unterlagen drucken (die neuesten, wenn keine ausgewählt sind)</translation>
        </message>
        <message>
            <source>Record the distributor's &amp;answer…</source>
            <translation>Antwort des Distributors e&amp;rfassen…</translation>
        </message>
        <message>
            <source>Record the distributor's answer</source>
            <translation>Antwort des Distributors erfassen</translation>
        </message>
        <message>
            <source>Report &amp;misuse…</source>
            <translation>&amp;Missbrauch melden…</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Möglichen Missbrauch melden</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Als .em&amp;l speichern…</translation>
        </message>
        <message>
            <source>Save the selected packet (the latest when none is selected) as an e-mail file</source>
            <translation>Das ausgewählte Paket (das neueste, wenn keines ausgewählt ist) als E-Mail-Datei speichern</translation>
        </message>
        <message>
            <source>Saved e-mail file</source>
            <translation>Gespeicherte E-Mail-Datei</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>{0} gespeichert. Öffnen Sie die Datei in Ihrem E-Mail-Programm und senden Sie sie von dort.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>Das PDF wurde nicht gedruckt: {0}</translation>
        </message>
        <message>
            <source>The distributor answered.</source>
            <translation>Der Distributor hat geantwortet.</translation>
        </message>
        <message>
            <source>The distributor's answer</source>
            <translation>Antwort des Distributors</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and when to contact the customer again.</source>
            <translation>Zu prüfende Auflagen des Distributors und wann der Kunde erneut zu kontaktieren ist.</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>Die E-Mail-Datei wurde nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox.</source>
            <translation>Die Eskalationsunterlagen liegen im Postausgang.</translation>
        </message>
        <message>
            <source>The packet went out: record the distributor's answer when it comes.</source>
            <translation>Die Eskalationsunterlagen sind versandt: Erfassen Sie die Antwort des Distributors, sobald sie eintrifft.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>You may escalate this order if you want the distributor's view.</source>
            <translation>Sie können diesen Auftrag eskalieren, wenn Sie die Einschätzung des Distributors wünschen.</translation>
        </message>
        <message>
            <source>{0} by {1} on {2}, their reference {3}.</source>
            <translation>{0} von {1} am {2}, Referenz des Distributors: {3}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>D&amp;urchsuchen…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Print the summary…</source>
            <translation>Zusammenfassung &amp;drucken…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Speichern unter:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Choose the output file</source>
            <translation>Zieldatei auswählen</translation>
        </message>
        <message>
            <source>Choose where to save the zip file.</source>
            <translation>Wählen Sie aus, wo die ZIP-Datei gespeichert werden soll.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Evidence summary {0} to {1}</source>
            <translation>Zusammenfassung der Nachweise vom {0} bis {1}</translation>
        </message>
        <message>
            <source>Export evidence for audit</source>
            <translation>Nachweise für Audit exportieren</translation>
        </message>
        <message>
            <source>One zip file for a distributor's or vendor's audit: a PDF summary, the adopted policy versions, every screening and decision, the packets sent and the answers, the follow-ups, the sanctions lists imported with the reviews of possible matches, and the check of the audit log, with the SHA-256 of every file.</source>
            <translation>Eine ZIP-Datei für das Audit eines Distributors oder Herstellers: eine Zusammenfassung als PDF, die verabschiedeten Versionen der Richtlinie, jede Prüfung und Entscheidung, die gesendeten Eskalationsunterlagen und die Antworten, die Wiedervorlagen, die importierten Sanktionslisten mit den Bewertungen möglicher Treffer und die Prüfung des Audit-Protokolls, mit dem SHA-256-Hashwert jeder Datei.</translation>
        </message>
        <message>
            <source>Print the PDF summary of the bundle</source>
            <translation>Die PDF-Zusammenfassung des Nachweispakets drucken</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Fortschritt des Exports</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Sanctions list versions: {0}, reviews of possible matches: {1}.</source>
            <translation>Versionen der Sanktionslisten: {0}, Bewertungen möglicher Treffer: {1}.</translation>
        </message>
        <message>
            <source>Save the evidence bundle</source>
            <translation>Nachweise speichern</translation>
        </message>
        <message>
            <source>Saved {0}. Screenings: {1}, decisions: {2}, packets: {3}, answers: {4}. {5} {6}</source>
            <translation>{0} gespeichert. Prüfungen: {1}, Entscheidungen: {2}, Eskalationsunterlagen: {3}, Antworten: {4}. {5} {6}</translation>
        </message>
        <message>
            <source>The audit log check FAILED: {0}</source>
            <translation>Die Prüfung des Audit-Protokolls ist FEHLGESCHLAGEN: {0}</translation>
        </message>
        <message>
            <source>The audit log is intact ({0} events checked).</source>
            <translation>Das Audit-Protokoll ist intakt ({0} Ereignisse geprüft).</translation>
        </message>
        <message>
            <source>The bundle was not written: {0}</source>
            <translation>Die Nachweise wurden nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
        </message>
        <message>
            <source>The summary was not printed: {0}</source>
            <translation>Die Zusammenfassung wurde nicht gedruckt: {0}</translation>
        </message>
        <message>
            <source>The summary was sent to the printer.</source>
            <translation>Die Zusammenfassung wurde an den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>ZIP-Archive (*.zip)</translation>
        </message>
        <message>
            <source>{0} adopted policy versions.</source>
            <translation>{0} verabschiedete Versionen der Richtlinie.</translation>
        </message>
    </context>
    <context>
        <name>ExampleBox</name>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Example: {0}</source>
            <translation>Beispiel: {0}</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Add files</source>
            <translation>Dateien hinzufügen</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>nicht lesbar</translation>
        </message>
    </context>
    <context>
        <name>FindingItem</name>
        <message>
            <source>Confirmed match</source>
            <translation>Bestätigter Treffer</translation>
        </message>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Getroffener Name: {name}; Wert {score}</translation>
        </message>
        <message>
            <source>Possible match</source>
            <translation>Möglicher Treffer</translation>
        </message>
        <message>
            <source>Reviewed: not the same</source>
            <translation>Geprüft: nicht dieselbe</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Warum: {0}</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry}: {listed}</source>
            <translation>{role} {party} ähnelt dem Eintrag {entry} der {source}: {listed}</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <source>&amp;Load demo data (sample customers, products and 30+ orders)</source>
            <translation>&amp;Demodaten laden (Beispielkunden, -produkte und über 30 Aufträge)</translation>
        </message>
        <message>
            <source>Every order you enter or import is screened: the product and what it is for, who buys and uses it, and where it goes. Each warning says why and what to do. Risky orders wait for a decision, and every decision is recorded.</source>
            <translation>Jeder Auftrag, den Sie eingeben oder importieren, wird geprüft: das Produkt und wofür es bestimmt ist, wer es kauft und nutzt und wohin es geht. Jede Warnung sagt, warum sie erscheint und was zu tun ist. Riskante Aufträge warten auf eine Entscheidung, und jede Entscheidung wird dokumentiert.</translation>
        </message>
        <message>
            <source>Handy to look around before you enter your own orders.</source>
            <translation>Praktisch, um sich umzusehen, bevor Sie Ihre eigenen Aufträge eingeben.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>You can change these details later under File &gt; Company profile.</source>
            <translation>Sie können diese Angaben später unter Datei &gt; Unternehmensprofil ändern.</translation>
        </message>
    </context>
    <context>
        <name>FlagItem</name>
        <message>
            <source>Concerns: {0}</source>
            <translation>Betrifft: {0}</translation>
        </message>
        <message>
            <source>What to do: {0}</source>
            <translation>Was zu tun ist: {0}</translation>
        </message>
    </context>
    <context>
        <name>FlaggedPartiesDialog</name>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Kunde oder Auftrag</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Sanctions matches to review</source>
            <translation>Zu prüfende Sanktionstreffer</translation>
        </message>
        <message>
            <source>The customers and the parties of open orders whose latest check found a listed name. Open one to see which list entry it resembles and why.</source>
            <translation>Die Kunden und die Beteiligten offener Aufträge, bei deren letzter Prüfung ein gelisteter Name gefunden wurde. Öffnen Sie einen Eintrag, um zu sehen, welchem Listeneintrag er ähnelt und warum.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>&amp;All open</source>
            <translation>Alle &amp;offenen</translation>
        </message>
        <message>
            <source>&amp;Due now</source>
            <translation>Jetzt &amp;fällig</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>Als erledigt &amp;markieren</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Bemerkung:</translation>
        </message>
        <message>
            <source>&amp;Open order</source>
            <translation>A&amp;uftrag öffnen</translation>
        </message>
        <message>
            <source>Contact the customer</source>
            <translation>Kunden kontaktieren</translation>
        </message>
        <message>
            <source>Distributor's condition</source>
            <translation>Auflage des Distributors</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Erledigt: {0}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Follow-ups summary</source>
            <translation>Übersicht der Wiedervorlagen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Als &amp;erledigt markieren</translation>
        </message>
        <message>
            <source>Mark the selected follow-up done</source>
            <translation>Ausgewählte Wiedervorlage als erledigt markieren</translation>
        </message>
        <message>
            <source>No follow-ups for this order yet. The distributor's conditions and contact dates appear here once their answer is recorded.</source>
            <translation>Zu diesem Auftrag gibt es noch keine Wiedervorlagen. Die Auflagen des Distributors und die Kontakttermine erscheinen hier, sobald seine Antwort erfasst ist.</translation>
        </message>
        <message>
            <source>No open follow-ups.</source>
            <translation>Keine offenen Wiedervorlagen.</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>&amp;Bemerkung:</translation>
        </message>
        <message>
            <source>Note on what was done</source>
            <translation>Bemerkung dazu, was getan wurde</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Nichts ist fällig.</translation>
        </message>
        <message>
            <source>One page from the criteria pack for the customer: how to use the products responsibly and whom to tell about misuse.</source>
            <translation>Eine Seite aus dem Kriterienkatalog für den Kunden: wie die Produkte verantwortungsvoll genutzt werden und wem Missbrauch zu melden ist.</translation>
        </message>
        <message>
            <source>Open the order of the selected follow-up</source>
            <translation>Auftrag der ausgewählten Wiedervorlage öffnen</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Print the guidan&amp;ce…</source>
            <translation>&amp;Hinweise drucken…</translation>
        </message>
        <message>
            <source>Print the responsible-use guidance for the customer</source>
            <translation>Die Hinweise zur verantwortungsvollen Nutzung für den Kunden drucken</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>&amp;PDF mit Hinweisen zur verantwortungsvollen Nutzung…</translation>
        </message>
        <message>
            <source>Responsible-use guidance</source>
            <translation>Hinweise zur verantwortungsvollen Nutzung</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance for the customer as a PDF</source>
            <translation>Hinweise zur verantwortungsvollen Nutzung für den Kunden als PDF speichern</translation>
        </message>
        <message>
            <source>Saved {0}. Give it to the customer with the delivery or at the next contact.</source>
            <translation>{0} gespeichert. Geben Sie es dem Kunden mit der Lieferung oder beim nächsten Kontakt.</translation>
        </message>
        <message>
            <source>Select the follow-up in the list first.</source>
            <translation>Wählen Sie zuerst die Wiedervorlage in der Liste aus.</translation>
        </message>
        <message>
            <source>Sent to the printer. Give it to the customer with the delivery or at the next contact.</source>
            <translation>An den Drucker gesendet. Geben Sie sie dem Kunden mit der Lieferung oder beim nächsten Kontakt.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and contact with the customers of approved high-risk orders over time (BSR 2022 §6.4).</source>
            <translation>Zu prüfende Auflagen des Distributors und der Kontakt zu Kunden genehmigter Aufträge mit hohem Risiko über längere Zeit (BSR 2022 §6.4).</translation>
        </message>
        <message>
            <source>The guidance was not printed: {0}</source>
            <translation>Die Hinweise wurden nicht gedruckt: {0}</translation>
        </message>
        <message>
            <source>The guidance was not saved: {0}</source>
            <translation>Die Hinweise wurden nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>What was done (optional)</source>
            <translation>Was getan wurde (optional)</translation>
        </message>
        <message>
            <source>{0} (overdue, {1} d)</source>
            <translation>{0} (überfällig, {1} Tg.)</translation>
        </message>
        <message>
            <source>{0} open, {1} overdue.</source>
            <translation>{0} offen, {1} überfällig.</translation>
        </message>
        <message>
            <source>{0} to do, {1} overdue.</source>
            <translation>{0} zu erledigen, {1} überfällig.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceSaver</name>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>{0} kann nicht geschrieben werden: {1}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance</source>
            <translation>Hinweise zur verantwortungsvollen Nutzung speichern</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Based on: {0}</source>
            <translation>Grundlage: {0}</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Hilfetext</translation>
        </message>
        <message>
            <source>Help — Channel Diligence</source>
            <translation>Hilfe — Channel Diligence</translation>
        </message>
        <message>
            <source>Help: {0}</source>
            <translation>Hilfe: {0}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Genehmigt von</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Kriterienkatalog</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Details of the selected entry</source>
            <translation>Details des ausgewählten Eintrags</translation>
        </message>
        <message>
            <source>Everything that happened to this order, newest first. The history is part of the audit log and cannot be edited.</source>
            <translation>Alles, was mit diesem Auftrag geschehen ist, das Neueste zuerst. Der Verlauf ist Teil des Audit-Protokolls und kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Fehlende Angaben</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemerkungen</translation>
        </message>
        <message>
            <source>Order history</source>
            <translation>Verlauf des Auftrags</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Sonstige Auflagen</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Risk before</source>
            <translation>Risiko vorher</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Schutzmaßnahmen</translation>
        </message>
        <message>
            <source>Select an entry to see what was recorded.</source>
            <translation>Wählen Sie einen Eintrag aus, um zu sehen, was erfasst wurde.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Warnings added</source>
            <translation>Neue Warnungen</translation>
        </message>
        <message>
            <source>Warnings removed</source>
            <translation>Entfallene Warnungen</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>D&amp;urchsuchen…</translation>
        </message>
        <message>
            <source>&amp;Date order:</source>
            <translation>&amp;Datumsreihenfolge:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>Wei&amp;ter &gt;</translation>
        </message>
        <message>
            <source>&amp;Sales model of these orders:</source>
            <translation>&amp;Vertriebsmodell dieser Aufträge:</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(nicht in der Datei)</translation>
        </message>
        <message>
            <source>1 order imported and screened.</source>
            <translation>1 Auftrag importiert und geprüft.</translation>
        </message>
        <message>
            <source>1 row could not be imported (listed below).</source>
            <translation>1 Zeile konnte nicht importiert werden (siehe unten).</translation>
        </message>
        <message>
            <source>1 row was already imported.</source>
            <translation>1 Zeile war bereits importiert.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>As the company usually sells: {0}</source>
            <translation>Wie das Unternehmen üblicherweise verkauft: {0}</translation>
        </message>
        <message>
            <source>As the file's dates show</source>
            <translation>Wie die Daten der Datei es zeigen</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>CSV-Datei auswählen</translation>
        </message>
        <message>
            <source>Choose a CSV file first.</source>
            <translation>Wählen Sie zuerst eine CSV-Datei aus.</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>CSV-Datei auswählen</translation>
        </message>
        <message>
            <source>Choose the column for “{0}”: it is needed.</source>
            <translation>Wählen Sie die Spalte für „{0}“: Sie wird benötigt.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Correct these rows in the file and import it again. Orders that were imported already are recognised by their reference and not imported twice.</source>
            <translation>Korrigieren Sie diese Zeilen in der Datei und importieren Sie die Datei erneut. Bereits importierte Aufträge werden an ihrer Referenz erkannt und nicht doppelt importiert.</translation>
        </message>
        <message>
            <source>Customer &amp;type where the file gives none:</source>
            <translation>Kunden&amp;typ, wo die Datei keinen angibt:</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Datumsreihenfolge</translation>
        </message>
        <message>
            <source>Day first (11/02/2026 is 11 February)</source>
            <translation>Tag zuerst (11/02/2026 ist der 11. Februar)</translation>
        </message>
        <message>
            <source>Default customer type</source>
            <translation>Standard-Kundentyp</translation>
        </message>
        <message>
            <source>For a shop's export, which has no customer type: for instance “Individual” for a shop that sells to consumers. Customers in your catalog keep their own type.</source>
            <translation>Für den Export eines Shops, der keinen Kundentyp enthält: zum Beispiel „Privatperson“ für einen Shop, der an Verbraucher verkauft. Kunden aus Ihrem Katalog behalten ihren eigenen Typ.</translation>
        </message>
        <message>
            <source>For each piece of order information, choose the column of your file that holds it. The app remembers your choice for next time.</source>
            <translation>Wählen Sie für jede Angabe zum Auftrag die Spalte Ihrer Datei, die sie enthält. Die App merkt sich Ihre Auswahl für das nächste Mal.</translation>
        </message>
        <message>
            <source>How the orders were sold where a row of the file does not say. A webshop's orders are self-service: the criteria pack puts them on hold at a lower risk, for a salesperson to talk to the customer first. A row that gives its sales model keeps it.</source>
            <translation>Wie die Aufträge verkauft wurden, wo eine Zeile der Datei es nicht angibt. Aufträge aus einem Webshop sind Self-Service: Der Kriterienkatalog hält sie schon bei geringerem Risiko an, damit zuerst ein Verkäufer mit dem Kunden spricht. Eine Zeile, die ihr Vertriebsmodell angibt, behält es.</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import abgebrochen</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Import orders from CSV</source>
            <translation>Aufträge aus CSV importieren</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <source>Importing and screening…</source>
            <translation>Import und Prüfung laufen…</translation>
        </message>
        <message>
            <source>Match at least one column.</source>
            <translation>Ordnen Sie mindestens eine Spalte zu.</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Spalten zuordnen</translation>
        </message>
        <message>
            <source>Month first (02/11/2026 is 11 February)</source>
            <translation>Monat zuerst (02/11/2026 ist der 11. Februar)</translation>
        </message>
        <message>
            <source>No order was imported: none of the rows could be used.</source>
            <translation>Es wurde kein Auftrag importiert: Keine der Zeilen war verwendbar.</translation>
        </message>
        <message>
            <source>Not given (the screening asks)</source>
            <translation>Nicht angegeben (die Prüfung fragt danach)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>Nothing new to import</source>
            <translation>Nichts Neues zu importieren</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nichts zu importieren</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <source>Nothing was imported: a file is imported completely or not at all. You can import it again at any time.</source>
            <translation>Es wurde nichts importiert: Eine Datei wird vollständig oder gar nicht importiert. Sie können sie jederzeit erneut importieren.</translation>
        </message>
        <message>
            <source>One row per order line, with a header row. Rows with the same order reference make one order. Every imported order is screened, and risky ones are put on hold as if you had typed them in.</source>
            <translation>Eine Zeile pro Auftragsposition, mit einer Kopfzeile. Zeilen mit derselben Auftragsreferenz ergeben einen Auftrag. Jeder importierte Auftrag wird geprüft, und riskante Aufträge werden angehalten, als hätten Sie sie eingetippt.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Recognised as an order export from {0}: its columns are matched below. Check them before importing.</source>
            <translation>Als Auftragsexport aus {0} erkannt: Seine Spalten sind unten zugeordnet. Prüfen Sie sie vor dem Import.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Rows that were not imported</source>
            <translation>Nicht importierte Zeilen</translation>
        </message>
        <message>
            <source>Rows that were not imported:</source>
            <translation>Nicht importierte Zeilen:</translation>
        </message>
        <message>
            <source>Sales model of these orders</source>
            <translation>Vertriebsmodell dieser Aufträge</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>The dates in this file can be read two ways: {0} is day first or month first, and no date in the file tells which. Choose the date order, then import again.</source>
            <translation>Die Daten in dieser Datei lassen sich auf zwei Arten lesen: {0} kann Tag zuerst oder Monat zuerst sein, und kein Datum der Datei entscheidet es. Wählen Sie die Datumsreihenfolge und importieren Sie erneut.</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}</source>
            <translation>Die Datei kann nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <source>The file holds no order rows, only its header (or empty lines), so nothing was imported. Check that you chose the right file, or export the orders again.</source>
            <translation>Die Datei enthält keine Auftragszeilen, nur die Kopfzeile (oder leere Zeilen), daher wurde nichts importiert. Prüfen Sie, ob Sie die richtige Datei gewählt haben, oder exportieren Sie die Aufträge erneut.</translation>
        </message>
        <message>
            <source>The file is empty or has no header row.</source>
            <translation>Die Datei ist leer oder hat keine Kopfzeile.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>Unter diesem Pfad gibt es keine Datei.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>You can cancel at any time.</source>
            <translation>Sie können jederzeit abbrechen.</translation>
        </message>
        <message>
            <source>{0} (required)</source>
            <translation>{0} (Pflichtfeld)</translation>
        </message>
        <message>
            <source>{0} of {1} rows</source>
            <translation>{0} von {1} Zeilen</translation>
        </message>
        <message>
            <source>{0} on hold and {1} blocked: they wait for a decision in the orders list.</source>
            <translation>{0} angehalten und {1} gesperrt: Sie warten in der Auftragsliste auf eine Entscheidung.</translation>
        </message>
        <message>
            <source>{0} orders imported and screened.</source>
            <translation>{0} Aufträge importiert und geprüft.</translation>
        </message>
        <message>
            <source>{0} rows</source>
            <translation>{0} Zeilen</translation>
        </message>
        <message>
            <source>{0} rows could not be imported (listed below).</source>
            <translation>{0} Zeilen konnten nicht importiert werden (siehe unten).</translation>
        </message>
        <message>
            <source>{0} rows were already imported.</source>
            <translation>{0} Zeilen waren bereits importiert.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Something unexpected went wrong ({0}). Nothing was saved by the step that failed; please try again, and tell your IT contact if it happens again.</source>
            <translation>Etwas Unerwartetes ist schiefgelaufen ({0}). Der fehlgeschlagene Schritt hat nichts gespeichert. Bitte versuchen Sie es erneut und informieren Sie Ihre IT-Ansprechperson, wenn es wieder passiert.</translation>
        </message>
    </context>
    <context>
        <name>KeyUnlockDialog</name>
        <message>
            <source>&amp;Open and sign</source>
            <translation>Ö&amp;ffnen und signieren</translation>
        </message>
        <message>
            <source>It is asked once until the app closes. Cancel builds nothing: nothing is made unsigned for want of the passphrase.</source>
            <translation>Sie wird einmal abgefragt, bis die App geschlossen wird. Abbrechen erstellt nichts: Nichts wird mangels Passphrase unsigniert erstellt.</translation>
        </message>
        <message>
            <source>Open the signing key</source>
            <translation>Signaturschlüssel öffnen</translation>
        </message>
        <message>
            <source>Pass&amp;phrase of {0}:</source>
            <translation>&amp;Passphrase von {0}:</translation>
        </message>
        <message>
            <source>Passphrase of {0}</source>
            <translation>Passphrase von {0}</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Geben Sie die Passphrase ein.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>A decision cleared the order with conditions.</source>
            <translation>Der Auftrag wurde durch eine Entscheidung unter Auflagen freigegeben.</translation>
        </message>
        <message>
            <source>A decision cleared the order.</source>
            <translation>Der Auftrag wurde durch eine Entscheidung freigegeben.</translation>
        </message>
        <message>
            <source>A party of the order is on a sanctions list (a confirmed match). The order can only be declined.</source>
            <translation>Eine Partei des Auftrags steht auf einer Sanktionsliste (bestätigter Treffer). Der Auftrag kann nur abgelehnt werden.</translation>
        </message>
        <message>
            <source>A value the criteria pack does not know</source>
            <translation>Ein Wert, den der Kriterienkatalog nicht kennt</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Consignee</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Customer / end user</source>
            <translation>Kunde / Endnutzer</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Name des Kunden</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>Destination country: elevated risk</source>
            <translation>Bestimmungsland: erhöhtes Risiko</translation>
        </message>
        <message>
            <source>Destination country: high risk</source>
            <translation>Bestimmungsland: hohes Risiko</translation>
        </message>
        <message>
            <source>Destination country: prohibited</source>
            <translation>Bestimmungsland: verboten</translation>
        </message>
        <message>
            <source>EU financial sanctions</source>
            <translation>EU-Finanzsanktionen</translation>
        </message>
        <message>
            <source>Elevated</source>
            <translation>Erhöht</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endnutzer</translation>
        </message>
        <message>
            <source>Escalate to distributor</source>
            <translation>An den Distributor eskalieren</translation>
        </message>
        <message>
            <source>Escalated to distributor</source>
            <translation>An den Distributor eskaliert</translation>
        </message>
        <message>
            <source>Function of the government body</source>
            <translation>Aufgabe der staatlichen Stelle</translation>
        </message>
        <message>
            <source>Geography</source>
            <translation>Geografie</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Verwendungszweck</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Fehlende Angaben</translation>
        </message>
        <message>
            <source>Missing: {0}</source>
            <translation>Fehlt: {0}</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Not held: the order may go ahead. Any warnings below are worth a look; recording a decision is optional.</source>
            <translation>Nicht angehalten: Der Auftrag darf ausgeführt werden. Eventuelle Warnungen unten sind einen Blick wert; eine Entscheidung zu dokumentieren ist freiwillig.</translation>
        </message>
        <message>
            <source>Not sure yet</source>
            <translation>Noch nicht sicher</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>OFAC SDN</source>
            <translation>OFAC SDN</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Proceed</source>
            <translation>Fortfahren</translation>
        </message>
        <message>
            <source>Proceed with conditions</source>
            <translation>Mit Auflagen fortfahren</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Fortgesetzt</translation>
        </message>
        <message>
            <source>Proceeding with conditions</source>
            <translation>Mit Auflagen fortgesetzt</translation>
        </message>
        <message>
            <source>Product and use case</source>
            <translation>Produkt und Anwendungsfall</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Produktkategorie</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>Prohibited</source>
            <translation>Verboten</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Vertriebsmodell</translation>
        </message>
        <message>
            <source>Sales-assisted (we talk to the customer)</source>
            <translation>Über den Vertrieb (wir sprechen mit dem Kunden)</translation>
        </message>
        <message>
            <source>Sanctions list, confirmed match: {0} entry {1}</source>
            <translation>Sanktionsliste, bestätigter Treffer: {0}-Eintrag {1}</translation>
        </message>
        <message>
            <source>Sanctions list, possible match: {0} entry {1}</source>
            <translation>Sanktionsliste, möglicher Treffer: {0}-Eintrag {1}</translation>
        </message>
        <message>
            <source>Self-service (web shop, no conversation)</source>
            <translation>Self-Service (Webshop, kein Gespräch)</translation>
        </message>
        <message>
            <source>The order asks for a prohibited use. It cannot be approved.</source>
            <translation>Der Auftrag betrifft eine verbotene Verwendung. Er kann nicht genehmigt werden.</translation>
        </message>
        <message>
            <source>The order waits for a decision before it may ship.</source>
            <translation>Der Auftrag wartet auf eine Entscheidung, bevor er geliefert werden darf.</translation>
        </message>
        <message>
            <source>The order waits for the distributor's answer.</source>
            <translation>Der Auftrag wartet auf die Antwort des Distributors.</translation>
        </message>
        <message>
            <source>The order was declined.</source>
            <translation>Der Auftrag wurde abgelehnt.</translation>
        </message>
        <message>
            <source>Type of customer or end user</source>
            <translation>Art des Kunden oder Endnutzers</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Sanktionsliste des Vereinigten Königreichs</translation>
        </message>
        <message>
            <source>UN Security Council</source>
            <translation>UN-Sicherheitsrat</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Anwendungsfall</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>{0} (negated)</source>
            <translation>{0} (verneint)</translation>
        </message>
        <message>
            <source>{0} (not recognised)</source>
            <translation>{0} (nicht erkannt)</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>(free line)</source>
            <translation>(ohne Katalogeintrag)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Kategorie wählen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Gesamtpreis</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnummer</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Without a category the screening counts this line as missing information.</source>
            <translation>Ohne Kategorie wertet die Prüfung diese Position als fehlende Angabe.</translation>
        </message>
    </context>
    <context>
        <name>ListsSettingsBox</name>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Reset to the offi&amp;cial addresses</source>
            <translation>Auf die &amp;offiziellen Adressen zurücksetzen</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Sanktionslisten</translation>
        </message>
        <message>
            <source>Update lists fetches each list from these addresses, the publishers' own. The EU's address carries the public key (token) of the EU's Financial Sanctions Files page; if the EU changes it, copy the link of the XML file (version 1.1) from that page and paste it here.</source>
            <translation>„Listen aktualisieren“ lädt jede Liste von diesen Adressen, denen der Herausgeber selbst. Die Adresse der EU enthält den öffentlichen Schlüssel (Token) der EU-Seite Financial Sanctions Files; ändert die EU ihn, kopieren Sie dort den Link der XML-Datei (Version 1.1) und fügen Sie ihn hier ein.</translation>
        </message>
        <message>
            <source>Warn when a list is &amp;older than:</source>
            <translation>Warnen, wenn eine Liste älter ist &amp;als:</translation>
        </message>
        <message>
            <source>{0}, {1}:</source>
            <translation>{0}, {1}:</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
    </context>
    <context>
        <name>ListsWindow</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;Import list file…</source>
            <translation>Listendatei &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Update lists</source>
            <translation>Listen &amp;aktualisieren</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the list being imported was stored. The lists already imported stay in use.</source>
            <translation>Abgebrochen: Von der Liste, die gerade importiert wurde, ist nichts gespeichert. Die bereits importierten Listen bleiben in Gebrauch.</translation>
        </message>
        <message>
            <source>Choose a sanctions list file</source>
            <translation>Sanktionslisten-Datei auswählen</translation>
        </message>
        <message>
            <source>Connecting to the publishers…</source>
            <translation>Verbindung zu den Herausgebern der Listen…</translation>
        </message>
        <message>
            <source>Customers, end users and consignees are checked against the newest version of each list (in bold). Every import is kept as a version: earlier checks name the version they used.</source>
            <translation>Kunden, Endnutzer und Empfänger werden gegen die neueste Version jeder Liste (fett) geprüft. Jeder Import bleibt als Version erhalten: Frühere Prüfungen nennen die Version, die sie verwendet haben.</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>{0} wird heruntergeladen…</translation>
        </message>
        <message>
            <source>Fetch each list from its publisher's address and import it (needs the internet)</source>
            <translation>Lädt jede Liste von der Adresse ihres Herausgebers und importiert sie (braucht Internet)</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <source>Imported versions</source>
            <translation>Importierte Versionen</translation>
        </message>
        <message>
            <source>Imported {0}, published {1}: {2} entries, {3} names.</source>
            <translation>{0} importiert, veröffentlicht {1}: {2} Einträge, {3} Namen.</translation>
        </message>
        <message>
            <source>Importing and updating lists needs the role {0}; {1} has the role {2}. You can look at the versions; an {0} imports them.</source>
            <translation>Listen importieren und aktualisieren erfordert die Rolle {0}; {1} hat die Rolle {2}. Sie können die Versionen ansehen; importiert werden sie von jemandem mit der Rolle {0}.</translation>
        </message>
        <message>
            <source>Left out: {0} entries without a name, {1} empty names.</source>
            <translation>Ausgelassen: {0} Einträge ohne Namen, {1} leere Namen.</translation>
        </message>
        <message>
            <source>No list was updated.</source>
            <translation>Keine Liste wurde aktualisiert.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the files you downloaded from the publishers, or let Update lists fetch them.</source>
            <translation>Noch keine Sanktionsliste importiert: Importieren Sie die Dateien, die Sie bei den Herausgebern heruntergeladen haben, oder lassen Sie „Listen aktualisieren“ sie laden.</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>Nichts wurde importiert: {0}</translation>
        </message>
        <message>
            <source>OFAC SDN (sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it), the UN consolidated list (XML), the EU financial sanctions list (XML 1.1) or the UK sanctions list (CSV)</source>
            <translation>OFAC SDN (sdn.csv, mit alt.csv, add.csv und sdn_comments.csv daneben), die konsolidierte UN-Liste (XML), die EU-Finanzsanktionsliste (XML 1.1) oder die britische Sanktionsliste (CSV)</translation>
        </message>
        <message>
            <source>Reading and storing {0}…</source>
            <translation>{0} wird gelesen und gespeichert…</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>{0} wird gelesen…</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Sanktionslisten</translation>
        </message>
        <message>
            <source>Sanctions lists (*.csv *.xml);;All files (*)</source>
            <translation>Sanktionslisten (*.csv *.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Update lists fetches the official files from the publishers' addresses (Settings, Sanctions lists). Without the internet the lists already imported stay in use.</source>
            <translation>„Listen aktualisieren“ lädt die offiziellen Dateien von den Adressen der Herausgeber (Einstellungen, Sanktionslisten). Ohne Internet bleiben die bereits importierten Listen in Gebrauch.</translation>
        </message>
        <message>
            <source>You are working as {0}: you can import and update the lists.</source>
            <translation>Sie arbeiten als {0}: Sie können die Listen importieren und aktualisieren.</translation>
        </message>
        <message>
            <source>date not stated in the file</source>
            <translation>Datum nicht in der Datei angegeben</translation>
        </message>
        <message>
            <source>{0} was imported already on {1}, as version {2} of {3}: nothing changed.</source>
            <translation>{0} wurde bereits am {1} als Version {2} von {3} importiert: Nichts hat sich geändert.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About Channel Diligence</source>
            <translation>Ü&amp;ber Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Kunden</translation>
        </message>
        <message>
            <source>&amp;Data sources and licences…</source>
            <translation>&amp;Datenquellen und Lizenzen…</translation>
        </message>
        <message>
            <source>&amp;Distributor desk…</source>
            <translation>&amp;Distributor-Arbeitsplatz…</translation>
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation>&amp;Eskalation</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Find orders</source>
            <translation>Aufträge &amp;suchen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Hilfe zu dieser Seite</translation>
        </message>
        <message>
            <source>&amp;Import distributor's decision file…</source>
            <translation>Entscheidungsdatei des Distributors &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Import orders from CSV…</source>
            <translation>Aufträge aus CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Neuer Auftrag</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Aufträge</translation>
        </message>
        <message>
            <source>&amp;Policy</source>
            <translation>&amp;Richtlinie</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>&amp;Produkte</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ak&amp;tualisieren</translation>
        </message>
        <message>
            <source>&amp;Report misuse…</source>
            <translation>&amp;Missbrauch melden…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Verify audit log…</source>
            <translation>Audit-Protokoll &amp;prüfen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Waiting for your approval…</source>
            <translation>&amp;Wartet auf Ihre Freigabe…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Human rights due diligence of sales for small IT resellers: every order is screened for the risk that what you sell is misused against people, every warning says why and what to do, and every decision is recorded.&lt;/p&gt;&lt;p&gt;The screening follows the end-use risk framework of the BSR brief &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) and the UN Guiding Principles on Business and Human Rights. It supports your judgement; it is not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. See Help &amp;gt; Data sources and licences for the data and libraries used.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Menschenrechtliche Sorgfaltspflicht beim Verkauf für kleine IT-Reseller: Jeder Auftrag wird auf das Risiko geprüft, dass das, was Sie verkaufen, gegen Menschen missbraucht wird, jede Warnung sagt, warum sie erscheint und was zu tun ist, und jede Entscheidung wird dokumentiert.&lt;/p&gt;&lt;p&gt;Die Prüfung folgt dem Rahmen für Endverwendungsrisiken aus dem BSR-Papier &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) und den UN-Leitprinzipien für Wirtschaft und Menschenrechte. Sie unterstützt Ihr Urteil; sie ist keine Rechtsberatung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0. Die verwendeten Daten und Bibliotheken finden Sie unter Hilfe &amp;gt; Datenquellen und Lizenzen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Country data:&lt;/b&gt; {0}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Länderdaten:&lt;/b&gt; {0}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (Bitstream Vera Fonts licence); DejaVu changes are in the public domain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Schriften:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (Lizenz der Bitstream Vera Fonts); die Änderungen von DejaVu sind gemeinfrei.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Channel Diligence</source>
            <translation>Über Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Compan&amp;y profile…</source>
            <translation>&amp;Unternehmensprofil…</translation>
        </message>
        <message>
            <source>Company profile saved.</source>
            <translation>Unternehmensprofil gespeichert.</translation>
        </message>
        <message>
            <source>Criteria pack: {0} {1}</source>
            <translation>Kriterienkatalog: {0} {1}</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Due &amp;diligence report…</source>
            <translation>S&amp;orgfaltsbericht…</translation>
        </message>
        <message>
            <source>Every order with its screening</source>
            <translation>Alle Aufträge mit ihrer Prüfung</translation>
        </message>
        <message>
            <source>Export &amp;evidence for audit…</source>
            <translation>&amp;Nachweise für Audit exportieren…</translation>
        </message>
        <message>
            <source>Follo&amp;w-ups</source>
            <translation>&amp;Wiedervorlagen</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Follow-ups ({0})</source>
            <translation>Wiedervorlagen ({0})</translation>
        </message>
        <message>
            <source>Human rights &amp;policy…</source>
            <translation>&amp;Menschenrechtsrichtlinie…</translation>
        </message>
        <message>
            <source>Human rights policy (Policy menu)</source>
            <translation>Menschenrechtsrichtlinie (Menü „Richtlinie“)</translation>
        </message>
        <message>
            <source>Import criteria &amp;pack…</source>
            <translation>&amp;Kriterienkatalog importieren…</translation>
        </message>
        <message>
            <source>Messages to the distributor</source>
            <translation>Nachrichten an den Distributor</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>No criteria pack loaded</source>
            <translation>Kein Kriterienkatalog geladen</translation>
        </message>
        <message>
            <source>O&amp;utbox</source>
            <translation>P&amp;ostausgang</translation>
        </message>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Übersicht</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Postausgang</translation>
        </message>
        <message>
            <source>Outbox: {0}</source>
            <translation>Postausgang: {0}</translation>
        </message>
        <message>
            <source>Outbox: {0}.</source>
            <translation>Postausgang: {0}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>&amp;Personen…</translation>
        </message>
        <message>
            <source>Policy: {0}</source>
            <translation>Richtlinie: {0}</translation>
        </message>
        <message>
            <source>Prin&amp;t the policy…</source>
            <translation>Richtlinie &amp;drucken…</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>&amp;PDF mit Hinweisen zur verantwortungsvollen Nutzung…</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>San&amp;ctions lists…</source>
            <translation>Sanktions&amp;listen…</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} gespeichert.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>The World Bank, Worldwide Governance Indicators (CC BY 4.0); no endorsement implied.</source>
            <translation>Weltbank, Worldwide Governance Indicators (CC BY 4.0); dies bedeutet keine Billigung durch die Weltbank.</translation>
        </message>
        <message>
            <source>The criteria pack was kept but is not in use: the pack in use is unchanged.</source>
            <translation>Der Kriterienkatalog wurde gespeichert, wird aber nicht verwendet: Der verwendete Katalog bleibt unverändert.</translation>
        </message>
        <message>
            <source>The new criteria pack is in use. Earlier screenings keep the pack they used.</source>
            <translation>Der neue Kriterienkatalog wird verwendet. Frühere Prüfungen behalten den Katalog, mit dem sie gemacht wurden.</translation>
        </message>
        <message>
            <source>There is no policy to print yet: write it with the policy wizard.</source>
            <translation>Es gibt noch keine Richtlinie zum Drucken: Schreiben Sie sie mit dem Richtlinien-Assistenten.</translation>
        </message>
        <message>
            <source>What needs your attention today</source>
            <translation>Was heute Ihre Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>What to check after a sale</source>
            <translation>Was nach einem Verkauf zu prüfen ist</translation>
        </message>
        <message>
            <source>Your catalog and its categories</source>
            <translation>Ihr Produktkatalog und seine Kategorien</translation>
        </message>
        <message>
            <source>Your customers and end users</source>
            <translation>Ihre Kunden und Endnutzer</translation>
        </message>
        <message>
            <source>not sent: the mail server needs the password.</source>
            <translation>nicht gesendet: Der Mailserver braucht das Passwort.</translation>
        </message>
        <message>
            <source>{0} failed (see the Outbox)</source>
            <translation>{0} fehlgeschlagen (siehe Postausgang)</translation>
        </message>
        <message>
            <source>{0} follow-ups are due</source>
            <translation>{0} Wiedervorlagen sind fällig</translation>
        </message>
        <message>
            <source>{0} sent</source>
            <translation>{0} gesendet</translation>
        </message>
        <message>
            <source>{0} waiting to be tried again</source>
            <translation>{0} warten auf einen neuen Versuch</translation>
        </message>
    </context>
    <context>
        <name>MisuseDialog</name>
        <message>
            <source>&amp;What was seen:</source>
            <translation>&amp;Was beobachtet wurde:</translation>
        </message>
        <message>
            <source>A &amp;customer</source>
            <translation>Einen &amp;Kunden</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Dateien &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Fügen Sie zuerst im Unternehmensprofil einen Distributor mit einer E-Mail-Adresse für Eskalationen hinzu.</translation>
        </message>
        <message>
            <source>An &amp;order</source>
            <translation>Einen &amp;Auftrag</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Meldung erstellen und PDF-Vorschau anzeigen</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Meldung wird erstellt…</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Kunden auswählen…</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>Wählen Sie den Kunden aus.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Beschreiben Sie in wenigen Sätzen, was Sie gesehen haben.</translation>
        </message>
        <message>
            <source>Evi&amp;dence:</source>
            <translation>&amp;Nachweise:</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Dateien als Nachweis</translation>
        </message>
        <message>
            <source>It is about:</source>
            <translation>Es geht um:</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Auftragsreferenz</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Möglichen Missbrauch melden</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>&amp;Senden an:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>Die Meldung wurde nicht erstellt: {0}</translation>
        </message>
        <message>
            <source>There is no order {0}: type its reference, or choose the customer instead.</source>
            <translation>Es gibt keinen Auftrag {0}: Geben Sie seine Referenz ein oder wählen Sie stattdessen den Kunden aus.</translation>
        </message>
        <message>
            <source>This report is shared with the distributor to solve a problem together, not to blame anyone: not the customer, not your staff. Say plainly what you saw and when; add photos, e-mails or documents if you have them.</source>
            <translation>Diese Meldung geht an den Distributor, um ein Problem gemeinsam zu lösen, nicht um jemandem die Schuld zu geben: weder dem Kunden noch Ihren Beschäftigten. Schreiben Sie einfach, was Sie wann gesehen haben; fügen Sie Fotos, E-Mails oder Dokumente hinzu, wenn Sie welche haben.</translation>
        </message>
        <message>
            <source>Type the order reference, or choose the customer instead.</source>
            <translation>Geben Sie die Auftragsreferenz ein oder wählen Sie stattdessen den Kunden aus.</translation>
        </message>
        <message>
            <source>Wh&amp;en:</source>
            <translation>&amp;Zeitpunkt:</translation>
        </message>
        <message>
            <source>What did you see or hear, and where? For example: the cameras we delivered for traffic monitoring are pointed at the entrance of a union office.</source>
            <translation>Was haben Sie gesehen oder gehört, und wo? Zum Beispiel: Die Kameras, die wir zur Verkehrsüberwachung geliefert haben, sind auf den Eingang eines Gewerkschaftsbüros gerichtet.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent.</source>
            <translation>Sie sehen die Meldung als PDF, bevor etwas gesendet wird.</translation>
        </message>
        <message>
            <source>the order reference, e.g. SO-1042</source>
            <translation>die Auftragsreferenz, z. B. SO-1042</translation>
        </message>
        <message>
            <source>{role} {party} is on the {list} (entry {entry}: {listed}; matched name {name}, score {score}). The order is blocked and will be declined.</source>
            <translation>{role} {party} steht auf der {list} (Eintrag {entry}: {listed}; getroffener Name {name}, Wert {score}). Der Auftrag ist gesperrt und wird abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>NumberDelegate</name>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
    </context>
    <context>
        <name>OAuthSignInBox</name>
        <message>
            <source>&amp;Back to the password</source>
            <translation>&amp;Zurück zum Passwort</translation>
        </message>
        <message>
            <source>Client i&amp;d:</source>
            <translation>&amp;Client-ID:</translation>
        </message>
        <message>
            <source>E-mail is sent with the password.</source>
            <translation>E-Mails werden mit dem Passwort gesendet.</translation>
        </message>
        <message>
            <source>E-mail is sent with the {0} sign-in of {1}.</source>
            <translation>E-Mails werden mit der {0}-Anmeldung von {1} gesendet.</translation>
        </message>
        <message>
            <source>Enter the user name (the address you sign in with) above first.</source>
            <translation>Geben Sie zuerst oben den Benutzernamen ein (die Adresse, mit der Sie sich anmelden).</translation>
        </message>
        <message>
            <source>Microsoft 365, Outlook.com, Gmail and Google Workspace accounts can send with a sign-in in the browser instead of a password (Microsoft is switching SMTP passwords off). The sign-in is kept in your system's password store.</source>
            <translation>Konten bei Microsoft 365, Outlook.com, Gmail und Google Workspace können statt mit einem Passwort mit einer Anmeldung im Browser senden (Microsoft schaltet SMTP-Passwörter ab). Die Anmeldung wird im Passwortspeicher des Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>Not signed in: {0}</source>
            <translation>Nicht angemeldet: {0}</translation>
        </message>
        <message>
            <source>Result of the sign-in</source>
            <translation>Ergebnis der Anmeldung</translation>
        </message>
        <message>
            <source>Si&amp;gn-in provider:</source>
            <translation>Anmelde&amp;dienst:</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>Anme&amp;lden</translation>
        </message>
        <message>
            <source>Sign in with Microsoft or Google (OAuth2)</source>
            <translation>Mit Microsoft oder Google anmelden (OAuth2)</translation>
        </message>
        <message>
            <source>Waiting for the sign-in in the browser…</source>
            <translation>Warte auf die Anmeldung im Browser…</translation>
        </message>
        <message>
            <source>from your organisation's app registration (see the README)</source>
            <translation>aus der App-Registrierung Ihrer Organisation (siehe README)</translation>
        </message>
        <message>
            <source>{0} is not signed in yet: click Sign in.</source>
            <translation>{0} ist noch nicht angemeldet: klicken Sie auf Anmelden.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening</source>
            <translation>Wird geöffnet</translation>
        </message>
        <message>
            <source>Opening your orders…</source>
            <translation>Ihre Aufträge werden geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>&amp;Add product</source>
            <translation>Produkt &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Kunde:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Intended use:</source>
            <translation>Verwendungs&amp;zweck:</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produkt:</translation>
        </message>
        <message>
            <source>&amp;Save order</source>
            <translation>Auftrag &amp;speichern</translation>
        </message>
        <message>
            <source>A freight forwarder, a warehouse or an installer that takes the goods for the customer or end user. It is screened like them, and a high-risk country counts as where the goods go.</source>
            <translation>Eine Spedition, ein Lager oder ein Installateur, der die Ware für den Kunden oder Endnutzer annimmt. Er wird wie diese geprüft, und ein Hochrisikoland zählt, als ginge die Ware dorthin.</translation>
        </message>
        <message>
            <source>Add line without catalo&amp;g entry</source>
            <translation>Position ohne Katalo&amp;geintrag hinzufügen</translation>
        </message>
        <message>
            <source>Cannot screen this yet: {0}</source>
            <translation>Noch keine Prüfung möglich: {0}</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Kunden auswählen…</translation>
        </message>
        <message>
            <source>Choose the customer, add the products and write down what they are for: the screening appears here as you type.

It looks at four things: the product and what it will be used for, who buys and uses it, where it goes, and what is still unknown. Each warning says why, and what to do about it.</source>
            <translation>Wählen Sie den Kunden, fügen Sie die Produkte hinzu und schreiben Sie auf, wofür sie bestimmt sind: Die Prüfung erscheint hier, während Sie tippen.

Sie betrachtet vier Dinge: das Produkt und wofür es genutzt wird, wer es kauft und nutzt, wohin es geht und was noch unbekannt ist. Jede Warnung sagt, warum sie erscheint und was zu tun ist.</translation>
        </message>
        <message>
            <source>Choose who receives the goods…</source>
            <translation>Wählen Sie, wer die Ware erhält…</translation>
        </message>
        <message>
            <source>Consignee (if another part&amp;y receives the goods)</source>
            <translation>Warenempfänger (fal&amp;ls eine andere Partei die Ware erhält)</translation>
        </message>
        <message>
            <source>Des&amp;tination:</source>
            <translation>&amp;Bestimmungsland:</translation>
        </message>
        <message>
            <source>End &amp;user:</source>
            <translation>&amp;Endnutzer:</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Geben Sie eine Referenz für den Auftrag ein.</translation>
        </message>
        <message>
            <source>In the customer's own words: what will they use it for, where, and who will use it?</source>
            <translation>In den eigenen Worten des Kunden: Wofür wird es genutzt, wo und von wem?</translation>
        </message>
        <message>
            <source>Ne&amp;w customer…</source>
            <translation>&amp;Neuer Kunde…</translation>
        </message>
        <message>
            <source>New consignee…</source>
            <translation>Neuer Warenempfänger…</translation>
        </message>
        <message>
            <source>New end use&amp;r…</source>
            <translation>Neuer Endn&amp;utzer…</translation>
        </message>
        <message>
            <source>No product in the catalog matches “{0}”. Check the SKU or name, add the product under Products, or add a line without a catalog entry and choose its category.</source>
            <translation>Kein Produkt im Produktkatalog passt zu „{0}“. Prüfen Sie die Artikelnummer oder den Namen, legen Sie das Produkt unter „Produkte“ an oder fügen Sie eine Position ohne Katalogeintrag hinzu und wählen Sie ihre Kategorie.</translation>
        </message>
        <message>
            <source>Not saved yet: updates as you type</source>
            <translation>Noch nicht gespeichert: aktualisiert sich beim Tippen</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Auftragspositionen</translation>
        </message>
        <message>
            <source>Product from the catalog</source>
            <translation>Produkt aus dem Produktkatalog</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>&amp;Referenz:</translation>
        </message>
        <message>
            <source>Received &amp;by:</source>
            <translation>Gel&amp;iefert an:</translation>
        </message>
        <message>
            <source>Remo&amp;ve line</source>
            <translation>P&amp;osition entfernen</translation>
        </message>
        <message>
            <source>Risky sales are never left to self-service: they are held for a conversation with the customer.</source>
            <translation>Riskante Verkäufe laufen nie über den Self-Service: Sie werden für ein Gespräch mit dem Kunden angehalten.</translation>
        </message>
        <message>
            <source>Sales &amp;model:</source>
            <translation>Vertriebs&amp;modell:</translation>
        </message>
        <message>
            <source>Same as the customer</source>
            <translation>Wie der Kunde</translation>
        </message>
        <message>
            <source>Same as the end user's country</source>
            <translation>Wie das Land des Endnutzers</translation>
        </message>
        <message>
            <source>Save and screen the order (Ctrl+S)</source>
            <translation>Auftrag speichern und prüfen (Strg+S)</translation>
        </message>
        <message>
            <source>Save the order before reviewing its possible matches: the review is about the parties as saved.</source>
            <translation>Speichern Sie den Auftrag, bevor Sie seine möglichen Treffer bewerten: Die Bewertung gilt den Beteiligten, wie sie gespeichert sind.</translation>
        </message>
        <message>
            <source>Saved screening, {0}, pack {1} {2}</source>
            <translation>Gespeicherte Prüfung, {0}, Kriterienkatalog {1} {2}</translation>
        </message>
        <message>
            <source>The criteria pack does not know this use case, so the screening counts it as missing information.</source>
            <translation>Der Kriterienkatalog kennt diesen Anwendungsfall nicht, daher wertet die Prüfung ihn als fehlende Angabe.</translation>
        </message>
        <message>
            <source>Total: {0}</source>
            <translation>Summe: {0}</translation>
        </message>
        <message>
            <source>Type a SKU or part of a product name first, or pick a product from the list.</source>
            <translation>Geben Sie zuerst eine Artikelnummer oder einen Teil des Produktnamens ein oder wählen Sie ein Produkt aus der Liste.</translation>
        </message>
        <message>
            <source>Type a SKU or product name</source>
            <translation>Artikelnummer oder Produktnamen eingeben</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>Use cases (tick all that app&amp;ly):</source>
            <translation>Anwendungs&amp;fälle (alle zutreffenden ankreuzen):</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Wofür es bestimmt ist</translation>
        </message>
        <message>
            <source>Who buys it, who uses it, where it goes</source>
            <translation>Wer kauft, wer nutzt es, wohin geht es</translation>
        </message>
        <message>
            <source>Who will actually use the products, if not the customer.</source>
            <translation>Wer die Produkte tatsächlich nutzt, falls nicht der Kunde.</translation>
        </message>
        <message>
            <source>Write it down as the customer said it. The screening looks for warning signs in these words.</source>
            <translation>Schreiben Sie es so auf, wie der Kunde es gesagt hat. Die Prüfung sucht in diesen Worten nach Warnsignalen.</translation>
        </message>
        <message>
            <source>and {0} more</source>
            <translation>und {0} weitere</translation>
        </message>
        <message>
            <source>{0} (prohibited: cannot be sold for this)</source>
            <translation>{0} (verboten: Dafür darf nicht verkauft werden)</translation>
        </message>
        <message>
            <source>“{0}” matches several products: {1}. Type more of the SKU or name, or pick one from the list.</source>
            <translation>„{0}“ passt zu mehreren Produkten: {1}. Geben Sie mehr von der Artikelnummer oder vom Namen ein oder wählen Sie eines aus der Liste.</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Order and screening</source>
            <translation>&amp;Auftrag und Prüfung</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation>&amp;Checkliste</translation>
        </message>
        <message>
            <source>Decisio&amp;n</source>
            <translation>En&amp;tscheidung</translation>
        </message>
        <message>
            <source>Escalation and &amp;follow-ups</source>
            <translation>Eskalation und &amp;Wiedervorlagen</translation>
        </message>
        <message>
            <source>Fill in the order. The screening on the right explains the risk as you type; saving records it.</source>
            <translation>Füllen Sie den Auftrag aus. Die Prüfung rechts erklärt das Risiko, während Sie tippen; beim Speichern wird sie dokumentiert.</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Neuer Auftrag</translation>
        </message>
        <message>
            <source>New order {0}</source>
            <translation>Neuer Auftrag {0}</translation>
        </message>
        <message>
            <source>Order {0}</source>
            <translation>Auftrag {0}</translation>
        </message>
        <message>
            <source>Save the order first.</source>
            <translation>Speichern Sie zuerst den Auftrag.</translation>
        </message>
        <message>
            <source>Saved. {0} Answer the checklist, then record a decision.</source>
            <translation>Gespeichert. {0} Beantworten Sie die Checkliste und dokumentieren Sie dann eine Entscheidung.</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Save them now?</source>
            <translation>Dieser Auftrag hat Änderungen, die nicht gespeichert sind. Jetzt speichern?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>{0}. {1}</source>
            <translation>{0}. {1}</translation>
        </message>
        <message>
            <source>{0}{1} — Channel Diligence</source>
            <translation>{0}{1} — Channel Diligence</translation>
        </message>
    </context>
    <context>
        <name>OrdersFilterBar</name>
        <message>
            <source>&amp;Destination:</source>
            <translation>Bestimmungs&amp;land:</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>R&amp;isiko:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alle Länder</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <source>All risk tiers</source>
            <translation>Alle Risikostufen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Filter &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Kunde:</translation>
        </message>
        <message>
            <source>Find orders by reference, customer or end-user name, or words of the intended use (Ctrl+F)</source>
            <translation>Aufträge nach Referenz, Name des Kunden oder Endnutzers oder nach Wörtern im Verwendungszweck suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>High or prohibited</source>
            <translation>Hoch oder verboten</translation>
        </message>
        <message>
            <source>Needs attention (on hold, blocked, escalated)</source>
            <translation>Handlungsbedarf (angehalten, gesperrt, eskaliert)</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Search reference, customer or intended use</source>
            <translation>Referenz, Kunde oder Verwendungszweck suchen</translation>
        </message>
        <message>
            <source>Show every order again</source>
            <translation>Wieder alle Aufträge anzeigen</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>The risk tier from the screening</source>
            <translation>Die Risikostufe aus der Prüfung</translation>
        </message>
        <message>
            <source>Where the order stands: on hold and blocked orders wait for a decision</source>
            <translation>Stand des Auftrags: Angehaltene und gesperrte Aufträge warten auf eine Entscheidung</translation>
        </message>
    </context>
    <context>
        <name>OrdersTableModel</name>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Angaben</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Neuer Auftrag</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 Auftrag</translation>
        </message>
        <message>
            <source>Create an order (Ctrl+N)</source>
            <translation>Auftrag anlegen (Strg+N)</translation>
        </message>
        <message>
            <source>More than {0} orders</source>
            <translation>Mehr als {0} Aufträge</translation>
        </message>
        <message>
            <source>No orders match these filters.</source>
            <translation>Keine Aufträge passen zu diesen Filtern.</translation>
        </message>
        <message>
            <source>No orders yet. Create one with New order (Ctrl+N), or import your orders from a CSV file (File menu).</source>
            <translation>Noch keine Aufträge. Legen Sie einen mit „Neuer Auftrag“ (Strg+N) an oder importieren Sie Ihre Aufträge aus einer CSV-Datei (Menü „Datei“).</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Screen &amp;again</source>
            <translation>Erneut &amp;prüfen</translation>
        </message>
        <message>
            <source>Screen all open orders a&amp;gain</source>
            <translation>Alle offenen Aufträge erneut prü&amp;fen</translation>
        </message>
        <message>
            <source>Screen every order that is not declined again, for example after the catalog learnt product categories that imported orders left blank</source>
            <translation>Jeden nicht abgelehnten Auftrag erneut prüfen, etwa nachdem der Katalog Produktkategorien erhalten hat, die in importierten Aufträgen fehlten</translation>
        </message>
        <message>
            <source>Screen the selected orders again with the current catalog and criteria pack</source>
            <translation>Die ausgewählten Aufträge mit dem aktuellen Katalog und Kriterienpaket erneut prüfen</translation>
        </message>
        <message>
            <source>{0} match the filters</source>
            <translation>{0} passen zu den Filtern</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} Aufträge</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>&amp;Retry</source>
            <translation>Erneut &amp;versuchen</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>Jetzt &amp;senden</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Eine E-Mail-Datei, die Ihr E-Mail-Programm versandbereit öffnet: der Ausweg, wenn der Versand aus dieser App nicht eingerichtet ist oder fehlschlägt.</translation>
        </message>
        <message>
            <source>Answer on {0}</source>
            <translation>Antwort zu {0}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Cancelled by {0} on {1}: it is never sent.</source>
            <translation>Storniert von {0} am {1}: sie wird nie gesendet.</translation>
        </message>
        <message>
            <source>Details of the selected message</source>
            <translation>Details der ausgewählten Nachricht</translation>
        </message>
        <message>
            <source>Do not send the selected message</source>
            <translation>Ausgewählte Nachricht nicht senden</translation>
        </message>
        <message>
            <source>Do&amp;n't send</source>
            <translation>&amp;Nicht senden</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Sorgfaltsbericht</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet: packets wait here until you enter your mail server.</source>
            <translation>Der E-Mail-Versand ist noch nicht eingerichtet: Nachrichten warten hier, bis Sie Ihren Mailserver eingeben.</translation>
        </message>
        <message>
            <source>Escalation of {0}</source>
            <translation>Eskalation von {0}</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Message-ID {0}</source>
            <translation>Message-ID {0}</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Missbrauchsmeldung {0}</translation>
        </message>
        <message>
            <source>Never send the selected message: it stays listed as cancelled, with who and when</source>
            <translation>Die ausgewählte Nachricht nie senden: sie bleibt als storniert aufgeführt, mit wer und wann</translation>
        </message>
        <message>
            <source>Next attempt / sent</source>
            <translation>Nächster Versuch / gesendet</translation>
        </message>
        <message>
            <source>Not sent. The reason: {0}</source>
            <translation>Nicht gesendet. Grund: {0}</translation>
        </message>
        <message>
            <source>Open Settin&amp;gs…</source>
            <translation>Einstellun&amp;gen öffnen…</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Postausgang</translation>
        </message>
        <message>
            <source>Packets wait here until the mail server takes them. What cannot be sent now is tried again after 1, 2, 4… minutes, also after a restart; a message is never lost and never sent as a different one.</source>
            <translation>Eskalationsunterlagen und Missbrauchsmeldungen warten hier, bis der Mailserver sie annimmt. Was jetzt nicht gesendet werden kann, wird nach 1, 2, 4 … Minuten erneut versucht, auch nach einem Neustart; eine Nachricht geht nie verloren und wird nie als eine andere gesendet.</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Retry the selected message</source>
            <translation>Ausgewählte Nachricht erneut senden</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Als .em&amp;l speichern…</translation>
        </message>
        <message>
            <source>Save the selected message as an e-mail file</source>
            <translation>Die ausgewählte Nachricht als E-Mail-Datei speichern</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>{0} gespeichert. Öffnen Sie die Datei in Ihrem E-Mail-Programm und senden Sie sie von dort.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Send everything queued now</source>
            <translation>Alle wartenden Nachrichten jetzt senden</translation>
        </message>
        <message>
            <source>Send what is waiting now, without waiting for the next try (every minute)</source>
            <translation>Wartende Nachrichten jetzt senden, ohne auf den nächsten Versuch zu warten (jede Minute)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Sending through {0}, port {1}, as {2}.</source>
            <translation>Versand über {0}, Port {1}, als {2}.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Set up e-&amp;mail…</source>
            <translation>E-&amp;Mail einrichten…</translation>
        </message>
        <message>
            <source>Set up e-mail sending</source>
            <translation>E-Mail-Versand einrichten</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>Die E-Mail-Datei wurde nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>The last attempt did not go through ({0}). Next attempt: {1}.</source>
            <translation>Der letzte Versuch ist fehlgeschlagen ({0}). Nächster Versuch: {1}.</translation>
        </message>
        <message>
            <source>The server's answer: {0}</source>
            <translation>Antwort des Servers: {0}</translation>
        </message>
        <message>
            <source>The server's words</source>
            <translation>Antwort des Servers</translation>
        </message>
        <message>
            <source>This message carries a decision file: save it from the distributor desk (Escalation &gt; Distributor desk…).</source>
            <translation>Diese Nachricht enthält eine Entscheidungsdatei: Speichern Sie sie am Distributor-Arbeitsplatz (Eskalation &gt; Distributor-Arbeitsplatz…).</translation>
        </message>
        <message>
            <source>This message is a daily digest: it has no packet to save as a file.</source>
            <translation>Diese Nachricht ist eine tägliche Übersicht: Sie hat kein Paket, das als Datei gespeichert werden könnte.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Try a failed message again, the same message with the same Message-ID</source>
            <translation>Eine fehlgeschlagene Nachricht erneut senden: dieselbe Nachricht mit derselben Message-ID</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Your mail server (File &gt; Settings)</source>
            <translation>Ihr Mailserver (Datei &gt; Einstellungen)</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>einem Benutzer</translation>
        </message>
        <message>
            <source>sent {0}</source>
            <translation>gesendet am {0}</translation>
        </message>
        <message>
            <source>{0} to {1}: {2}</source>
            <translation>{0} an {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Continue the draft…</source>
            <translation>Entwurf &amp;fortsetzen…</translation>
        </message>
        <message>
            <source>&amp;Edit the policy…</source>
            <translation>Richtlinie &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Write the policy…</source>
            <translation>Richtlinie &amp;schreiben…</translation>
        </message>
        <message>
            <source>A PDF to print, sign or send.</source>
            <translation>Ein PDF zum Drucken, Unterschreiben oder Versenden.</translation>
        </message>
        <message>
            <source>A web page to publish on your company website.</source>
            <translation>Eine Webseite zum Veröffentlichen auf der Website Ihres Unternehmens.</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Verabschiedet</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Genehmigt von</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Genehmigt am</translation>
        </message>
        <message>
            <source>Continue the draft</source>
            <translation>Entwurf fortsetzen</translation>
        </message>
        <message>
            <source>Edit the policy (starts a new draft)</source>
            <translation>Richtlinie bearbeiten (beginnt einen neuen Entwurf)</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>&amp;HTML exportieren…</translation>
        </message>
        <message>
            <source>Export &amp;text…</source>
            <translation>&amp;Text exportieren…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>Export the policy as PDF</source>
            <translation>Richtlinie als PDF exportieren</translation>
        </message>
        <message>
            <source>Export the policy as a web page</source>
            <translation>Richtlinie als Webseite exportieren</translation>
        </message>
        <message>
            <source>Export the policy as plain text</source>
            <translation>Richtlinie als reinen Text exportieren</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet. The wizard writes it with you, step by step, in about half an hour; your draft is saved as you type.</source>
            <translation>Es ist noch keine Menschenrechtsrichtlinie verabschiedet. Der Assistent erstellt sie mit Ihnen Schritt für Schritt in etwa einer halben Stunde; Ihr Entwurf wird beim Tippen gespeichert.</translation>
        </message>
        <message>
            <source>No version is adopted yet: this produces the draft, marked DRAFT.</source>
            <translation>Es ist noch keine Version verabschiedet: Dies erzeugt den Entwurf, markiert mit ENTWURF.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Nicht verabschiedet</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Noch nichts geschrieben.</translation>
        </message>
        <message>
            <source>Open draft</source>
            <translation>Offener Entwurf</translation>
        </message>
        <message>
            <source>Paper size for the PDF</source>
            <translation>Papierformat für das PDF</translation>
        </message>
        <message>
            <source>Paper: automatic</source>
            <translation>Papier: automatisch</translation>
        </message>
        <message>
            <source>Paper: {0}</source>
            <translation>Papier: {0}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Preview of the policy</source>
            <translation>Vorschau der Richtlinie</translation>
        </message>
        <message>
            <source>Print the policy</source>
            <translation>Richtlinie drucken</translation>
        </message>
        <message>
            <source>Print the policy (Ctrl+P)</source>
            <translation>Richtlinie drucken (Strg+P)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The policy appears here once you start it.</source>
            <translation>Die Richtlinie erscheint hier, sobald Sie damit beginnen.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version {0} is your company's adopted human rights policy.</source>
            <translation>Version {0} ist die verabschiedete Menschenrechtsrichtlinie Ihres Unternehmens.</translation>
        </message>
        <message>
            <source>Version {0}, last saved {1}</source>
            <translation>Version {0}, zuletzt gespeichert am {1}</translation>
        </message>
        <message>
            <source>Write the policy</source>
            <translation>Richtlinie schreiben</translation>
        </message>
        <message>
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>No orders, answers, follow-ups or messages need you now. Orders that need a decision show up here.</source>
            <translation>Im Moment brauchen keine Aufträge, Antworten, Wiedervorlagen oder Nachrichten Ihre Aufmerksamkeit. Aufträge, die eine Entscheidung brauchen, erscheinen hier.</translation>
        </message>
        <message>
            <source>No sanctions list imported: customers are not checked against sanctions lists. Import the lists you must check, or update them from their publishers.</source>
            <translation>Keine Sanktionsliste importiert: Kunden werden nicht gegen Sanktionslisten geprüft. Importieren Sie die Listen, gegen die Sie prüfen müssen, oder aktualisieren Sie sie bei den Herausgebern.</translation>
        </message>
        <message>
            <source>Nothing needs your attention today.</source>
            <translation>Heute braucht nichts Ihre Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>Open app&amp;rovals</source>
            <translation>F&amp;reigaben öffnen</translation>
        </message>
        <message>
            <source>Open sanctions &amp;lists</source>
            <translation>Sanktions&amp;listen öffnen</translation>
        </message>
        <message>
            <source>Open the &amp;answered order</source>
            <translation>&amp;Beantworteten Auftrag öffnen</translation>
        </message>
        <message>
            <source>Open the o&amp;utbox</source>
            <translation>&amp;Postausgang öffnen</translation>
        </message>
        <message>
            <source>Open the polic&amp;y</source>
            <translation>R&amp;ichtlinie öffnen</translation>
        </message>
        <message>
            <source>Orders by risk tier</source>
            <translation>Aufträge nach Risikostufe</translation>
        </message>
        <message>
            <source>Review &amp;matches</source>
            <translation>&amp;Treffer prüfen</translation>
        </message>
        <message>
            <source>Show &amp;blocked orders</source>
            <translation>&amp;Gesperrte Aufträge anzeigen</translation>
        </message>
        <message>
            <source>Show confirmed ma&amp;tches</source>
            <translation>Bestätigte Treffer an&amp;zeigen</translation>
        </message>
        <message>
            <source>Show es&amp;calated orders</source>
            <translation>E&amp;skalierte Aufträge anzeigen</translation>
        </message>
        <message>
            <source>Show follo&amp;w-ups</source>
            <translation>&amp;Wiedervorlagen anzeigen</translation>
        </message>
        <message>
            <source>Show orders on h&amp;old</source>
            <translation>A&amp;ngehaltene Aufträge anzeigen</translation>
        </message>
        <message>
            <source>The customers and orders whose name is on a sanctions list</source>
            <translation>Die Kunden und Aufträge, deren Name auf einer Sanktionsliste steht</translation>
        </message>
        <message>
            <source>The customers and orders whose sanctions check found a possible match</source>
            <translation>Die Kunden und Aufträge, bei deren Sanktionsprüfung ein möglicher Treffer gefunden wurde</translation>
        </message>
        <message>
            <source>The decisions waiting for your approval</source>
            <translation>Die Entscheidungen, die auf Ihre Freigabe warten</translation>
        </message>
        <message>
            <source>The follow-ups page</source>
            <translation>Die Seite „Wiedervorlagen“</translation>
        </message>
        <message>
            <source>The human rights policy window</source>
            <translation>Das Fenster der Menschenrechtsrichtlinie</translation>
        </message>
        <message>
            <source>The last 12 months, by order date. Hover over a month for its numbers.</source>
            <translation>Die letzten 12 Monate, nach Auftragsdatum. Zeigen Sie auf einen Monat, um seine Zahlen zu sehen.</translation>
        </message>
        <message>
            <source>The order the newest answer is about</source>
            <translation>Der Auftrag, den die neueste Antwort betrifft</translation>
        </message>
        <message>
            <source>The orders list, filtered to blocked orders</source>
            <translation>Die Auftragsliste, gefiltert auf gesperrte Aufträge</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders on hold</source>
            <translation>Die Auftragsliste, gefiltert auf angehaltene Aufträge</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders waiting for the distributor</source>
            <translation>Die Auftragsliste, gefiltert auf Aufträge, die auf den Distributor warten</translation>
        </message>
        <message>
            <source>The outbox page, with the server's reasons</source>
            <translation>Die Seite „Postausgang“ mit den Gründen des Servers</translation>
        </message>
        <message>
            <source>The sanctions lists window: import or update them</source>
            <translation>Das Fenster der Sanktionslisten: sie importieren oder aktualisieren</translation>
        </message>
        <message>
            <source>Today, {0}</source>
            <translation>Heute, {0}</translation>
        </message>
        <message>
            <source>What needs your attention</source>
            <translation>Was Ihre Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The policy wizard writes it with you.</source>
            <translation>Ihr Unternehmen hat noch keine Menschenrechtsrichtlinie. Der Richtlinien-Assistent erstellt sie mit Ihnen.</translation>
        </message>
        <message>
            <source>Your human rights policy is adopted. {0}.</source>
            <translation>Ihre Menschenrechtsrichtlinie ist verabschiedet. {0}.</translation>
        </message>
        <message>
            <source>answer from the distributor in the last {0} days:</source>
            <translation>Antwort des Distributors in den letzten {0} Tagen:</translation>
        </message>
        <message>
            <source>answers from the distributor in the last {0} days:</source>
            <translation>Antworten des Distributors in den letzten {0} Tagen:</translation>
        </message>
        <message>
            <source>confirmed sanctions match: the name is on a sanctions list.</source>
            <translation>bestätigter Sanktionstreffer: Der Name steht auf einer Sanktionsliste.</translation>
        </message>
        <message>
            <source>confirmed sanctions matches: the names are on sanctions lists.</source>
            <translation>bestätigte Sanktionstreffer: Die Namen stehen auf Sanktionslisten.</translation>
        </message>
        <message>
            <source>decision is waiting for your approval.</source>
            <translation>Entscheidung wartet auf Ihre Freigabe.</translation>
        </message>
        <message>
            <source>decisions are waiting for your approval.</source>
            <translation>Entscheidungen warten auf Ihre Freigabe.</translation>
        </message>
        <message>
            <source>escalation is waiting for the distributor's answer.</source>
            <translation>Eskalation wartet auf die Antwort des Distributors.</translation>
        </message>
        <message>
            <source>escalations are waiting for the distributor's answer.</source>
            <translation>Eskalationen warten auf die Antwort des Distributors.</translation>
        </message>
        <message>
            <source>follow-up is due today.</source>
            <translation>Wiedervorlage ist heute fällig.</translation>
        </message>
        <message>
            <source>follow-up is due, and overdue.</source>
            <translation>Wiedervorlage ist überfällig.</translation>
        </message>
        <message>
            <source>follow-ups are due today.</source>
            <translation>Wiedervorlagen sind heute fällig.</translation>
        </message>
        <message>
            <source>follow-ups are due, {0} of them overdue.</source>
            <translation>Wiedervorlagen sind fällig, davon {0} überfällig.</translation>
        </message>
        <message>
            <source>imported {0}</source>
            <translation>importiert am {0}</translation>
        </message>
        <message>
            <source>message in the outbox could not be sent.</source>
            <translation>Nachricht im Postausgang konnte nicht gesendet werden.</translation>
        </message>
        <message>
            <source>messages in the outbox could not be sent.</source>
            <translation>Nachrichten im Postausgang konnten nicht gesendet werden.</translation>
        </message>
        <message>
            <source>order is blocked (a prohibited use or a confirmed sanctions match): it can only be declined.</source>
            <translation>Auftrag ist gesperrt (eine verbotene Verwendung oder ein bestätigter Sanktionslisten-Treffer): er kann nur abgelehnt werden.</translation>
        </message>
        <message>
            <source>order is on hold, waiting for your decision.</source>
            <translation>Auftrag ist angehalten und wartet auf Ihre Entscheidung.</translation>
        </message>
        <message>
            <source>orders are blocked (a prohibited use or a confirmed sanctions match): they can only be declined.</source>
            <translation>Aufträge sind gesperrt (eine verbotene Verwendung oder ein bestätigter Sanktionslisten-Treffer): sie können nur abgelehnt werden.</translation>
        </message>
        <message>
            <source>orders are on hold, waiting for your decision.</source>
            <translation>Aufträge sind angehalten und warten auf Ihre Entscheidung.</translation>
        </message>
        <message>
            <source>possible sanctions match to review: a customer or an order's party resembles a listed name.</source>
            <translation>möglicher Sanktionstreffer zu prüfen: Ein Kunde oder ein Beteiligter eines Auftrags ähnelt einem gelisteten Namen.</translation>
        </message>
        <message>
            <source>possible sanctions matches to review: customers or orders' parties resemble listed names.</source>
            <translation>mögliche Sanktionstreffer zu prüfen: Kunden oder Beteiligte von Aufträgen ähneln gelisteten Namen.</translation>
        </message>
        <message>
            <source>published {0}</source>
            <translation>veröffentlicht am {0}</translation>
        </message>
        <message>
            <source>{0} is {1} days old ({2})</source>
            <translation>{0} ist {1} Tage alt ({2})</translation>
        </message>
        <message>
            <source>{0}. A list older than {1} days misses the parties listed since: update it.</source>
            <translation>{0}. Einer Liste, die älter als {1} Tage ist, fehlen die seither gelisteten Parteien: Aktualisieren Sie sie.</translation>
        </message>
        <message>
            <source>{0}: check your human rights policy is still right and adopt it again.</source>
            <translation>{0}: Prüfen Sie, ob Ihre Menschenrechtsrichtlinie noch stimmt, und verabschieden Sie sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>PackImportDialog</name>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>&amp;Import and keep it (not in use)</source>
            <translation>Katalog &amp;importieren und speichern (nicht in Verwendung)</translation>
        </message>
        <message>
            <source>&amp;Import and use this pack</source>
            <translation>Katalog &amp;importieren und verwenden</translation>
        </message>
        <message>
            <source>&amp;Review this pack to use it again</source>
            <translation>Diesen Katalog &amp;prüfen, um ihn wieder zu verwenden</translation>
        </message>
        <message>
            <source>A criteria pack holds the rules the screening uses. Your distributor or an industry body may send you an updated one. Check who issued it and what it changes before you import it. Earlier screenings keep the pack they used.</source>
            <translation>Ein Kriterienkatalog enthält die Regeln, nach denen geprüft wird. Ihr Distributor oder ein Branchenverband schickt Ihnen vielleicht einen aktualisierten. Prüfen Sie vor dem Import, wer ihn herausgegeben hat und was er ändert. Frühere Prüfungen behalten den Katalog, mit dem sie gemacht wurden.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Fragen der Checkliste</translation>
        </message>
        <message>
            <source>Choose a criteria pack</source>
            <translation>Kriterienkatalog auswählen</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Risikostufen der Länder</translation>
        </message>
        <message>
            <source>Criteria packs (*.json);;All files (*)</source>
            <translation>Kriterienkataloge (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Kundenarten</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Staatliche Aufgaben</translation>
        </message>
        <message>
            <source>Import a criteria pack</source>
            <translation>Einen Kriterienkatalog importieren</translation>
        </message>
        <message>
            <source>Import criteria pack</source>
            <translation>Kriterienkatalog importieren</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Fehlende Angaben</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Verneinungswörter</translation>
        </message>
        <message>
            <source>Pack file</source>
            <translation>Katalogdatei</translation>
        </message>
        <message>
            <source>Packs &amp;kept in this database (older screenings keep the pack they used):</source>
            <translation>In dieser Datenbank &amp;gespeicherte Kataloge (ältere Prüfungen behalten ihren Katalog):</translation>
        </message>
        <message>
            <source>Packs kept in this database</source>
            <translation>In dieser Datenbank gespeicherte Kataloge</translation>
        </message>
        <message>
            <source>Part of the pack</source>
            <translation>Teil des Katalogs</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Produktkategorien</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Schutzmaßnahmen</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Branchen</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>The pack is checked completely before anything is changed.</source>
            <translation>Der Katalog wird vollständig geprüft, bevor etwas geändert wird.</translation>
        </message>
        <message>
            <source>This pack cannot be used. {0}</source>
            <translation>Dieser Katalog kann nicht verwendet werden. {0}</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>Version {0} of {1}, issued on {2}; imported {3}</source>
            <translation>Version {0} von „{1}“, herausgegeben am {2}; importiert am {3}</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Warnsignale</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Warnung: {0}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Wann Bestellungen angehalten werden</translation>
        </message>
        <message>
            <source>{0}
Pack {1}, version {2}, issued by {3} on {4}.</source>
            <translation>{0}
Katalog {1}, Version {2}, herausgegeben von {3} am {4}.</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (in Verwendung)</translation>
        </message>
        <message>
            <source>{0}; signed by {1} (fingerprint {2})</source>
            <translation>{0}; signiert von {1} (Fingerabdruck {2})</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>&amp;Back to change it</source>
            <translation>&amp;Zurück zum Bearbeiten</translation>
        </message>
        <message>
            <source>Build and pre&amp;view</source>
            <translation>Erstellen und &amp;Vorschau zeigen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>PacketPane</name>
        <message>
            <source>Choose a packet in the list, or open one.</source>
            <translation>Wählen Sie ein Paket in der Liste, oder öffnen Sie eines.</translation>
        </message>
        <message>
            <source>Its signature was not checked: no key of {0} is pinned.</source>
            <translation>Die Signatur wurde nicht geprüft: Kein Schlüssel von {0} ist hinterlegt.</translation>
        </message>
        <message>
            <source>Open the PDF in your vie&amp;wer</source>
            <translation>PDF im Betrach&amp;ter öffnen</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Signiert von {0} (Fingerabdruck {1}).</translation>
        </message>
        <message>
            <source>{0}, order {1} (packet {2}). {3}</source>
            <translation>{0}, Auftrag {1} (Paket {2}). {3}</translation>
        </message>
    </context>
    <context>
        <name>PacketPanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send.</source>
            <translation>Eine E-Mail-Datei, die Ihr E-Mail-Programm versandfertig öffnet.</translation>
        </message>
        <message>
            <source>Choose the folder to save the packet in</source>
            <translation>Ordner zum Speichern der Unterlagen auswählen</translation>
        </message>
        <message>
            <source>Due diligence report {0}</source>
            <translation>Sorgfaltsbericht {0}</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>E-Mail-Dateien (*.eml)</translation>
        </message>
        <message>
            <source>E-mail sending is not set up in this app yet. Save as .eml…, then open the file in your mail program: it opens as a message to the distributor with every file attached, and you send it from there.</source>
            <translation>Der E-Mail-Versand ist in dieser App noch nicht eingerichtet. Als .eml speichern… und die Datei in Ihrem E-Mail-Programm öffnen: Sie öffnet sich als Nachricht an den Distributor mit allen Dateien im Anhang, und Sie senden sie von dort.</translation>
        </message>
        <message>
            <source>Escalation packet {0}</source>
            <translation>Eskalationsunterlagen {0}</translation>
        </message>
        <message>
            <source>Files in the packet</source>
            <translation>Enthaltene Dateien</translation>
        </message>
        <message>
            <source>Files: {0}. manifest.json holds the SHA-256 of every other file, so the distributor can check that nothing changed.</source>
            <translation>Dateien: {0}. manifest.json enthält den SHA-256-Hashwert jeder anderen Datei, sodass der Distributor prüfen kann, dass nichts verändert wurde.</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>So senden Sie es</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Missbrauchsmeldung {0}</translation>
        </message>
        <message>
            <source>Packet {0} for {1} &lt;{2}&gt;. Check the PDF below: it is what the distributor reads.</source>
            <translation>Unterlagen {0} für {1} &lt;{2}&gt;. Prüfen Sie das PDF unten: Das liest der Distributor.</translation>
        </message>
        <message>
            <source>Print the PDF of the packet</source>
            <translation>Das PDF der Unterlagen drucken</translation>
        </message>
        <message>
            <source>Puts the packet in the outbox; it is sent at once, or as soon as the mail server can be reached.</source>
            <translation>Legt die Unterlagen in den Postausgang; sie werden sofort gesendet oder sobald der Mailserver erreichbar ist.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Save as &amp;zip…</source>
            <translation>Als ZIP-&amp;Archiv speichern…</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Als .em&amp;l speichern…</translation>
        </message>
        <message>
            <source>Save as an e-mail file</source>
            <translation>Als E-Mail-Datei speichern</translation>
        </message>
        <message>
            <source>Save as fol&amp;der…</source>
            <translation>In &amp;Ordner speichern…</translation>
        </message>
        <message>
            <source>Save the files as a zip archive</source>
            <translation>Dateien als ZIP-Archiv speichern</translation>
        </message>
        <message>
            <source>Save the files in a folder</source>
            <translation>Dateien in einem Ordner speichern</translation>
        </message>
        <message>
            <source>Save the packet</source>
            <translation>Unterlagen speichern</translation>
        </message>
        <message>
            <source>Saved the files in {0}.</source>
            <translation>Dateien in {0} gespeichert.</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} gespeichert.</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it.</source>
            <translation>{0} gespeichert. Öffnen Sie die Datei in Ihrem E-Mail-Programm und senden Sie sie.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Send the packet by e-mail</source>
            <translation>Unterlagen per E-Mail senden</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <source>The PDF has 1 page.</source>
            <translation>Das PDF hat 1 Seite.</translation>
        </message>
        <message>
            <source>The PDF has {0} pages: scroll to read them all.</source>
            <translation>Das PDF hat {0} Seiten: Scrollen Sie, um alle zu lesen.</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>Das PDF wurde nicht gedruckt: {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox and is being sent to {0}. The Outbox page shows when the server has taken it.</source>
            <translation>Die Unterlagen liegen im Postausgang und werden an {0} gesendet. Die Seite „Postausgang“ zeigt, wann der Server sie angenommen hat.</translation>
        </message>
        <message>
            <source>The packet is in the outbox. E-mail sending is not set up yet: open File &gt; Settings to enter your mail server, and it goes out.</source>
            <translation>Die Unterlagen liegen im Postausgang. Der E-Mail-Versand ist noch nicht eingerichtet: Geben Sie unter Datei &gt; Einstellungen Ihren Mailserver ein, dann werden sie gesendet.</translation>
        </message>
        <message>
            <source>The packet was not saved: {0}</source>
            <translation>Die Unterlagen wurden nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>ZIP-Archive (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>Packets</name>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Built, not sent</source>
            <translation>Erstellt, nicht gesendet</translation>
        </message>
        <message>
            <source>In the outbox</source>
            <translation>Im Postausgang</translation>
        </message>
        <message>
            <source>Saved to send another way</source>
            <translation>Für anderen Versandweg gespeichert</translation>
        </message>
        <message>
            <source>Sent, waiting for the answer</source>
            <translation>Gesendet, Antwort ausstehend</translation>
        </message>
    </context>
    <context>
        <name>PartyCheckDialog</name>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Getroffener Name: {name}; Wert {score}</translation>
        </message>
        <message>
            <source>No listed name resembles this customer.</source>
            <translation>Kein gelisteter Name ähnelt diesem Kunden.</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: import a list to check every customer.</source>
            <translation>Noch nicht mit den Sanktionslisten abgeglichen: Importieren Sie eine Liste, um alle Kunden abzugleichen.</translation>
        </message>
        <message>
            <source>Reviewed by {who}: {verdict}. {reason}</source>
            <translation>Bewertet von {who}: {verdict}. {reason}</translation>
        </message>
        <message>
            <source>Sanctions check of {0}</source>
            <translation>Sanktionsabgleich von {0}</translation>
        </message>
        <message>
            <source>not the same party</source>
            <translation>nicht derselbe Beteiligte</translation>
        </message>
        <message>
            <source>the same party (confirmed match)</source>
            <translation>derselbe Beteiligte (bestätigter Treffer)</translation>
        </message>
        <message>
            <source>{0} (checked on {1})</source>
            <translation>{0} (abgeglichen am {1})</translation>
        </message>
        <message>
            <source>{source} entry {entry}: {listed}</source>
            <translation>{source}, Eintrag {entry}: {listed}</translation>
        </message>
    </context>
    <context>
        <name>PartyChecks</name>
        <message>
            <source>Customer {0}</source>
            <translation>Kunde {0}</translation>
        </message>
        <message>
            <source>Order {0} ({1})</source>
            <translation>Auftrag {0} ({1})</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>unauffällig</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>Warenempfänger</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>Endnutzer</translation>
        </message>
        <message>
            <source>match</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
        <message>
            <source>possible match</source>
            <translation>möglicher Treffer</translation>
        </message>
    </context>
    <context>
        <name>PartyFindings</name>
        <message>
            <source>Consignee</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Konsolidierte Liste der finanziellen Sanktionen der EU</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endnutzer</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>OFAC-SDN-Liste</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Sanktionsliste des Vereinigten Königreichs</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Konsolidierte Liste des UN-Sicherheitsrats</translation>
        </message>
    </context>
    <context>
        <name>PartyFindingsBox</name>
        <message>
            <source>Checked against: {0}</source>
            <translation>Geprüft gegen: {0}</translation>
        </message>
        <message>
            <source>No party resembles a listed entry ({0}).</source>
            <translation>Keine Partei ähnelt einem Eintrag der Listen ({0}).</translation>
        </message>
        <message>
            <source>Restricted-party screening</source>
            <translation>Sanktionslistenprüfung</translation>
        </message>
        <message>
            <source>{list} published {date} (version {version})</source>
            <translation>{list}, veröffentlicht am {date} (Version {version})</translation>
        </message>
        <message>
            <source>{list}, publication date not stated (version {version})</source>
            <translation>{list}, Veröffentlichungsdatum nicht angegeben (Version {version})</translation>
        </message>
    </context>
    <context>
        <name>PartyRescreenDialog</name>
        <message>
            <source>A new sanctions list or criteria pack is in use, so every catalog customer and every open order is checked again. You can keep working meanwhile. Cancel keeps the customers' earlier checks.</source>
            <translation>Eine neue Sanktionsliste oder ein neues Kriterienpaket ist in Gebrauch, daher werden alle Kunden im Katalog und alle offenen Aufträge erneut geprüft. Sie können währenddessen weiterarbeiten. Abbrechen behält die früheren Prüfungen der Kunden.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Checked again</source>
            <translation>Erneut geprüft</translation>
        </message>
        <message>
            <source>Checking again stopped</source>
            <translation>Erneute Prüfung angehalten</translation>
        </message>
        <message>
            <source>Checking customers and open orders again…</source>
            <translation>Kunden und offene Aufträge werden erneut geprüft…</translation>
        </message>
        <message>
            <source>Checking progress</source>
            <translation>Fortschritt der Prüfung</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Kunde oder Auftrag</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Beteiligter</translation>
        </message>
        <message>
            <source>Sanctions lists: checking again</source>
            <translation>Sanktionslisten: erneute Prüfung</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>The parties could not be checked again</source>
            <translation>Die Beteiligten konnten nicht erneut geprüft werden</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>What changed in the sanctions checks</source>
            <translation>Was sich bei den Sanktionsprüfungen geändert hat</translation>
        </message>
        <message>
            <source>match gone</source>
            <translation>Treffer entfallen</translation>
        </message>
        <message>
            <source>new match</source>
            <translation>neuer Treffer</translation>
        </message>
        <message>
            <source>new possible match</source>
            <translation>neuer möglicher Treffer</translation>
        </message>
        <message>
            <source>now only a possible match</source>
            <translation>jetzt nur noch ein möglicher Treffer</translation>
        </message>
        <message>
            <source>{0} of {1} customers and orders</source>
            <translation>{0} von {1} Kunden und Aufträgen</translation>
        </message>
    </context>
    <context>
        <name>PartyReviewDialog</name>
        <message>
            <source>&amp;Not the same party</source>
            <translation>&amp;Nicht dieselbe Partei</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Begründung (Pflicht):</translation>
        </message>
        <message>
            <source>&amp;Save the review</source>
            <translation>Prüfung &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;The same party (confirmed match)</source>
            <translation>&amp;Dieselbe Partei (bestätigter Treffer)</translation>
        </message>
        <message>
            <source>A confirmed match blocks the order: only declining it will remain possible, and the distributor is told through the misuse report.</source>
            <translation>Ein bestätigter Treffer sperrt den Auftrag: Nur das Ablehnen bleibt möglich, und der Distributor wird über die Missbrauchsmeldung informiert.</translation>
        </message>
        <message>
            <source>Choose: not the same party, or the same party (a confirmed match).</source>
            <translation>Wählen Sie: nicht dieselbe Partei oder dieselbe Partei (ein bestätigter Treffer).</translation>
        </message>
        <message>
            <source>Compare the party with the entry on the list. Your answer is recorded with your name and reason, and this pair does not alert again until the party's name or country or the listed entry changes.</source>
            <translation>Vergleichen Sie die Partei mit dem Eintrag auf der Liste. Ihre Antwort wird mit Ihrem Namen und Ihrer Begründung festgehalten, und dieses Paar meldet sich erst wieder, wenn sich Name oder Land der Partei oder der Listeneintrag ändern.</translation>
        </message>
        <message>
            <source>Countries:</source>
            <translation>Länder:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Land:</translation>
        </message>
        <message>
            <source>Dates of birth:</source>
            <translation>Geburtsdaten:</translation>
        </message>
        <message>
            <source>Is this the listed party?</source>
            <translation>Ist das die gelistete Partei?</translation>
        </message>
        <message>
            <source>Matched name:</source>
            <translation>Getroffener Name:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Namen:</translation>
        </message>
        <message>
            <source>Programmes:</source>
            <translation>Programme:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Anmerkungen:</translation>
        </message>
        <message>
            <source>Review a possible match</source>
            <translation>Möglichen Treffer prüfen</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>Say what tells the party apart from the entry, or what confirms it is the same.</source>
            <translation>Sagen Sie, was die Partei vom Eintrag unterscheidet oder was bestätigt, dass sie dieselbe ist.</translation>
        </message>
        <message>
            <source>Say why in at most {0} characters.</source>
            <translation>Begründen Sie in höchstens {0} Zeichen.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Sagen Sie, warum: z. B. anderes Geburtsdatum, anderes Land, andere Registernummer.</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Wert:</translation>
        </message>
        <message>
            <source>The party</source>
            <translation>Die Partei</translation>
        </message>
        <message>
            <source>Why it was found</source>
            <translation>Warum er gefunden wurde</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Warum:</translation>
        </message>
        <message>
            <source>Why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Warum: z. B. anderes Geburtsdatum, anderes Land, andere Registernummer.</translation>
        </message>
        <message>
            <source>Your review</source>
            <translation>Ihre Prüfung</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>Warenempfänger</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>Endnutzer</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>{0} entry {1}</source>
            <translation>{0}-Eintrag {1}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Konto:</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Passwort des Mailservers</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>The password is kept in memory until you quit Channel Diligence; it is not saved anywhere.</source>
            <translation>Das Passwort bleibt im Arbeitsspeicher, bis Sie Channel Diligence beenden; es wird nirgends gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Seite {0} von {1}</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Vorschau wird vorbereitet…</translation>
        </message>
        <message>
            <source>Preview of the PDF</source>
            <translation>Vorschau des PDFs</translation>
        </message>
        <message>
            <source>The preview could not be shown: {0}</source>
            <translation>Die Vorschau konnte nicht angezeigt werden: {0}</translation>
        </message>
    </context>
    <context>
        <name>PdfPrint</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>{0} kann nicht geschrieben werden: {1}</translation>
        </message>
        <message>
            <source>Print preview: {0}</source>
            <translation>Druckvorschau: {0}</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Printing page {0} of {1}…</source>
            <translation>Seite {0} von {1} wird gedruckt…</translation>
        </message>
        <message>
            <source>Printing was cancelled after {0} of {1} pages.</source>
            <translation>Das Drucken wurde nach {0} von {1} Seiten abgebrochen.</translation>
        </message>
        <message>
            <source>Printing {0}…</source>
            <translation>{0} wird gedruckt…</translation>
        </message>
        <message>
            <source>The printer could not be opened. Check that it is switched on and chosen in the print dialog.</source>
            <translation>Der Drucker konnte nicht geöffnet werden. Prüfen Sie, ob er eingeschaltet und im Druckdialog ausgewählt ist.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Gesperrt bis</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>&amp;Administrator's name:</source>
            <translation>Name der &amp;Administratorin/des Administrators:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Someone else is the senior approver</source>
            <translation>&amp;Jemand anderes gibt auf höchster Ebene frei</translation>
        </message>
        <message>
            <source>Administrator's &amp;e-mail:</source>
            <translation>&amp;E-Mail der Administratorin/des Administrators:</translation>
        </message>
        <message>
            <source>App&amp;rover's passphrase again:</source>
            <translation>Passphrase der F&amp;reigebenden noch einmal:</translation>
        </message>
        <message>
            <source>Appro&amp;ver's name:</source>
            <translation>Name der Freige&amp;benden:</translation>
        </message>
        <message>
            <source>Approver's e-ma&amp;il:</source>
            <translation>E-Ma&amp;il der Freigebenden:</translation>
        </message>
        <message>
            <source>Approver's passp&amp;hrase:</source>
            <translation>Pass&amp;phrase der Freigebenden:</translation>
        </message>
        <message>
            <source>At least 10 characters; a few words are easy to remember. Nobody can read it later, not even an administrator.</source>
            <translation>Mindestens 10 Zeichen; ein paar Wörter sind leicht zu merken. Niemand kann sie später lesen, auch keine Administratorin und kein Administrator.</translation>
        </message>
        <message>
            <source>Leave the passphrase empty to skip this for now.</source>
            <translation>Lassen Sie die Passphrase leer, um diesen Schritt vorerst zu überspringen.</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain:</source>
            <translation>Passphrase noch ein&amp;mal:</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Recommended: decisions are recorded in each person's name, and the senior approver confirms approvals with their own passphrase.</source>
            <translation>Empfohlen: Entscheidungen werden im Namen jeder Person erfasst, und die Freigabe auf höchster Ebene wird mit der eigenen Passphrase bestätigt.</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Die beiden Passphrasen sind verschieden: Geben Sie zweimal dieselbe ein.</translation>
        </message>
    </context>
    <context>
        <name>PeopleWindow</name>
        <message>
            <source>&amp;Add person…</source>
            <translation>Person &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Change &amp;role</source>
            <translation>&amp;Rolle ändern</translation>
        </message>
        <message>
            <source>Managing people needs the role administrator; {0} has the role {1}. You can look at the list; an administrator makes the changes.</source>
            <translation>Personen verwalten erfordert die Rolle Administrator; {0} hat die Rolle {1}. Sie können die Liste ansehen; Änderungen macht ein Administrator.</translation>
        </message>
        <message>
            <source>New role</source>
            <translation>Neue Rolle</translation>
        </message>
        <message>
            <source>Nobody is in the list yet: everything is recorded under this computer's login. Add the first person, the administrator, to record who does what.</source>
            <translation>Noch niemand steht in der Liste: Alles wird unter der Anmeldung dieses Computers aufgezeichnet. Fügen Sie die erste Person hinzu, den Administrator, um festzuhalten, wer was tut.</translation>
        </message>
        <message>
            <source>Nobody is signed in: sign in as an administrator to change the list (Switch person in the status bar).</source>
            <translation>Niemand ist angemeldet: Melden Sie sich als Administrator an, um die Liste zu ändern (Person wechseln in der Statusleiste).</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>R&amp;eactivate</source>
            <translation>Re&amp;aktivieren</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;olle:</translation>
        </message>
        <message>
            <source>Reset &amp;passphrase…</source>
            <translation>&amp;Passphrase zurücksetzen…</translation>
        </message>
        <message>
            <source>You are working as {0}, administrator: you can add people, change roles, deactivate people and reset passphrases.</source>
            <translation>Sie arbeiten als {0}, Administrator: Sie können Personen hinzufügen, Rollen ändern, Personen deaktivieren und Passphrasen zurücksetzen.</translation>
        </message>
        <message>
            <source>{0} &lt;{1}&gt; was added as {2}.</source>
            <translation>{0} &lt;{1}&gt; wurde als {2} hinzugefügt.</translation>
        </message>
        <message>
            <source>{0} has a new passphrase: tell it to them.</source>
            <translation>{0} hat eine neue Passphrase: Teilen Sie sie ihr oder ihm mit.</translation>
        </message>
        <message>
            <source>{0} is active again.</source>
            <translation>{0} ist wieder aktiv.</translation>
        </message>
        <message>
            <source>{0} is no longer active: they cannot sign in or act; what they did keeps their name.</source>
            <translation>{0} ist nicht mehr aktiv: Anmelden und Handeln sind nicht mehr möglich; was die Person getan hat, behält ihren Namen.</translation>
        </message>
        <message>
            <source>{0} now has the role {1}.</source>
            <translation>{0} hat jetzt die Rolle {1}.</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminder</name>
        <message>
            <source>Adopted</source>
            <translation>Verabschiedet</translation>
        </message>
        <message>
            <source>Next review in {0} days</source>
            <translation>Nächste Überprüfung in {0} Tagen</translation>
        </message>
        <message>
            <source>No policy adopted</source>
            <translation>Keine Richtlinie verabschiedet</translation>
        </message>
        <message>
            <source>Review due in {0} days</source>
            <translation>Überprüfung in {0} Tagen fällig</translation>
        </message>
        <message>
            <source>Review due today</source>
            <translation>Überprüfung heute fällig</translation>
        </message>
        <message>
            <source>Review due tomorrow</source>
            <translation>Überprüfung morgen fällig</translation>
        </message>
        <message>
            <source>Review overdue by 1 day</source>
            <translation>Überprüfung seit 1 Tag überfällig</translation>
        </message>
        <message>
            <source>Review overdue by {0} days</source>
            <translation>Überprüfung seit {0} Tagen überfällig</translation>
        </message>
        <message>
            <source>The yearly review of your human rights policy is due (review date {0}). Open it from the Policy menu, check it is still right and adopt it again.</source>
            <translation>Die jährliche Überprüfung Ihrer Menschenrechtsrichtlinie ist fällig (Termin: {0}). Öffnen Sie sie über das Menü „Richtlinie“, prüfen Sie, ob sie noch stimmt, und verabschieden Sie sie erneut.</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The UN Guiding Principles expect one; the policy wizard writes it with you in about half an hour (Policy menu).</source>
            <translation>Ihr Unternehmen hat noch keine Menschenrechtsrichtlinie. Die UN-Leitprinzipien erwarten eine; der Richtlinien-Assistent erstellt sie mit Ihnen in etwa einer halben Stunde (Menü „Richtlinie“).</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminderBar</name>
        <message>
            <source>Open the human rights policy</source>
            <translation>Menschenrechtsrichtlinie öffnen</translation>
        </message>
        <message>
            <source>Open the policy…</source>
            <translation>Richtlinie öffnen…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWindow</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Übersicht</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>&amp;Versionen</translation>
        </message>
        <message>
            <source>Co&amp;mmunication</source>
            <translation>&amp;Kommunikation</translation>
        </message>
        <message>
            <source>Export the policy as {0}</source>
            <translation>Richtlinie als {0} exportieren</translation>
        </message>
        <message>
            <source>Human rights policy</source>
            <translation>Menschenrechtsrichtlinie</translation>
        </message>
        <message>
            <source>Human rights policy — Channel Diligence</source>
            <translation>Menschenrechtsrichtlinie — Channel Diligence</translation>
        </message>
        <message>
            <source>Human rights policy, version {0}</source>
            <translation>Menschenrechtsrichtlinie, Version {0}</translation>
        </message>
        <message>
            <source>It is the draft, marked DRAFT: adopt the policy before you publish it.</source>
            <translation>Dies ist der Entwurf, markiert mit ENTWURF: Verabschieden Sie die Richtlinie, bevor Sie sie veröffentlichen.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} gespeichert.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <source>The policy could not be exported: {0}</source>
            <translation>Die Richtlinie konnte nicht exportiert werden: {0}</translation>
        </message>
        <message>
            <source>The policy was not printed: {0}</source>
            <translation>Die Richtlinie wurde nicht gedruckt: {0}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: write the policy first.</source>
            <translation>Es gibt noch nichts zu exportieren: Schreiben Sie zuerst die Richtlinie.</translation>
        </message>
        <message>
            <source>Version {0} is adopted. Next: print or publish it, and record to whom you sent it (Communication).</source>
            <translation>Version {0} ist verabschiedet. Als Nächstes: Drucken oder veröffentlichen Sie sie und erfassen Sie, an wen Sie sie gesendet haben (Kommunikation).</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Webseiten (*.html *.htm)</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>{0} wird geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWizard</name>
        <message>
            <source>&amp;Adopt</source>
            <translation>Ver&amp;abschieden</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>Wei&amp;ter &gt;</translation>
        </message>
        <message>
            <source>&amp;Save and close</source>
            <translation>&amp;Speichern und schließen</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine Angabe)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(optional)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>Adopt the policy as approved by the senior person named on this page.</source>
            <translation>Die Richtlinie verabschieden, wie von der auf dieser Seite genannten Führungskraft genehmigt.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Die Verabschiedung der Menschenrechtsrichtlinie braucht die Bestätigung der Freigabe auf höchster Ebene: Wählen Sie die freigebende Person und lassen Sie sie ihre eigene Passphrase eingeben.</translation>
        </message>
        <message>
            <source>Draft saved {0}.</source>
            <translation>Entwurf gespeichert: {0}.</translation>
        </message>
        <message>
            <source>Enter the approver's job title, for example Managing Director.</source>
            <translation>Geben Sie die Funktion der genehmigenden Person ein, zum Beispiel Geschäftsführer.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approves the policy: the owner, managing director or a board member.</source>
            <translation>Geben Sie den Namen der Führungskraft ein, die die Richtlinie genehmigt: Inhaber, Geschäftsführung oder ein Mitglied des Vorstands.</translation>
        </message>
        <message>
            <source>For example: {0}</source>
            <translation>Zum Beispiel: {0}</translation>
        </message>
        <message>
            <source>Human rights policy — version {0} (draft)</source>
            <translation>Menschenrechtsrichtlinie — Version {0} (Entwurf)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>One per line, for example: {0}</source>
            <translation>Eine Angabe pro Zeile, zum Beispiel: {0}</translation>
        </message>
        <message>
            <source>Saved, except {0}: shorten the text to save it.</source>
            <translation>Gespeichert, außer {0}: Kürzen Sie den Text, um ihn zu speichern.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Schritt {0} von {1}</translation>
        </message>
        <message>
            <source>Step {0} of {1}: the senior approver adopts the policy</source>
            <translation>Schritt {0} von {1}: Die freigabeberechtigte Führungskraft verabschiedet die Richtlinie</translation>
        </message>
        <message>
            <source>Your draft is saved as you type; you can continue it later.</source>
            <translation>Ihr Entwurf wird beim Tippen gespeichert; Sie können ihn später fortsetzen.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation>&amp;Artikelnummer:</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>&amp;Hersteller:</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Geben Sie die Artikelnummer des Produkts ein.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Geben Sie den Namen des Produkts ein.</translation>
        </message>
        <message>
            <source>Risk &amp;category:</source>
            <translation>Risiko&amp;kategorie:</translation>
        </message>
        <message>
            <source>The category says what the product can do. Surveillance-capable products (cameras, biometrics, analytics, network monitoring) are screened more closely.</source>
            <translation>Die Kategorie sagt, was das Produkt kann. Produkte, die sich zur Überwachung eignen (Kameras, Biometrie, Analyse, Netzwerküberwachung), werden genauer geprüft.</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <source>&amp;New product…</source>
            <translation>&amp;Neues Produkt…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>Risk category</source>
            <translation>Risikokategorie</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnummer</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Hersteller</translation>
        </message>
        <message>
            <source>What you sell. The risk category says what a product can do; surveillance-capable products are screened more closely.</source>
            <translation>Was Sie verkaufen. Die Risikokategorie sagt, was ein Produkt kann; Produkte, die sich zur Überwachung eignen, werden genauer geprüft.</translation>
        </message>
    </context>
    <context>
        <name>QuestionItem</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nein</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Not &amp;sure yet</source>
            <translation>Noch nicht &amp;sicher</translation>
        </message>
        <message>
            <source>Note (optional): what the customer told you</source>
            <translation>Bemerkung (optional): was der Kunde Ihnen gesagt hat</translation>
        </message>
        <message>
            <source>Note for: {0}</source>
            <translation>Bemerkung zu: {0}</translation>
        </message>
        <message>
            <source>This answer points to a risk: say in the decision how it is addressed.</source>
            <translation>Diese Antwort weist auf ein Risiko hin: Schreiben Sie in der Entscheidung, wie damit umgegangen wird.</translation>
        </message>
    </context>
    <context>
        <name>ReceivedTable</name>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Antwort erfasst</translation>
        </message>
        <message>
            <source>Answered, sending failed</source>
            <translation>Beantwortet, Versand fehlgeschlagen</translation>
        </message>
        <message>
            <source>Answered, sent</source>
            <translation>Beantwortet, gesendet</translation>
        </message>
        <message>
            <source>Answered, waiting to send</source>
            <translation>Beantwortet, wartet auf Versand</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Received packets</source>
            <translation>Eingegangene Pakete</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Wiederverkäufer</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>&amp;Open Channel Diligence</source>
            <translation>Channel Diligence ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>All reminders…</source>
            <translation>Alle Erinnerungen…</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence: nothing is due</source>
            <translation>Channel Diligence: nichts ist fällig</translation>
        </message>
        <message>
            <source>Channel Diligence: {0} reminders</source>
            <translation>Channel Diligence: {0} Erinnerungen</translation>
        </message>
        <message>
            <source>No system tray here: reminders are not notified, and closing the window quits the app.</source>
            <translation>Kein Infobereich: keine Erinnerungshinweise, und das Schließen des Fensters beendet die App.</translation>
        </message>
        <message>
            <source>Nothing is due</source>
            <translation>Nichts ist fällig</translation>
        </message>
        <message>
            <source>Still running in the tray: reminders keep coming. Quit from the tray icon's menu.</source>
            <translation>Läuft weiter im Infobereich: Erinnerungen kommen weiterhin. Beenden Sie über das Menü des Symbols im Infobereich.</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettingsBox</name>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Remind of an order &amp;held for more than:</source>
            <translation>An einen &amp;angehaltenen Auftrag erinnern nach mehr als:</translation>
        </message>
        <message>
            <source>Remind when the criteria &amp;pack is older than:</source>
            <translation>Erinnern, wenn der &amp;Kriterienkatalog älter ist als:</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Reminders also name follow-ups that are due, e-mails that could not be sent, answers from the distributor and the policy's yearly review. The age at which a sanctions list reminds is set in the Sanctions lists box.</source>
            <translation>Erinnerungen nennen auch fällige Wiedervorlagen, E-Mails, die nicht gesendet werden konnten, Antworten des Distributors und die jährliche Überprüfung der Richtlinie. Ab welchem Alter eine Sanktionsliste erinnert, wird im Bereich Sanktionslisten eingestellt.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Include names of customers and people</source>
            <translation>Namen von Kunden und Personen &amp;aufnehmen</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Quartal:</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Fügen Sie zuerst im Unternehmensprofil einen Distributor mit einer E-Mail-Adresse für Eskalationen hinzu.</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Meldung erstellen und PDF-Vorschau anzeigen</translation>
        </message>
        <message>
            <source>Choose the quarter.</source>
            <translation>Wählen Sie das Quartal.</translation>
        </message>
        <message>
            <source>Counting the quarter and building the report…</source>
            <translation>Das Quartal wird gezählt und der Bericht erstellt…</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Sorgfaltsbericht</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Namen:</translation>
        </message>
        <message>
            <source>Q{0} {1}</source>
            <translation>Q{0} {1}</translation>
        </message>
        <message>
            <source>Report already sent</source>
            <translation>Bericht bereits gesendet</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>&amp;Senden an:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>Die Meldung wurde nicht erstellt: {0}</translation>
        </message>
        <message>
            <source>The {0} report was already sent or saved for {1}: building it again makes a new one.</source>
            <translation>Der Bericht für {0} wurde bereits für {1} gesendet oder gespeichert: Wird er erneut erstellt, entsteht ein neuer.</translation>
        </message>
        <message>
            <source>What you screened in a quarter, for your distributor: orders by risk tier, product category and destination, what was held, declined and escalated, follow-ups, your policy and the criteria pack and lists you used. The guidance asks resellers to share this up the chain regularly.</source>
            <translation>Was Sie in einem Quartal geprüft haben, für Ihren Distributor: Aufträge nach Risikostufe, Produktkategorie und Zielregion, was angehalten, abgelehnt und eskaliert wurde, Nachverfolgungen, Ihre Grundsatzerklärung sowie das Kriterienpaket und die Listen, die Sie verwendet haben. Der Leitfaden bittet Wiederverkäufer, dies regelmäßig in der Lieferkette weiterzugeben.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent. Without the tick, it names no customers and no people: only counts.</source>
            <translation>Sie sehen den Bericht als PDF, bevor etwas gesendet wird. Ohne das Häkchen nennt er keine Kunden und keine Personen: nur Zahlen.</translation>
        </message>
        <message>
            <source>{0} (under way)</source>
            <translation>{0} (laufend)</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
        <message>
            <source>({0}) {1}</source>
            <translation>({0}) {1}</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Erfüllt</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPanel</name>
        <message>
            <source>Draft saved</source>
            <translation>Entwurf gespeichert</translation>
        </message>
        <message>
            <source>Met once the adopted policy is recorded as sent or shown to staff or partners (the Communication tab of the policy window).</source>
            <translation>Erfüllt, sobald erfasst ist, dass die verabschiedete Richtlinie Beschäftigten oder Partnern gesendet oder gezeigt wurde (Reiter Kommunikation im Richtlinienfenster).</translation>
        </message>
        <message>
            <source>Met when the policy is adopted on the last page.</source>
            <translation>Erfüllt, sobald die Richtlinie auf der letzten Seite verabschiedet wird.</translation>
        </message>
        <message>
            <source>Principle 16 checklist</source>
            <translation>Checkliste zu Leitprinzip 16</translation>
        </message>
        <message>
            <source>Principle 16 of the UN Guiding Principles lists five elements, (a) to (e), of a human rights policy statement.</source>
            <translation>Leitprinzip 16 der UN-Leitprinzipien nennt fünf Elemente, a) bis e), einer Grundsatzerklärung zu Menschenrechten.</translation>
        </message>
        <message>
            <source>{0} of {1} met</source>
            <translation>{0} von {1} erfüllt</translation>
        </message>
    </context>
    <context>
        <name>RescreenDialog</name>
        <message>
            <source>&amp;Screen again</source>
            <translation>Erneut &amp;prüfen</translation>
        </message>
        <message>
            <source>1 changed (listed below).</source>
            <translation>1 hat sich geändert (siehe unten).</translation>
        </message>
        <message>
            <source>1 order screened again.</source>
            <translation>1 Auftrag erneut geprüft.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Each order is screened with the criteria pack in use and what the catalog knows now: product categories and customer types the order left blank are filled in from the catalog. The earlier screening stays in the order's history, with an entry saying what changed. A decision that no longer fits the new screening no longer applies, as after an edit.</source>
            <translation>Jeder Auftrag wird mit dem verwendeten Kriterienpaket und dem heutigen Stand des Katalogs geprüft: Produktkategorien und Kundentypen, die im Auftrag leer sind, werden aus dem Katalog ergänzt. Die frühere Prüfung bleibt im Verlauf des Auftrags, mit einem Eintrag, was sich geändert hat. Eine Entscheidung, die nicht mehr zur neuen Prüfung passt, gilt nicht mehr, wie nach einer Bearbeitung.</translation>
        </message>
        <message>
            <source>Every order that is not declined is screened again.</source>
            <translation>Jeder nicht abgelehnte Auftrag wird erneut geprüft.</translation>
        </message>
        <message>
            <source>No screening result changed.</source>
            <translation>Kein Prüfergebnis hat sich geändert.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Orders whose screening changed</source>
            <translation>Aufträge mit geändertem Prüfergebnis</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Screen all open orders again</source>
            <translation>Alle offenen Aufträge erneut prüfen</translation>
        </message>
        <message>
            <source>Screen orders again</source>
            <translation>Aufträge erneut prüfen</translation>
        </message>
        <message>
            <source>Screen the selected order again</source>
            <translation>Den ausgewählten Auftrag erneut prüfen</translation>
        </message>
        <message>
            <source>Screen {0} selected orders again</source>
            <translation>{0} ausgewählte Aufträge erneut prüfen</translation>
        </message>
        <message>
            <source>Screened again</source>
            <translation>Erneut geprüft</translation>
        </message>
        <message>
            <source>Screening again stopped</source>
            <translation>Erneute Prüfung abgebrochen</translation>
        </message>
        <message>
            <source>Screening again…</source>
            <translation>Erneute Prüfung…</translation>
        </message>
        <message>
            <source>Screening progress</source>
            <translation>Fortschritt der Prüfung</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>The orders could not be screened again</source>
            <translation>Die Aufträge konnten nicht erneut geprüft werden</translation>
        </message>
        <message>
            <source>The other orders were not screened again.</source>
            <translation>Die übrigen Aufträge wurden nicht erneut geprüft.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>You can cancel at any time: the orders screened so far keep their new screening.</source>
            <translation>Sie können jederzeit abbrechen: Bereits geprüfte Aufträge behalten ihre neue Prüfung.</translation>
        </message>
        <message>
            <source>new warnings: {0}</source>
            <translation>neue Warnungen: {0}</translation>
        </message>
        <message>
            <source>no longer on hold</source>
            <translation>nicht mehr angehalten</translation>
        </message>
        <message>
            <source>now on hold</source>
            <translation>jetzt angehalten</translation>
        </message>
        <message>
            <source>screened with the current pack, same result</source>
            <translation>mit dem aktuellen Paket geprüft, gleiches Ergebnis</translation>
        </message>
        <message>
            <source>the earlier decision no longer applies</source>
            <translation>die frühere Entscheidung gilt nicht mehr</translation>
        </message>
        <message>
            <source>warnings gone: {0}</source>
            <translation>entfallene Warnungen: {0}</translation>
        </message>
        <message>
            <source>{0} changed (listed below).</source>
            <translation>{0} haben sich geändert (siehe unten).</translation>
        </message>
        <message>
            <source>{0} of {1} orders</source>
            <translation>{0} von {1} Aufträgen</translation>
        </message>
        <message>
            <source>{0} orders screened again.</source>
            <translation>{0} Aufträge erneut geprüft.</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseDialog</name>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>A new passphrase for {0} &lt;{1}&gt;: the old one stops working, and a lock after wrong passphrases is lifted.</source>
            <translation>Eine neue Passphrase für {0} &lt;{1}&gt;: Die alte gilt nicht mehr, und eine Sperre nach falschen Passphrasen wird aufgehoben.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Reset passphrase</source>
            <translation>Passphrase zurücksetzen</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Die beiden Passphrasen sind verschieden: Geben Sie zweimal dieselbe ein.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>A copy of the database is made every day you use the app and kept for 14 days, in {0}. Restoring replaces all current data with the copy; the data as it is now is copied aside first, so a restore can itself be undone.</source>
            <translation>An jedem Tag, an dem Sie die App nutzen, wird eine Kopie der Datenbank erstellt und 14 Tage lang aufbewahrt, in {0}. Beim Wiederherstellen werden alle aktuellen Daten durch die Kopie ersetzt; die Daten im jetzigen Zustand werden vorher gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Channel Diligence backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Channel-Diligence-Sicherungen (*.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Checking and restoring {0}…</source>
            <translation>{0} wird geprüft und wiederhergestellt…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Nothing was restored: close the open windows first.</source>
            <translation>Es wurde nichts wiederhergestellt: Schließen Sie zuerst die geöffneten Fenster.</translation>
        </message>
        <message>
            <source>Nothing was restored: {0}</source>
            <translation>Es wurde nichts wiederhergestellt: {0}</translation>
        </message>
        <message>
            <source>Replace all current data with the backup {0}?

The data as it is now is copied aside first. Open order and policy windows are closed, and the app then opens the restored data.</source>
            <translation>Alle aktuellen Daten durch die Sicherung {0} ersetzen?

Die Daten im jetzigen Zustand werden vorher gesichert. Geöffnete Auftrags- und Richtlinienfenster werden geschlossen, danach öffnet die App die wiederhergestellten Daten.</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Aus &amp;Datei wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Aus Datei wiederherstellen</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restored from {0}. The data as it was before is kept in {1}. Close this window: the app opens the restored data.</source>
            <translation>Aus {0} wiederhergestellt. Die Daten im vorherigen Zustand liegen in {1}. Schließen Sie dieses Fenster: Die App öffnet die wiederhergestellten Daten.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>There are no backups yet: File &gt; Back up now makes one.</source>
            <translation>Es gibt noch keine Sicherungen: Datei &gt; Jetzt sichern erstellt eine.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>vor einer Wiederherstellung</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPanel</name>
        <message>
            <source>Add a customer, a product and the intended use to see the screening.</source>
            <translation>Fügen Sie einen Kunden, ein Produkt und den Verwendungszweck hinzu, um die Prüfung zu sehen.</translation>
        </message>
        <message>
            <source>Blocked: {0}</source>
            <translation>Gesperrt: {0}</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Nothing in this order raises a concern.</source>
            <translation>Bei diesem Auftrag gibt es keine Bedenken.</translation>
        </message>
        <message>
            <source>On hold: {0}</source>
            <translation>Angehalten: {0}</translation>
        </message>
        <message>
            <source>Review the possible match with {0} entry {1}</source>
            <translation>Den möglichen Treffer mit {0}-Eintrag {1} prüfen</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Prüfen…</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Screening result</source>
            <translation>Prüfergebnis</translation>
        </message>
        <message>
            <source>The products, their use and the destination raise no special risk, but a party of the order resembles a name on a sanctions list: see below.</source>
            <translation>Produkte, Verwendung und Bestimmungsland bergen kein besonderes Risiko, aber eine Partei des Auftrags ähnelt einem Namen auf einer Sanktionsliste: siehe unten.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Nothing to fill in here: this section of the policy is standard text. Read it in the preview of the draft.</source>
            <translation>Hier gibt es nichts auszufüllen: Dieser Abschnitt der Richtlinie ist Standardtext. Lesen Sie ihn in der Vorschau des Entwurfs.</translation>
        </message>
        <message>
            <source>Press Enter to start the next item.</source>
            <translation>Drücken Sie die Eingabetaste, um den nächsten Punkt zu beginnen.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source> inside {element}</source>
            <translation> in {element}</translation>
        </message>
        <message>
            <source>"{text}" is not a period: write a quarter like 2026Q4, a month like 2026-11 or a year like 2026.</source>
            <translation>„{text}“ ist kein Zeitraum: Geben Sie ein Quartal wie 2026Q4, einen Monat wie 2026-11 oder ein Jahr wie 2026 an.</translation>
        </message>
        <message>
            <source>'{address}' is not a web address: it starts with https:// and names the publisher's server.</source>
            <translation>„{address}“ ist keine Webadresse: Sie beginnt mit https:// und nennt den Server des Herausgebers der Liste.</translation>
        </message>
        <message>
            <source>'{address}' is not an e-mail address.</source>
            <translation>„{address}“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>'{country}' is not an ISO 3166-1 country code.</source>
            <translation>„{country}“ ist kein Ländercode nach ISO 3166-1.</translation>
        </message>
        <message>
            <source>'{outcome}' is not a decision.</source>
            <translation>„{outcome}“ ist keine Entscheidung.</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>„{text}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>'{value}' is no date order: day first is 'dmy', month first 'mdy'.</source>
            <translation>'{value}' ist keine Datumsreihenfolge: Tag zuerst ist 'dmy', Monat zuerst 'mdy'.</translation>
        </message>
        <message>
            <source>'{value}' is no sales model: an order taken by a salesperson is 'assisted', one placed in a webshop 'self_service'.</source>
            <translation>„{value}“ ist kein Vertriebsmodell: Ein von einem Verkäufer aufgenommener Auftrag ist „assisted“, einer aus einem Webshop „self_service“.</translation>
        </message>
        <message>
            <source>'{value}' is not a customer type of the criteria pack in use; choose one of: {types}.</source>
            <translation>'{value}' ist kein Kundentyp des verwendeten Kriterienpakets; wählen Sie einen von: {types}.</translation>
        </message>
        <message>
            <source>'{value}' is not a date: enter it as YYYY-MM-DD.</source>
            <translation>„{value}“ ist kein Datum: Geben Sie es als JJJJ-MM-TT ein.</translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 3166-1 alpha-2 country code</source>
            <translation>„{value}“ ist kein Ländercode nach ISO 3166-1 Alpha-2</translation>
        </message>
        <message>
            <source>(The server said: {reason})</source>
            <translation>(Antwort des Servers: {reason})</translation>
        </message>
        <message>
            <source>1 change compared with the pack in use:</source>
            <translation>1 Änderung gegenüber dem verwendeten Katalog:</translation>
        </message>
        <message>
            <source>1 match gone</source>
            <translation>1 Treffer entfallen</translation>
        </message>
        <message>
            <source>1 match now only possible</source>
            <translation>1 Treffer jetzt nur noch möglich</translation>
        </message>
        <message>
            <source>1 new match</source>
            <translation>1 neuer Treffer</translation>
        </message>
        <message>
            <source>1 new possible match</source>
            <translation>1 neuer möglicher Treffer</translation>
        </message>
        <message>
            <source>A catalog customer is reviewed as the customer.</source>
            <translation>Ein Kunde aus dem Katalog wird als Kunde geprüft.</translation>
        </message>
        <message>
            <source>A different pack with the same id and version ({pack} {version}) is already installed. Ask its issuer for a new version number. Nothing was imported.</source>
            <translation>Ein anderer Katalog mit derselben ID und Version ({pack} {version}) ist bereits installiert. Bitten Sie den Herausgeber um eine neue Versionsnummer. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>A follow-up is due today: order {refs}.</source>
            <translation>Eine Wiedervorlage ist heute fällig: Auftrag {refs}.</translation>
        </message>
        <message>
            <source>A follow-up is overdue: order {refs}.</source>
            <translation>Eine Wiedervorlage ist überfällig: Auftrag {refs}.</translation>
        </message>
        <message>
            <source>A name may have at most {count} characters.</source>
            <translation>Ein Name darf höchstens {count} Zeichen haben.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to check: a party's name has at most 1,000.</source>
            <translation>Ein Name mit {count} Zeichen ist zu lang für die Prüfung: Der Name einer Partei hat höchstens 1.000 Zeichen.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to review: a party's name has at most 1,000.</source>
            <translation>Ein Name mit {count} Zeichen ist zu lang für eine Prüfung: Der Name einer Partei hat höchstens 1.000.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match): nobody can approve it, the only possible decision is to decline, and the distributor must be told through the misuse report or an escalation.</source>
            <translation>Eine Partei dieses Auftrags steht auf einer Sanktionsliste (ein bestätigter Treffer): Niemand kann ihn genehmigen, die einzig mögliche Entscheidung ist die Ablehnung, und der Distributor muss über die Missbrauchsmeldung oder eine Eskalation informiert werden.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list: it can only be declined, there is nothing to escalate. Tell the distributor with the misuse report.</source>
            <translation>Eine Partei dieses Auftrags steht auf einer Sanktionsliste: Er kann nur abgelehnt werden, es gibt nichts zu eskalieren. Informieren Sie den Distributor mit der Missbrauchsmeldung.</translation>
        </message>
        <message>
            <source>A passphrase may have at most {count} characters.</source>
            <translation>Eine Passphrase darf höchstens {count} Zeichen haben.</translation>
        </message>
        <message>
            <source>A passphrase must not be the person's name or e-mail address.</source>
            <translation>Die Passphrase darf nicht der Name oder die E-Mail-Adresse der Person sein.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters; a few words are easy to remember.</source>
            <translation>Eine Passphrase braucht mindestens {count} Zeichen; einige Wörter lassen sich leicht merken.</translation>
        </message>
        <message>
            <source>A passphrase needs more than one or two different characters.</source>
            <translation>Eine Passphrase braucht mehr als ein oder zwei verschiedene Zeichen.</translation>
        </message>
        <message>
            <source>A possible match is reviewed on an order or a catalog customer.</source>
            <translation>Ein möglicher Treffer wird an einem Auftrag oder einem Kunden aus dem Katalog geprüft.</translation>
        </message>
        <message>
            <source>A private key is {expected} bytes long, not {size}.</source>
            <translation>Ein privater Schlüssel ist {expected} Bytes lang, nicht {size}.</translation>
        </message>
        <message>
            <source>A public key is {expected} bytes long, not {size}.</source>
            <translation>Ein öffentlicher Schlüssel ist {expected} Bytes lang, nicht {size}.</translation>
        </message>
        <message>
            <source>A {tier}-risk order may proceed only with the approval of {approver}.</source>
            <translation>Ein Auftrag der Risikostufe „{tier}“ darf nur mit Genehmigung von {approver} fortgesetzt werden.</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Fügen Sie zuerst im Unternehmensprofil einen Distributor mit einer E-Mail-Adresse für Eskalationen hinzu.</translation>
        </message>
        <message>
            <source>Add at least one item: this is needed before the policy can be adopted.</source>
            <translation>Fügen Sie mindestens einen Punkt hinzu: Das ist nötig, bevor die Richtlinie verabschiedet werden kann.</translation>
        </message>
        <message>
            <source>Add at least one product line.</source>
            <translation>Fügen Sie mindestens eine Produktposition hinzu.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Die Verabschiedung der Menschenrechtsrichtlinie braucht die Bestätigung der Freigabe auf höchster Ebene: Wählen Sie die freigebende Person und lassen Sie sie ihre eigene Passphrase eingeben.</translation>
        </message>
        <message>
            <source>An approval with conditions must list them.</source>
            <translation>Eine Genehmigung unter Auflagen muss die Auflagen aufführen.</translation>
        </message>
        <message>
            <source>An e-mail could not be sent: open the outbox to retry or export it.</source>
            <translation>Eine E-Mail konnte nicht gesendet werden: Öffnen Sie den Postausgang, um sie erneut zu senden oder zu exportieren.</translation>
        </message>
        <message>
            <source>An order with the reference {reference} already exists.</source>
            <translation>Ein Auftrag mit der Referenz {reference} existiert bereits.</translation>
        </message>
        <message>
            <source>Another backup of this database is running. Try again in a minute.</source>
            <translation>Eine andere Sicherung dieser Datenbank läuft gerade. Versuchen Sie es in einer Minute erneut.</translation>
        </message>
        <message>
            <source>Another product already has the SKU {sku}.</source>
            <translation>Ein anderes Produkt hat bereits die Artikelnummer {sku}.</translation>
        </message>
        <message>
            <source>Another program is writing to the database {path} and did not finish in time, so nothing was saved. Wait a moment and try again; if it keeps happening, close other copies of Channel Diligence.</source>
            <translation>Ein anderes Programm schreibt gerade in die Datenbank {path} und ist nicht rechtzeitig fertig geworden, daher wurde nichts gespeichert. Warten Sie einen Moment und versuchen Sie es erneut. Wenn das immer wieder passiert, schließen Sie andere Channel-Diligence-Fenster.</translation>
        </message>
        <message>
            <source>Answer yes, no or not sure yet (unknown).</source>
            <translation>Antworten Sie mit „Ja“, „Nein“ oder „Noch nicht sicher“ (unknown).</translation>
        </message>
        <message>
            <source>Answering checklists</source>
            <translation>Checklisten beantworten</translation>
        </message>
        <message>
            <source>Approved at the approver's own desk, with their passphrase.</source>
            <translation>Am eigenen Arbeitsplatz der freigebenden Person freigegeben, mit deren Passphrase.</translation>
        </message>
        <message>
            <source>Approved at the most senior level</source>
            <translation>Auf höchster Führungsebene genehmigt</translation>
        </message>
        <message>
            <source>Approving orders that need the senior approver</source>
            <translation>Aufträge freigeben, die die freigabeberechtigte Führungskraft brauchen</translation>
        </message>
        <message>
            <source>Asking for approval at the approver's own desk needs the people who use the app: set them up first, or let the approver confirm in this form.</source>
            <translation>Eine Freigabe am Arbeitsplatz der freigebenden Person anzufragen setzt die Personen voraus, die die App nutzen: richten Sie sie zuerst ein, oder lassen Sie die freigebende Person in diesem Formular bestätigen.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {error}.</source>
            <translation>{file} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {error}.</source>
            <translation>In {folder} kann nicht geschrieben werden: {error}.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {error}.</source>
            <translation>{file} kann nicht geschrieben werden: {error}.</translation>
        </message>
        <message>
            <source>Changed: {fields}.</source>
            <translation>Geändert: {fields}.</translation>
        </message>
        <message>
            <source>Changing settings</source>
            <translation>Einstellungen ändern</translation>
        </message>
        <message>
            <source>Checklist answered</source>
            <translation>Checkliste beantwortet</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Fragen der Checkliste</translation>
        </message>
        <message>
            <source>Checklist: 1 question answered.</source>
            <translation>Checkliste: 1 Frage beantwortet.</translation>
        </message>
        <message>
            <source>Checklist: {count} questions answered.</source>
            <translation>Checkliste: {count} Fragen beantwortet.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter.</source>
            <translation>Wählen Sie A4 oder Letter.</translation>
        </message>
        <message>
            <source>Choose STARTTLS, SSL or none.</source>
            <translation>Wählen Sie STARTTLS, SSL oder „Keine“.</translation>
        </message>
        <message>
            <source>Choose approved, approved with conditions or rejected.</source>
            <translation>Wählen Sie „Genehmigt“, „Unter Auflagen genehmigt“ oder „Abgelehnt“.</translation>
        </message>
        <message>
            <source>Choose approved, approved_with_conditions or rejected.</source>
            <translation>Wählen Sie approved, approved_with_conditions oder rejected.</translation>
        </message>
        <message>
            <source>Choose at least one safeguard or write down the conditions.</source>
            <translation>Wählen Sie mindestens eine Schutzmaßnahme oder schreiben Sie die Auflagen auf.</translation>
        </message>
        <message>
            <source>Choose distributor or reseller.</source>
            <translation>Wählen Sie Distributor oder Wiederverkäufer.</translation>
        </message>
        <message>
            <source>Choose how you sell.</source>
            <translation>Wählen Sie aus, wie Sie verkaufen.</translation>
        </message>
        <message>
            <source>Choose one of: {choices}.</source>
            <translation>Wählen Sie eine dieser Optionen: {choices}.</translation>
        </message>
        <message>
            <source>Choose one: this is needed before the policy can be adopted.</source>
            <translation>Wählen Sie eine Option: Das ist nötig, bevor die Richtlinie verabschiedet werden kann.</translation>
        </message>
        <message>
            <source>Choose password or OAuth2 sign-in.</source>
            <translation>Wählen Sie Passwort oder OAuth2-Anmeldung.</translation>
        </message>
        <message>
            <source>Choose pdf, html or txt.</source>
            <translation>Wählen Sie pdf, html oder txt.</translation>
        </message>
        <message>
            <source>Choose the column that holds the order reference.</source>
            <translation>Wählen Sie die Spalte mit der Auftragsreferenz.</translation>
        </message>
        <message>
            <source>Choose the country your company is based in.</source>
            <translation>Wählen Sie das Land, in dem Ihr Unternehmen seinen Sitz hat.</translation>
        </message>
        <message>
            <source>Choose the date of the next review, usually one year after approval.</source>
            <translation>Wählen Sie das Datum der nächsten Überprüfung, meist ein Jahr nach der Genehmigung.</translation>
        </message>
        <message>
            <source>Choose the order or the customer this is about.</source>
            <translation>Wählen Sie den Auftrag oder den Kunden, um den es geht.</translation>
        </message>
        <message>
            <source>Choose the product's category.</source>
            <translation>Wählen Sie die Kategorie des Produkts.</translation>
        </message>
        <message>
            <source>Choose the size of your company.</source>
            <translation>Wählen Sie die Größe Ihres Unternehmens.</translation>
        </message>
        <message>
            <source>Choose what you recommend: approve, approve with conditions, reject, or no recommendation.</source>
            <translation>Wählen Sie Ihre Empfehlung: genehmigen, unter Auflagen genehmigen, ablehnen oder keine Empfehlung.</translation>
        </message>
        <message>
            <source>Choose who received the policy: {choices}.</source>
            <translation>Wählen Sie aus, wer die Richtlinie erhalten hat: {choices}.</translation>
        </message>
        <message>
            <source>Concerned: {names}.</source>
            <translation>Betroffen: {names}.</translation>
        </message>
        <message>
            <source>Conditions only go with an approval with conditions; this answer is {outcome}. Nothing was recorded: leave the conditions out, or choose approved with conditions.</source>
            <translation>Auflagen gibt es nur bei einer Genehmigung unter Auflagen; diese Antwort lautet „{outcome}“. Es wurde nichts erfasst: Lassen Sie die Auflagen weg oder wählen Sie „Unter Auflagen genehmigt“.</translation>
        </message>
        <message>
            <source>Confirmed the same party by {who} on {date}: {reason}</source>
            <translation>Als dieselbe Partei bestätigt von {who} am {date}: {reason}</translation>
        </message>
        <message>
            <source>Consignee country (if not the destination)</source>
            <translation>Land des Warenempfängers (falls nicht das Bestimmungsland)</translation>
        </message>
        <message>
            <source>Consignee name (company receiving the goods)</source>
            <translation>Name des Warenempfängers (Firma, die die Ware erhält)</translation>
        </message>
        <message>
            <source>Consignee person name (where no company is given)</source>
            <translation>Personenname des Warenempfängers (wo keine Firma angegeben ist)</translation>
        </message>
        <message>
            <source>Contradicts: the country {country} is not the entry's ({countries}).</source>
            <translation>Spricht dagegen: Das Land {country} ist nicht das des Eintrags ({countries}).</translation>
        </message>
        <message>
            <source>Contradicts: the list calls the matched name a weak alias.</source>
            <translation>Spricht dagegen: Die Liste nennt den getroffenen Namen einen schwachen Alias.</translation>
        </message>
        <message>
            <source>Contradicts: the party is {kind}, the entry {listed}.</source>
            <translation>Spricht dagegen: Die Partei ist {kind}, der Eintrag {listed}.</translation>
        </message>
        <message>
            <source>Corroborates: both are {kind}.</source>
            <translation>Spricht dafür: Beide sind {kind}.</translation>
        </message>
        <message>
            <source>Corroborates: the country {country} is the entry's ({countries}).</source>
            <translation>Spricht dafür: Das Land {country} ist das des Eintrags ({countries}).</translation>
        </message>
        <message>
            <source>Could not check that the server is really {host} (its certificate was refused): nothing was fetched. {stay}</source>
            <translation>Es ließ sich nicht prüfen, dass der Server wirklich {host} ist (sein Zertifikat wurde abgelehnt): Es wurde nichts heruntergeladen. {stay}</translation>
        </message>
        <message>
            <source>Could not fetch the list from {host} ({error}). {stay}</source>
            <translation>Die Liste konnte nicht von {host} geladen werden ({error}). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: it refused the connection (the computer may be offline, or the address is wrong). {stay}</source>
            <translation>{host} ist nicht erreichbar: Der Server hat die Verbindung abgelehnt (der Computer ist vielleicht offline, oder die Adresse ist falsch). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: the computer seems to be offline. {stay}</source>
            <translation>{host} ist nicht erreichbar: Der Computer scheint offline zu sein. {stay}</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Risikostufen der Länder</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Customer country</source>
            <translation>Land des Kunden</translation>
        </message>
        <message>
            <source>Customer details filled in from the catalog: {names}.</source>
            <translation>Kundenangaben aus dem Katalog ergänzt: {names}.</translation>
        </message>
        <message>
            <source>Customer identified</source>
            <translation>Kunde identifiziert</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Name des Kunden</translation>
        </message>
        <message>
            <source>Customer person name (where no company is given)</source>
            <translation>Name der Kundenperson (wo kein Unternehmen angegeben ist)</translation>
        </message>
        <message>
            <source>Customer sector</source>
            <translation>Branche des Kunden</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Art des Kunden</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Kundenarten</translation>
        </message>
        <message>
            <source>Customer {customer} does not exist.</source>
            <translation>Kunde {customer} existiert nicht.</translation>
        </message>
        <message>
            <source>Daily digest of {day} put in the outbox to {to}: {overdue} overdue, {waiting} waiting.</source>
            <translation>Tägliche Übersicht vom {day} in den Postausgang gelegt, an {to}: {overdue} überfällig, {waiting} offen.</translation>
        </message>
        <message>
            <source>Daily digest put in the outbox to {to}.</source>
            <translation>Tägliche Übersicht in den Postausgang gelegt, an {to}.</translation>
        </message>
        <message>
            <source>Date of birth on the list: {dates}; the order holds none to compare.</source>
            <translation>Geburtsdatum auf der Liste: {dates}; der Auftrag enthält keines zum Vergleich.</translation>
        </message>
        <message>
            <source>Deciding about orders</source>
            <translation>Über Aufträge entscheiden</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}, approved by {approver}.</source>
            <translation>Entscheidung von {who}: {outcome}, genehmigt von {approver}.</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}.</source>
            <translation>Entscheidung von {who}: {outcome}.</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Beschreiben Sie in wenigen Sätzen, was Sie gesehen haben.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>Due diligence report for {period} prepared for {distributor}.</source>
            <translation>Sorgfaltsbericht für {period} für {distributor} erstellt.</translation>
        </message>
        <message>
            <source>Due diligence report put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Sorgfaltsbericht in den Postausgang an {to} gelegt; er wird so bald wie möglich gesendet.</translation>
        </message>
        <message>
            <source>Due diligence report saved as {file}.</source>
            <translation>Sorgfaltsbericht gespeichert als {file}.</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet.</source>
            <translation>Der E-Mail-Versand ist noch nicht eingerichtet.</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Konsolidierte Liste der finanziellen Sanktionen der EU</translation>
        </message>
        <message>
            <source>End user country</source>
            <translation>Land des Endnutzers</translation>
        </message>
        <message>
            <source>End user name</source>
            <translation>Name des Endnutzers</translation>
        </message>
        <message>
            <source>End user named</source>
            <translation>Endnutzer genannt</translation>
        </message>
        <message>
            <source>End user type</source>
            <translation>Art des Endnutzers</translation>
        </message>
        <message>
            <source>Enter a date: this is needed before the policy can be adopted.</source>
            <translation>Geben Sie ein Datum ein: Das ist nötig, bevor die Richtlinie verabschiedet werden kann.</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Geben Sie eine Referenz für den Auftrag ein.</translation>
        </message>
        <message>
            <source>Enter at least one address the daily digest goes to.</source>
            <translation>Geben Sie mindestens eine Adresse an, an die die tägliche Übersicht geht.</translation>
        </message>
        <message>
            <source>Enter the address the e-mails come from.</source>
            <translation>Geben Sie die Absenderadresse der E-Mails ein.</translation>
        </message>
        <message>
            <source>Enter the approver's job title.</source>
            <translation>Geben Sie die Funktion der genehmigenden Person ein.</translation>
        </message>
        <message>
            <source>Enter the conditions of the approval, one a line.</source>
            <translation>Geben Sie die Auflagen der Freigabe ein, eine pro Zeile.</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Geben Sie den Namen des Kunden ein.</translation>
        </message>
        <message>
            <source>Enter the date of the acknowledgement.</source>
            <translation>Geben Sie das Datum der Bestätigung ein.</translation>
        </message>
        <message>
            <source>Enter the date of the answer.</source>
            <translation>Geben Sie das Datum der Antwort ein.</translation>
        </message>
        <message>
            <source>Enter the date the policy was approved.</source>
            <translation>Geben Sie das Datum ein, an dem die Richtlinie genehmigt wurde.</translation>
        </message>
        <message>
            <source>Enter the date the policy was sent or shown.</source>
            <translation>Geben Sie das Datum ein, an dem die Richtlinie gesendet oder gezeigt wurde.</translation>
        </message>
        <message>
            <source>Enter the distributor's e-mail address for escalations.</source>
            <translation>Geben Sie die E-Mail-Adresse des Distributors für Eskalationen ein.</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Geben Sie den Namen des Distributors ein.</translation>
        </message>
        <message>
            <source>Enter the distributor's reference.</source>
            <translation>Geben Sie die Referenz des Distributors ein.</translation>
        </message>
        <message>
            <source>Enter the mail server's name, e.g. smtp.example.com.</source>
            <translation>Geben Sie den Namen des Mailservers ein, z. B. smtp.example.com.</translation>
        </message>
        <message>
            <source>Enter the name of the person who approves high-risk sales.</source>
            <translation>Geben Sie den Namen der Person ein, die Verkäufe mit hohem Risiko genehmigt.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approved the policy (owner, managing director or board).</source>
            <translation>Geben Sie den Namen der ranghöchsten Person ein, die die Richtlinie genehmigt hat (Inhaber, Geschäftsführung oder Vorstand).</translation>
        </message>
        <message>
            <source>Enter the order date.</source>
            <translation>Geben Sie das Auftragsdatum ein.</translation>
        </message>
        <message>
            <source>Enter the person's e-mail address.</source>
            <translation>Geben Sie die E-Mail-Adresse der Person ein.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Geben Sie den Namen der Person ein.</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Geben Sie die Artikelnummer des Produkts ein.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Geben Sie den Namen des Produkts ein.</translation>
        </message>
        <message>
            <source>Enter when you saw it (not a future date).</source>
            <translation>Geben Sie ein, wann Sie es gesehen haben (kein Datum in der Zukunft).</translation>
        </message>
        <message>
            <source>Enter who decided at the distributor.</source>
            <translation>Geben Sie ein, wer beim Distributor entschieden hat.</translation>
        </message>
        <message>
            <source>Enter who decided.</source>
            <translation>Geben Sie an, wer entschieden hat.</translation>
        </message>
        <message>
            <source>Enter who received the policy (a name, a team or a web address).</source>
            <translation>Geben Sie ein, wer die Richtlinie erhalten hat (ein Name, ein Team oder eine Webadresse).</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Geben Sie den Namen Ihres Unternehmens ein.</translation>
        </message>
        <message>
            <source>Enter your reference for this answer.</source>
            <translation>Geben Sie Ihre Referenz für diese Antwort an.</translation>
        </message>
        <message>
            <source>Entry {entry} is not on the newest {list} list (of {date}): it was taken off the list or never was on it, so there is nothing to review.</source>
            <translation>Eintrag {entry} steht nicht auf der neuesten {list}-Liste (vom {date}): Er wurde von der Liste gestrichen oder stand nie darauf, es gibt also nichts zu prüfen.</translation>
        </message>
        <message>
            <source>Escalating orders</source>
            <translation>Aufträge eskalieren</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Eskalationsunterlagen an {to} in den Postausgang gelegt; sie werden so bald wie möglich gesendet.</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox; it is sent as soon as possible.</source>
            <translation>Eskalationsunterlagen in den Postausgang gelegt; sie werden so bald wie möglich gesendet.</translation>
        </message>
        <message>
            <source>Escalation packet saved as {file}.</source>
            <translation>Eskalationsunterlagen als {file} gespeichert.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared for {to}.</source>
            <translation>Eskalationsunterlagen {packet} für {to} vorbereitet.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared.</source>
            <translation>Eskalationsunterlagen {packet} vorbereitet.</translation>
        </message>
        <message>
            <source>Fill this in: it is needed before the policy can be adopted.</source>
            <translation>Füllen Sie dieses Feld aus: Das ist nötig, bevor die Richtlinie verabschiedet werden kann.</translation>
        </message>
        <message>
            <source>Follow-up done: {text}</source>
            <translation>Wiedervorlage erledigt: {text}</translation>
        </message>
        <message>
            <source>Follow-up done: {text} ({note})</source>
            <translation>Wiedervorlage erledigt: {text} ({note})</translation>
        </message>
        <message>
            <source>Follow-up due {date}: {text}</source>
            <translation>Wiedervorlage fällig am {date}: {text}</translation>
        </message>
        <message>
            <source>Give the number of days as a whole number from {low} to {high}.</source>
            <translation>Geben Sie die Zahl der Tage als ganze Zahl von {low} bis {high} an.</translation>
        </message>
        <message>
            <source>Government function</source>
            <translation>Staatliche Aufgabe</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Staatliche Aufgaben</translation>
        </message>
        <message>
            <source>Help: {url}</source>
            <translation>Hilfe: {url}</translation>
        </message>
        <message>
            <source>How: {url}</source>
            <translation>So geht es: {url}</translation>
        </message>
        <message>
            <source>If the browser does not open, open this address:</source>
            <translation>Wenn sich der Browser nicht öffnet, öffnen Sie diese Adresse:</translation>
        </message>
        <message>
            <source>If the login is refused, your administrator must allow "Authenticated SMTP" for this mailbox in Microsoft 365.</source>
            <translation>Wird die Anmeldung abgelehnt, muss Ihre Administration für dieses Postfach in Microsoft 365 "Authentifiziertes SMTP" erlauben.</translation>
        </message>
        <message>
            <source>Imported from {file} with 1 order.</source>
            <translation>Aus {file} importiert, mit 1 Auftrag.</translation>
        </message>
        <message>
            <source>Imported from {file} with {count} orders.</source>
            <translation>Aus {file} importiert, mit {count} Aufträgen.</translation>
        </message>
        <message>
            <source>Informed by relevant internal and/or external expertise</source>
            <translation>Auf einschlägiges internes und/oder externes Fachwissen gestützt</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Verwendungszweck</translation>
        </message>
        <message>
            <source>Intended use in the customer's words</source>
            <translation>Verwendungszweck in den Worten des Kunden</translation>
        </message>
        <message>
            <source>It changes nothing compared with the pack in use.</source>
            <translation>Gegenüber dem verwendeten Katalog ändert sich nichts.</translation>
        </message>
        <message>
            <source>It is not a packet: there is no manifest.json.</source>
            <translation>Das ist kein Paket: Es gibt keine manifest.json.</translation>
        </message>
        <message>
            <source>It is not signed: there is no signature.</source>
            <translation>Es ist nicht signiert: Es gibt keine Signatur.</translation>
        </message>
        <message>
            <source>It is signed by another key (fingerprint {theirs}, naming {signer}), not by {owner}'s key (fingerprint {ours}).</source>
            <translation>Es ist mit einem anderen Schlüssel signiert (Fingerabdruck {theirs}, auf den Namen {signer}), nicht mit dem Schlüssel von {owner} (Fingerabdruck {ours}).</translation>
        </message>
        <message>
            <source>It was altered after signing: it is not what {owner} signed.</source>
            <translation>Es wurde nach dem Signieren verändert: Es ist nicht das, was {owner} signiert hat.</translation>
        </message>
        <message>
            <source>It was altered after signing: {files} differ from what {owner} signed (missing, changed or added).</source>
            <translation>Es wurde nach dem Signieren verändert: {files} weichen von dem ab, was {owner} signiert hat (fehlend, geändert oder hinzugefügt).</translation>
        </message>
        <message>
            <source>Item {item} is {length} characters long; keep each item to {limit} characters or split it in two.</source>
            <translation>Punkt {item} ist {length} Zeichen lang; halten Sie jeden Punkt bei höchstens {limit} Zeichen oder teilen Sie ihn in zwei.</translation>
        </message>
        <message>
            <source>Keep it under {limit} characters; add longer documents as evidence files.</source>
            <translation>Bleiben Sie unter {limit} Zeichen; fügen Sie längere Dokumente als Nachweisdateien hinzu.</translation>
        </message>
        <message>
            <source>Log in with the part of your address before the @ and your mail password.</source>
            <translation>Melden Sie sich mit dem Teil Ihrer Adresse vor dem @ und Ihrem E-Mail-Passwort an.</translation>
        </message>
        <message>
            <source>Log in with your full e-mail address and your mail password.</source>
            <translation>Melden Sie sich mit Ihrer vollständigen E-Mail-Adresse und Ihrem E-Mail-Passwort an.</translation>
        </message>
        <message>
            <source>Managing criteria packs</source>
            <translation>Kriterienkataloge verwalten</translation>
        </message>
        <message>
            <source>Managing lists</source>
            <translation>Listen verwalten</translation>
        </message>
        <message>
            <source>Managing people</source>
            <translation>Personen verwalten</translation>
        </message>
        <message>
            <source>Message {message} is being sent right now: it cannot be changed.</source>
            <translation>Die Nachricht {message} wird gerade gesendet: sie kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>Message {message} is still queued: the next send tries it.</source>
            <translation>Die Nachricht {message} wartet noch: der nächste Versand versucht sie.</translation>
        </message>
        <message>
            <source>Message {message} was cancelled: it is never sent.</source>
            <translation>Die Nachricht {message} wurde storniert: sie wird nie gesendet.</translation>
        </message>
        <message>
            <source>Message {message} was sent: it cannot be changed any more.</source>
            <translation>Die Nachricht {message} wurde gesendet: sie kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Fehlende Angaben</translation>
        </message>
        <message>
            <source>Misuse report sent to {to}.</source>
            <translation>Missbrauchsmeldung an {to} gesendet.</translation>
        </message>
        <message>
            <source>Name at least one condition or safeguard you propose.</source>
            <translation>Nennen Sie mindestens eine Auflage oder Schutzmaßnahme, die Sie vorschlagen.</translation>
        </message>
        <message>
            <source>Name the distributor the desk's key speaks for (for example TechDistri Europe).</source>
            <translation>Geben Sie den Distributor an, für den der Schlüssel des Arbeitsplatzes spricht (zum Beispiel TechDistri Europe).</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Verneinungswörter</translation>
        </message>
        <message>
            <source>New matches: {new_match}; new possible matches: {new_possible_match}; matches gone: {match_gone}; matches now only possible: {weaker}.</source>
            <translation>Neue Treffer: {new_match}; neue mögliche Treffer: {new_possible_match}; entfallene Treffer: {match_gone}; Treffer jetzt nur noch möglich: {weaker}.</translation>
        </message>
        <message>
            <source>No criteria pack is active.</source>
            <translation>Kein Kriterienkatalog ist aktiv.</translation>
        </message>
        <message>
            <source>No criteria pack is active: import one (File &gt; Criteria pack).</source>
            <translation>Kein Kriterienkatalog aktiv: Importieren Sie einen (Datei &gt; Kriterienkatalog importieren).</translation>
        </message>
        <message>
            <source>No criteria pack with SHA-256 {sha256}.</source>
            <translation>Kein Kriterienkatalog mit SHA-256 {sha256}.</translation>
        </message>
        <message>
            <source>No distributor is called "{name}": the company profile lists {names}.</source>
            <translation>Kein Distributor heißt „{name}“: Im Firmenprofil stehen {names}.</translation>
        </message>
        <message>
            <source>No escalation packet {packet} was sent from here: the decision file is for another packet.</source>
            <translation>Von hier wurden keine Eskalationsunterlagen {packet} gesendet: Die Entscheidungsdatei gilt für andere Unterlagen.</translation>
        </message>
        <message>
            <source>No human rights policy has been adopted yet: adopt one in the app (Policy &gt; Human rights policy), or export the draft with --draft.</source>
            <translation>Es wurde noch keine Menschenrechtsrichtlinie verabschiedet: Verabschieden Sie eine in der App (Richtlinie &gt; Menschenrechtsrichtlinie) oder exportieren Sie den Entwurf mit --draft.</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet.</source>
            <translation>Es ist noch keine Menschenrechtsrichtlinie verabschiedet.</translation>
        </message>
        <message>
            <source>No key of {name} is pinned: its unsigned decision files are accepted with a warning already. Pin its key first.</source>
            <translation>Es ist kein Schlüssel von {name} hinterlegt: Seine unsignierten Entscheidungsdateien werden bereits mit einer Warnung angenommen. Hinterlegen Sie zuerst seinen Schlüssel.</translation>
        </message>
        <message>
            <source>No key of {reseller} is pinned on this desk, so its signature cannot be checked; the files match the manifest. Pin the reseller's key after comparing its fingerprint.</source>
            <translation>Auf diesem Arbeitsplatz ist kein Schlüssel von {reseller} hinterlegt, daher kann die Signatur nicht geprüft werden; die Dateien stimmen mit dem Manifest überein. Hinterlegen Sie den Schlüssel des Wiederverkäufers, nachdem Sie seinen Fingerabdruck verglichen haben.</translation>
        </message>
        <message>
            <source>No pack is installed yet: this one will be used.</source>
            <translation>Es ist noch kein Katalog installiert: Dieser wird verwendet.</translation>
        </message>
        <message>
            <source>No packet {packet} was received on this desk.</source>
            <translation>Auf diesem Arbeitsplatz wurde kein Paket {packet} empfangen.</translation>
        </message>
        <message>
            <source>No password is stored for this server: enter it to send.</source>
            <translation>Für diesen Server ist kein Passwort gespeichert: Geben Sie es ein, um zu senden.</translation>
        </message>
        <message>
            <source>No password is stored for {user} on {host}: enter it to send.</source>
            <translation>Für {user} auf {host} ist kein Passwort gespeichert: Geben Sie es ein, um zu senden.</translation>
        </message>
        <message>
            <source>No policy: no human rights policy version was adopted by {date}.</source>
            <translation>Keine Richtlinie: Bis {date} wurde keine Version der Menschenrechtsrichtlinie verabschiedet.</translation>
        </message>
        <message>
            <source>No restricted-party list is imported: parties are not checked against sanctions lists.</source>
            <translation>Keine Liste sanktionierter Parteien ist importiert: Parteien werden nicht gegen Sanktionslisten geprüft.</translation>
        </message>
        <message>
            <source>No row of {file} is split into the columns its first row names ({columns} columns, separated by {separators}); row {row}: {reason}. Nothing was imported: save or export the file again as CSV.</source>
            <translation>Keine Zeile von {file} ist in die Spalten geteilt, die ihre erste Zeile nennt ({columns} Spalten, getrennt durch {separators}); Zeile {row}: {reason}. Nichts wurde importiert: Speichern oder exportieren Sie die Datei erneut als CSV.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the OFAC, UN, EU or UK list first (reseller-app lists import FILE, or Sanctions lists in the app).</source>
            <translation>Noch keine Sanktionsliste importiert: Importieren Sie zuerst die Liste von OFAC, UN, EU oder Vereinigtem Königreich (reseller-app lists import FILE, oder Sanktionslisten in der App).</translation>
        </message>
        <message>
            <source>No sanctions list is imported: the customers were not checked.</source>
            <translation>Es ist keine Sanktionsliste importiert: Die Kunden wurden nicht geprüft.</translation>
        </message>
        <message>
            <source>No sanctions result changed.</source>
            <translation>Kein Sanktionsergebnis hat sich geändert.</translation>
        </message>
        <message>
            <source>No use case is tagged.</source>
            <translation>Kein Anwendungsfall ist angekreuzt.</translation>
        </message>
        <message>
            <source>No {list} list is imported: import it before reviewing its entries.</source>
            <translation>Keine {list}-Liste ist importiert: Importieren Sie sie, bevor Sie ihre Einträge prüfen.</translation>
        </message>
        <message>
            <source>Nobody with the e-mail address {email} is in the list of people.</source>
            <translation>In der Personenliste gibt es niemanden mit der E-Mail-Adresse {email}.</translation>
        </message>
        <message>
            <source>Not compared: the party has no country; the entry names {countries}.</source>
            <translation>Nicht verglichen: Die Partei hat kein Land; der Eintrag nennt {countries}.</translation>
        </message>
        <message>
            <source>Not every checklist question is answered yes or no.</source>
            <translation>Nicht jede Frage der Checkliste ist mit Ja oder Nein beantwortet.</translation>
        </message>
        <message>
            <source>Nothing answers at {host} on port {port}. Check the port (usually 587 for STARTTLS, 465 for SSL) and that a firewall lets the app out.</source>
            <translation>Unter {host} antwortet auf Port {port} niemand. Prüfen Sie den Port (meist 587 für STARTTLS, 465 für SSL) und ob eine Firewall die App hinauslässt.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server cannot be reached or the secure connection failed ({reason}). Every message stays queued. Check the server, port and security in Settings (mail server), or the network.</source>
            <translation>Es wurde nichts weiter gesendet: der Mailserver ist nicht erreichbar oder die sichere Verbindung schlug fehl ({reason}). Alle Nachrichten bleiben in der Warteschlange. Prüfen Sie Server, Port und Sicherheit in den Einstellungen (Mailserver) oder das Netzwerk.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} ({reason}). Every message stays queued. Correct the user name or password in Settings (mail server), then send again.</source>
            <translation>Es wurde nichts weiter gesendet: der Mailserver hat die Anmeldung von {user} abgelehnt ({reason}). Alle Nachrichten bleiben in der Warteschlange. Korrigieren Sie Benutzername oder Passwort in den Einstellungen (Mailserver) und senden Sie erneut.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password given ({reason}). Every message stays queued. Check the password, or the user name in Settings (mail server).</source>
            <translation>Es wurde nichts weiter gesendet: der Mailserver hat die Anmeldung von {user} mit dem angegebenen Passwort abgelehnt ({reason}). Alle Nachrichten bleiben in der Warteschlange. Prüfen Sie das Passwort oder den Benutzernamen in den Einstellungen (Mailserver).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password in the environment variable {variable} ({reason}). Every message stays queued. Correct the password there, or the user name in Settings (mail server).</source>
            <translation>Es wurde nichts weiter gesendet: der Mailserver hat die Anmeldung von {user} mit dem Passwort aus der Umgebungsvariablen {variable} abgelehnt ({reason}). Alle Nachrichten bleiben in der Warteschlange. Korrigieren Sie dort das Passwort oder den Benutzernamen in den Einstellungen (Mailserver).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server wants a login ({reason}). Every message stays queued. Enter the user name and password in Settings (mail server), then send again.</source>
            <translation>Es wurde nichts weiter gesendet: der Mailserver verlangt eine Anmeldung ({reason}). Alle Nachrichten bleiben in der Warteschlange. Geben Sie Benutzername und Passwort in den Einstellungen (Mailserver) ein und senden Sie erneut.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Nothing was recorded.</source>
            <translation>Es wurde nichts erfasst.</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be copied aside first ({error}).</source>
            <translation>Es wurde nichts wiederhergestellt: Die aktuelle Datenbank konnte vorher nicht gesichert werden ({error}).</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}. Try again, and tell your IT contact if it happens again.</source>
            <translation>Es wurde nichts gespeichert: {reason}. Versuchen Sie es erneut und informieren Sie Ihre IT-Ansprechperson, wenn es wieder passiert.</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>OFAC-SDN-Liste</translation>
        </message>
        <message>
            <source>Only a decision to proceed with a {tier}-risk order waits for the senior approver; order {reference} needs no approval for this decision: record it directly.</source>
            <translation>Nur die Entscheidung, einen Auftrag mit Risiko {tier} fortzusetzen, wartet auf die Freigabe der Geschäftsleitung; Auftrag {reference} braucht für diese Entscheidung keine Freigabe: erfassen Sie sie direkt.</translation>
        </message>
        <message>
            <source>Only an adopted policy can be communicated: adopt the draft first.</source>
            <translation>Nur eine verabschiedete Richtlinie kann kommuniziert werden: Verabschieden Sie zuerst den Entwurf.</translation>
        </message>
        <message>
            <source>Only the senior approver, {approver}, can approve a {tier}-risk order: type their name once they have approved it.</source>
            <translation>Nur die freigabeberechtigte Führungskraft, {approver}, kann einen Auftrag der Risikostufe „{tier}“ genehmigen: Geben Sie den Namen ein, sobald die Genehmigung vorliegt.</translation>
        </message>
        <message>
            <source>Only {person}, who is signed in at this desk, can approve here; {approver} approves at their own desk.</source>
            <translation>Nur {person}, an diesem Arbeitsplatz angemeldet, kann hier freigeben; {approver} gibt am eigenen Arbeitsplatz frei.</translation>
        </message>
        <message>
            <source>Open {app} to deal with them.</source>
            <translation>Öffnen Sie {app}, um sie zu erledigen.</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Auftragsdatum</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Auftragsreferenz</translation>
        </message>
        <message>
            <source>Order {order} does not exist.</source>
            <translation>Auftrag {order} existiert nicht.</translation>
        </message>
        <message>
            <source>Order {reference} changed after approval was asked (it was edited, screened again or decided on): the request is stale and cannot be approved. Ask for approval again.</source>
            <translation>Auftrag {reference} wurde nach der Anfrage geändert (bearbeitet, erneut geprüft oder entschieden): die Anfrage ist veraltet und kann nicht freigegeben werden. Fragen Sie die Freigabe erneut an.</translation>
        </message>
        <message>
            <source>Order {reference} edited and screened again: {tier}, {status}.</source>
            <translation>Auftrag {reference} bearbeitet und erneut geprüft: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} entered and screened: {tier}, {status}.</source>
            <translation>Auftrag {reference} erfasst und geprüft: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} has no screening.</source>
            <translation>Auftrag {reference} hat keine Prüfung.</translation>
        </message>
        <message>
            <source>Order {reference} has not been screened.</source>
            <translation>Auftrag {reference} wurde nicht geprüft.</translation>
        </message>
        <message>
            <source>Order {reference} is already waiting for approval (asked by {person}).</source>
            <translation>Auftrag {reference} wartet bereits auf Freigabe (angefragt von {person}).</translation>
        </message>
        <message>
            <source>Order {reference} is {status}: it cannot be escalated.</source>
            <translation>Auftrag {reference} ist {status}: Er kann nicht eskaliert werden.</translation>
        </message>
        <message>
            <source>Order {reference} names no {role} to review.</source>
            <translation>Auftrag {reference} nennt keinen {role}, der geprüft werden könnte.</translation>
        </message>
        <message>
            <source>Order {reference} screened again with the current catalog and criteria pack: {tier}, {status}.</source>
            <translation>Auftrag {reference} mit dem aktuellen Katalog und Kriterienpaket erneut geprüft: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built and now asks for a prohibited use: nobody can approve it, it can only be declined. Nothing was recorded.</source>
            <translation>Auftrag {reference} wurde geändert, nachdem die Eskalationsunterlagen {packet} erstellt wurden, und betrifft jetzt eine verbotene Verwendung: Niemand kann ihn genehmigen, er kann nur abgelehnt werden. Es wurde nichts erfasst.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built: it is now screened {tier}, not as the distributor saw it. Nothing was recorded; build and send a new packet for the order as it is now.</source>
            <translation>Auftrag {reference} wurde geändert, nachdem die Eskalationsunterlagen {packet} erstellt wurden: Die Prüfung ergibt jetzt „{tier}“, nicht das, was der Distributor gesehen hat. Es wurde nichts erfasst; erstellen und senden Sie neue Eskalationsunterlagen für den Auftrag im jetzigen Zustand.</translation>
        </message>
        <message>
            <source>Order {refs} has been held for more than {days} days without a decision.</source>
            <translation>Auftrag {refs} ist seit mehr als {days} Tagen ohne Entscheidung angehalten.</translation>
        </message>
        <message>
            <source>Orders named: {refs}</source>
            <translation>Genannte Aufträge: {refs}</translation>
        </message>
        <message>
            <source>Orders: {refs}</source>
            <translation>Aufträge: {refs}</translation>
        </message>
        <message>
            <source>Other users of this computer can read the password file {file}: make it readable by you only (chmod 600 {file}) and try again.</source>
            <translation>Andere Benutzer dieses Computers können die Passwortdatei {file} lesen: machen Sie sie nur für Sie lesbar (chmod 600 {file}) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Overdue ({count}):</source>
            <translation>Überfällig ({count}):</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) is not answered yet: record the answer first.</source>
            <translation>Paket {packet} ({reseller}, Auftrag {reference}) ist noch nicht beantwortet: Erfassen Sie zuerst die Antwort.</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) was already answered ({outcome}, reference {their_reference}, by {person}). Nothing was written.</source>
            <translation>Paket {packet} ({reseller}, Auftrag {reference}) wurde bereits beantwortet ({outcome}, Referenz {their_reference}, von {person}). Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Packet {packet} has no file {name}.</source>
            <translation>Die Unterlagen {packet} enthalten keine Datei {name}.</translation>
        </message>
        <message>
            <source>Packet {packet} is not the latest escalation of order {reference}: packet {latest} of {date} replaced it. Nothing was recorded; record the answer to the latest packet.</source>
            <translation>Die Eskalationsunterlagen {packet} sind nicht die neueste Eskalation des Auftrags {reference}: Sie wurden durch die Unterlagen {latest} vom {date} ersetzt. Es wurde nichts erfasst; erfassen Sie die Antwort auf die neuesten Unterlagen.</translation>
        </message>
        <message>
            <source>Packet {packet} of {reseller} was received before with other content (manifest SHA-256 {before}…, now {now}…). Nothing was changed; ask the reseller which one holds.</source>
            <translation>Paket {packet} von {reseller} wurde schon einmal mit anderem Inhalt empfangen (SHA-256 des Manifests {before}…, jetzt {now}…). Es wurde nichts geändert; fragen Sie den Wiederverkäufer, welches gilt.</translation>
        </message>
        <message>
            <source>Packet {packet} was answered meanwhile. Nothing was recorded.</source>
            <translation>Paket {packet} wurde inzwischen beantwortet. Es wurde nichts erfasst.</translation>
        </message>
        <message>
            <source>Packet {packet} was built here but never sent: it was not e-mailed or saved to send another way, so the distributor cannot have answered it. Nothing was recorded; send the packet first.</source>
            <translation>Die Eskalationsunterlagen {packet} wurden hier erstellt, aber nie gesendet: Sie wurden weder per E-Mail verschickt noch für einen anderen Versandweg gespeichert, daher kann der Distributor nicht darauf geantwortet haben. Es wurde nichts erfasst; senden Sie zuerst die Unterlagen.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer until the administrator is set up: it has no system keyring (password store), so the company's signing key will be kept in a file encrypted with the administrator's passphrase.</source>
            <translation>Pakete werden auf diesem Computer erst signiert, wenn der Administrator eingerichtet ist: Er hat keinen System-Schlüsselbund (Passwortspeicher), daher wird der Signaturschlüssel des Unternehmens in einer mit der Passphrase des Administrators verschlüsselten Datei aufbewahrt.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer: it has no system keyring (password store) to keep the company's signing key. Everything else works; sign packets from a computer with a keyring.</source>
            <translation>Pakete werden auf diesem Computer nicht signiert: Er hat keinen Schlüsselbund des Systems (Passwortspeicher) für den Signaturschlüssel des Unternehmens. Alles andere funktioniert; signieren Sie Pakete auf einem Computer mit Schlüsselbund.</translation>
        </message>
        <message>
            <source>People are already set up: an administrator adds people in the list of people.</source>
            <translation>Die Personen sind bereits eingerichtet: Eine Administratorin oder ein Administrator fügt Personen in der Personenliste hinzu.</translation>
        </message>
        <message>
            <source>Policy communication {communication} does not exist.</source>
            <translation>Kommunikation {communication} der Richtlinie existiert nicht.</translation>
        </message>
        <message>
            <source>Policy version {version} does not exist.</source>
            <translation>Version {version} der Richtlinie existiert nicht.</translation>
        </message>
        <message>
            <source>Possible restricted party: {finding}. Review the match (the same party or not) before the order can ship.</source>
            <translation>Mögliche sanktionierte Partei: {finding}. Prüfen Sie den Treffer (dieselbe Partei oder nicht), bevor der Auftrag geliefert werden kann.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Produktkategorien</translation>
        </message>
        <message>
            <source>Product categories filled in from the catalog: {skus}.</source>
            <translation>Produktkategorien aus dem Katalog ergänzt: {skus}.</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Produktkategorie</translation>
        </message>
        <message>
            <source>Product {product} does not exist.</source>
            <translation>Produkt {product} existiert nicht.</translation>
        </message>
        <message>
            <source>Publicly available and communicated internally and externally</source>
            <translation>Öffentlich verfügbar und intern wie extern kommuniziert</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>Q{quarter} {year}</translation>
        </message>
        <message>
            <source>Recording orders</source>
            <translation>Aufträge erfassen</translation>
        </message>
        <message>
            <source>Reflected in operational policies and procedures</source>
            <translation>In operativen Richtlinien und Verfahren verankert</translation>
        </message>
        <message>
            <source>Reminder settings saved: orders held more than {held} days, criteria pack older than {pack} days.</source>
            <translation>Erinnerungseinstellungen gespeichert: Aufträge länger als {held} Tage angehalten, Kriterienkatalog älter als {pack} Tage.</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, held orders and failed messages, in the tray</source>
            <translation>Erinnerungen an Nachverfolgungen, zurückgehaltene Bestellungen und fehlgeschlagene Nachrichten, im Infobereich</translation>
        </message>
        <message>
            <source>Restoring a backup</source>
            <translation>Eine Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restricted party: {finding}, a confirmed match. The order cannot proceed: decline it and tell the distributor through the misuse report or an escalation.</source>
            <translation>Sanktionierte Partei: {finding}, ein bestätigter Treffer. Der Auftrag kann nicht ausgeführt werden: Lehnen Sie ihn ab und informieren Sie den Distributor über die Missbrauchsmeldung oder eine Eskalation.</translation>
        </message>
        <message>
            <source>Restricted-party lists older than {days} days: {lists}. Update them.</source>
            <translation>Listen sanktionierter Parteien älter als {days} Tage: {lists}. Aktualisieren Sie sie.</translation>
        </message>
        <message>
            <source>Reviewed on {date} by {who} when the party was {was}: its name or country changed since, so it is checked again.</source>
            <translation>Am {date} von {who} geprüft, als die Partei {was} hieß: Ihr Name oder Land hat sich seitdem geändert, daher wird sie erneut geprüft.</translation>
        </message>
        <message>
            <source>Reviewed: not the same party, by {who} on {date}: {reason}</source>
            <translation>Geprüft: nicht dieselbe Partei, von {who} am {date}: {reason}</translation>
        </message>
        <message>
            <source>Row {row} of {file} cannot be read as CSV ({error}).</source>
            <translation>Zeile {row} von {file} lässt sich nicht als CSV lesen ({error}).</translation>
        </message>
        <message>
            <source>Row {row} of {file} has more than {limit} characters in its {column} cell, more than a CSV cell may hold: a quotation mark is probably not closed, or the file is damaged there. Nothing was imported.</source>
            <translation>Zeile {row} von {file} hat in ihrer Zelle {column} mehr als {limit} Zeichen, mehr als eine CSV-Zelle fassen darf: Wahrscheinlich ist ein Anführungszeichen nicht geschlossen, oder die Datei ist dort beschädigt. Nichts wurde importiert.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnummer</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Schutzmaßnahmen</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Vertriebsmodell</translation>
        </message>
        <message>
            <source>Sanctions lists: {customers} customers and {orders} open orders checked again.</source>
            <translation>Sanktionslisten: {customers} Kunden und {orders} offene Aufträge erneut geprüft.</translation>
        </message>
        <message>
            <source>Sanctions programmes: {programs}.</source>
            <translation>Sanktionsprogramme: {programs}.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this.</source>
            <translation>Begründen Sie Ihre Empfehlung in ein, zwei Sätzen.</translation>
        </message>
        <message>
            <source>Say what to follow up.</source>
            <translation>Geben Sie an, was nachverfolgt werden soll.</translation>
        </message>
        <message>
            <source>Say whether the party is the listed one (same) or not (not_same).</source>
            <translation>Sagen Sie, ob die Partei die gelistete ist (same) oder nicht (not_same).</translation>
        </message>
        <message>
            <source>Say who approves: the approver confirms with their own passphrase.</source>
            <translation>Sagen Sie, wer freigibt: die freigebende Person bestätigt mit ihrer eigenen Passphrase.</translation>
        </message>
        <message>
            <source>Say who decided.</source>
            <translation>Geben Sie an, wer entschieden hat.</translation>
        </message>
        <message>
            <source>Say who sends it back: the approver confirms with their own passphrase.</source>
            <translation>Sagen Sie, wer zurückgibt: die freigebende Person bestätigt mit ihrer eigenen Passphrase.</translation>
        </message>
        <message>
            <source>Say why it goes back: the person who asked reads it on the order.</source>
            <translation>Sagen Sie, warum sie zurückgeht: die anfragende Person liest es beim Auftrag.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Sagen Sie, warum: z. B. anderes Geburtsdatum, anderes Land, andere Registernummer.</translation>
        </message>
        <message>
            <source>Say why: the rationale is required.</source>
            <translation>Geben Sie den Grund an: Die Begründung ist Pflicht.</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Branchen</translation>
        </message>
        <message>
            <source>Self-service is not allowed for this order: deciding to proceed records the sales-assisted review, and the order becomes sales-assisted.</source>
            <translation>Self-Service ist für diesen Auftrag nicht erlaubt: Die Entscheidung zum Fortfahren dokumentiert die Prüfung durch den Vertrieb, und der Auftrag läuft danach über den Vertrieb.</translation>
        </message>
        <message>
            <source>Set up e-mail sending first (Settings: mail server).</source>
            <translation>Richten Sie zuerst den E-Mail-Versand ein (Einstellungen: Mailserver).</translation>
        </message>
        <message>
            <source>Set up the company profile first (who you are and your distributor).</source>
            <translation>Richten Sie zuerst das Unternehmensprofil ein (wer Sie sind und Ihr Distributor).</translation>
        </message>
        <message>
            <source>Settings of {provider}.</source>
            <translation>Einstellungen von {provider}.</translation>
        </message>
        <message>
            <source>Sign-in is available for Microsoft and Google only.</source>
            <translation>Die Anmeldung gibt es nur für Microsoft und Google.</translation>
        </message>
        <message>
            <source>Signed by {owner} (fingerprint {fingerprint}).</source>
            <translation>Signiert von {owner} (Fingerabdruck {fingerprint}).</translation>
        </message>
        <message>
            <source>Signed in to {provider} as {address}: e-mail is sent with this sign-in.</source>
            <translation>Bei {provider} als {address} angemeldet: E-Mails werden mit dieser Anmeldung gesendet.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and go back to Channel Diligence.</source>
            <translation>Angemeldet. Sie können dieses Fenster schließen und zu Channel Diligence zurückkehren.</translation>
        </message>
        <message>
            <source>Signing in with your account (OAuth2) works too where the app offers it.</source>
            <translation>Die Anmeldung mit Ihrem Konto (OAuth2) geht auch, wo die App sie anbietet.</translation>
        </message>
        <message>
            <source>Signing in with {provider} (OAuth2) needs a client id: your organisation registers the app with {provider} once and enters its client id in Settings &gt; E-mail (the README says how).</source>
            <translation>Die Anmeldung mit {provider} (OAuth2) braucht eine Client-ID: Ihre Organisation registriert die App einmal bei {provider} und trägt deren Client-ID unter Einstellungen &gt; E-Mail ein (das README erklärt, wie).</translation>
        </message>
        <message>
            <source>Someone with the e-mail address {email} is already in the list.</source>
            <translation>Jemand mit der E-Mail-Adresse {email} steht bereits in der Liste.</translation>
        </message>
        <message>
            <source>Stipulates expectations of personnel, business partners and other parties directly linked to the business</source>
            <translation>Legt Erwartungen an Beschäftigte, Geschäftspartner und andere Parteien fest, die unmittelbar mit dem Unternehmen verbunden sind</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers keep their earlier checks.</source>
            <translation>Vor dem Ende angehalten: Die Kunden behalten ihre früheren Prüfungen.</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers kept their earlier checks.</source>
            <translation>Vor dem Ende angehalten: Die Kunden haben ihre früheren Prüfungen behalten.</translation>
        </message>
        <message>
            <source>That is the database in use, not a backup.</source>
            <translation>Das ist die verwendete Datenbank, keine Sicherung.</translation>
        </message>
        <message>
            <source>The acknowledgement cannot be earlier than the day the policy was sent ({date}).</source>
            <translation>Die Bestätigung kann nicht vor dem Tag liegen, an dem die Richtlinie gesendet wurde ({date}).</translation>
        </message>
        <message>
            <source>The address of this database holds its password, and the entry that starts Channel Diligence with your session is a plain file anyone using this computer account can read. Keep the password in PostgreSQL's password file (pgpass) and start Channel Diligence with the address without it, then tick this again.</source>
            <translation>Die Adresse dieser Datenbank enthält ihr Passwort, und der Eintrag, der Channel Diligence mit Ihrer Sitzung startet, ist eine einfache Datei, die jeder lesen kann, der dieses Benutzerkonto des Computers verwendet. Legen Sie das Passwort in der Passwortdatei von PostgreSQL (pgpass) ab, starten Sie Channel Diligence mit der Adresse ohne Passwort und setzen Sie dann das Häkchen erneut.</translation>
        </message>
        <message>
            <source>The answer is dated {answered}, before packet {packet} was built on {built}: it cannot be the answer to this packet. Nothing was recorded; check the date.</source>
            <translation>Die Antwort trägt das Datum {answered}, liegt also vor der Erstellung der Eskalationsunterlagen {packet} am {built}: Sie kann nicht die Antwort auf diese Unterlagen sein. Es wurde nichts erfasst; prüfen Sie das Datum.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} is already in the outbox to {to}.</source>
            <translation>Die Antwort auf Paket {packet} liegt bereits im Postausgang an {to}.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} was already sent to {to}.</source>
            <translation>Die Antwort auf Paket {packet} wurde bereits an {to} gesendet.</translation>
        </message>
        <message>
            <source>The answer to this packet is already recorded ({outcome}, reference {reference}).</source>
            <translation>Die Antwort auf diese Eskalationsunterlagen ist bereits erfasst ({outcome}, Referenz {reference}).</translation>
        </message>
        <message>
            <source>The app stopped while sending an e-mail; it is sent again.</source>
            <translation>Die App wurde beim Senden einer E-Mail beendet; die E-Mail wird erneut gesendet.</translation>
        </message>
        <message>
            <source>The approval date {date} is before the approval of version {number} ({previous}), which this version replaces: enter the day this version was approved. Nothing was adopted.</source>
            <translation>Das Genehmigungsdatum {date} liegt vor der Genehmigung von Version {number} ({previous}), die diese Version ersetzt: Geben Sie den Tag ein, an dem diese Version genehmigt wurde. Es wurde nichts verabschiedet.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future: enter the day the policy was actually approved.</source>
            <translation>Das Genehmigungsdatum {date} liegt in der Zukunft: Geben Sie den Tag ein, an dem die Richtlinie tatsächlich genehmigt wurde.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>Die freigebende Person gibt ihre eigene Passphrase ein, um die Freigabe zu bestätigen.</translation>
        </message>
        <message>
            <source>The audit log is empty: there is no head to sign yet.</source>
            <translation>Das Prüfprotokoll ist leer: Es gibt noch keinen Kopf zu signieren.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({error}). The database as it was is in {safety}.</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden ({error}). Die Datenbank im vorherigen Zustand liegt in {safety}.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {error}.</source>
            <translation>Die Sicherung konnte nicht in {folder} geschrieben werden: {error}.</translation>
        </message>
        <message>
            <source>The backup was saved as {file}, but it could not be noted in the audit log: {reason}.</source>
            <translation>Die Sicherung wurde als {file} gespeichert, konnte aber nicht im Audit-Protokoll vermerkt werden: {reason}.</translation>
        </message>
        <message>
            <source>The browser opens for the {provider} sign-in; come back here when it says so.</source>
            <translation>Der Browser öffnet sich für die {provider}-Anmeldung; kehren Sie hierher zurück, wenn er es sagt.</translation>
        </message>
        <message>
            <source>The certificate of {host} has expired. Tell your provider or IT person; nothing is sent until it is renewed.</source>
            <translation>Das Zertifikat von {host} ist abgelaufen. Sagen Sie es Ihrem Anbieter oder Ihrer IT; bis zur Erneuerung wird nichts gesendet.</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted by this computer. Check the server name, or ask your IT person.</source>
            <translation>Dieser Computer vertraut dem Zertifikat von {host} nicht. Prüfen Sie den Servernamen oder fragen Sie Ihre IT.</translation>
        </message>
        <message>
            <source>The chain head's event_hash is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>Der event_hash des Kettenkopfs ist kein SHA-256 (64 kleingeschriebene Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>The chain head's key_fingerprint is not a fingerprint.</source>
            <translation>Der key_fingerprint des Kettenkopfs ist kein Fingerabdruck.</translation>
        </message>
        <message>
            <source>The chain head's seq is not an event number.</source>
            <translation>Die seq des Kettenkopfs ist keine Ereignisnummer.</translation>
        </message>
        <message>
            <source>The chain head's signed_at is not a time.</source>
            <translation>Das signed_at des Kettenkopfs ist keine Uhrzeit.</translation>
        </message>
        <message>
            <source>The chain's head is not signed yet (the company's signing key is not on this computer, or nothing was signed since), so deleting the newest events would not show here.</source>
            <translation>Der Kopf der Kette ist noch nicht signiert (der Signaturschlüssel des Unternehmens ist nicht auf diesem Computer, oder seitdem wurde nichts signiert), daher würde das Löschen der neuesten Ereignisse hier nicht auffallen.</translation>
        </message>
        <message>
            <source>The company profile lists no distributors: add the distributor in the app (Company profile) first.</source>
            <translation>Im Firmenprofil steht kein Distributor: Fügen Sie den Distributor zuerst in der App hinzu (Firmenprofil).</translation>
        </message>
        <message>
            <source>The company's signing key (fingerprint {fingerprint}) is not in this computer's keyring, so nothing can be signed here. Sign on the computer where the key was made.</source>
            <translation>Der Signaturschlüssel des Unternehmens (Fingerabdruck {fingerprint}) ist nicht im Schlüsselbund dieses Computers, daher kann hier nichts signiert werden. Signieren Sie auf dem Computer, auf dem der Schlüssel erstellt wurde.</translation>
        </message>
        <message>
            <source>The company's signing key could not be stored in the system keyring: {error}.</source>
            <translation>Der Signaturschlüssel des Unternehmens konnte nicht im Schlüsselbund des Systems gespeichert werden: {error}.</translation>
        </message>
        <message>
            <source>The company's signing key could not be written to {file}: {error}.</source>
            <translation>Der Signaturschlüssel des Unternehmens konnte nicht in {file} geschrieben werden: {error}.</translation>
        </message>
        <message>
            <source>The company's signing key is in a file encrypted with the passphrase of {person}, the administrator: give it once to sign in this session.</source>
            <translation>Der Signaturschlüssel des Unternehmens liegt in einer mit der Passphrase von {person}, dem Administrator, verschlüsselten Datei: Geben Sie sie einmal ein, um in dieser Sitzung zu signieren.</translation>
        </message>
        <message>
            <source>The consignee is the customer or the end user already: choose the party that receives the goods for them, or none.</source>
            <translation>Der Warenempfänger ist bereits der Kunde oder der Endnutzer: Wählen Sie die Partei, die die Ware für sie erhält, oder keine.</translation>
        </message>
        <message>
            <source>The criteria pack '{title}', version {version}, is {days} days old (dated {date}): check for a newer one.</source>
            <translation>Der Kriterienkatalog '{title}', Version {version}, ist {days} Tage alt (vom {date}): Prüfen Sie, ob es einen neueren gibt.</translation>
        </message>
        <message>
            <source>The criteria pack has no question {question}.</source>
            <translation>Der Kriterienkatalog hat keine Frage {question}.</translation>
        </message>
        <message>
            <source>The criteria pack in use ({pack} {version}) was changed in the database after it was imported: its fingerprint no longer matches. Screening is stopped so that no order is screened with altered rules. Import the pack again from its file, or restore a backup.</source>
            <translation>Das verwendete Kriterienpaket ({pack} {version}) wurde nach dem Import in der Datenbank geändert: sein Fingerabdruck stimmt nicht mehr. Die Prüfung wurde angehalten, damit kein Auftrag mit veränderten Regeln geprüft wird. Importieren Sie das Paket erneut aus seiner Datei oder stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, and no key of its issuer {name} is pinned: who wrote it cannot be proven. Import it only if you trust where it came from.</source>
            <translation>Der Kriterienkatalog ist nicht signiert, und kein Schlüssel seines Herausgebers {name} ist hinterlegt: Wer ihn geschrieben hat, lässt sich nicht beweisen. Importieren Sie ihn nur, wenn Sie seiner Herkunft vertrauen.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned pack could have been written by anyone. {nothing} Choose the pack file that came with its signature (the .sig.json file) beside it.</source>
            <translation>Der Kriterienkatalog ist nicht signiert, aber der Schlüssel von {name} ist hinterlegt (Fingerabdruck {fingerprint}): Einen unsignierten Katalog könnte jeder geschrieben haben. {nothing} Wählen Sie die Katalogdatei, die mit ihrer Signatur (der .sig.json-Datei) daneben kam.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>Der Kriterienkatalog ist nicht signiert; er wird angenommen, weil unsignierte Dateien von {name} erlaubt sind (Entscheidung eines Administrators).</translation>
        </message>
        <message>
            <source>The criteria pack is refused: {reason} {nothing}</source>
            <translation>Der Kriterienkatalog wird abgelehnt: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack is signed by {signer} (fingerprint {fingerprint}), but no key of {signer} or of its issuer {name} is pinned, so the signature proves nothing yet. Pin the distributor's key after comparing its fingerprint.</source>
            <translation>Der Kriterienkatalog ist von {signer} signiert (Fingerabdruck {fingerprint}), aber weder von {signer} noch von seinem Herausgeber {name} ist ein Schlüssel hinterlegt, daher beweist die Signatur noch nichts. Hinterlegen Sie den Schlüssel des Distributors, nachdem Sie seinen Fingerabdruck verglichen haben.</translation>
        </message>
        <message>
            <source>The criteria pack names {name} as its issuer but is signed with the key of {other} (fingerprint {fingerprint}). {nothing}</source>
            <translation>Der Kriterienkatalog nennt {name} als Herausgeber, ist aber mit dem Schlüssel von {other} signiert (Fingerabdruck {fingerprint}). {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack's signature cannot be read: {reason} {nothing}</source>
            <translation>Die Signatur des Kriterienkatalogs kann nicht gelesen werden: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The customer is not identified: give the customer's name and country.</source>
            <translation>Der Kunde ist nicht identifiziert: Geben Sie Name und Land des Kunden an.</translation>
        </message>
        <message>
            <source>The daily digest cannot be sent: set up e-mail sending first (Settings: mail server).</source>
            <translation>Die tägliche Übersicht kann nicht gesendet werden: Richten Sie zuerst den E-Mail-Versand ein (Einstellungen: Mailserver).</translation>
        </message>
        <message>
            <source>The daily digest goes to nobody: enter its addresses in Settings (Daily digest).</source>
            <translation>Die tägliche Übersicht geht an niemanden: Geben Sie ihre Adressen in den Einstellungen ein (Tägliche Übersicht).</translation>
        </message>
        <message>
            <source>The database {database} cannot be opened: {error}.</source>
            <translation>Die Datenbank {database} kann nicht geöffnet werden: {error}.</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so nothing was saved. Restore the newest backup (File &gt; Restore from backup) or ask your IT contact for help.</source>
            <translation>Die Datenbank {path} ist beschädigt, daher wurde nichts gespeichert. Stellen Sie die neueste Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen) oder bitten Sie Ihre IT-Ansprechperson um Hilfe.</translation>
        </message>
        <message>
            <source>The database {path} is read-only, so nothing was saved. Ask your IT contact to give you write access to the file and its folder, then try again.</source>
            <translation>Die Datenbank {path} ist schreibgeschützt, daher wurde nichts gespeichert. Bitten Sie Ihre IT-Ansprechperson, Ihnen Schreibzugriff auf die Datei und ihren Ordner zu geben, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The date of the answer is in the future.</source>
            <translation>Das Datum der Antwort liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>The date {date} is before the policy was approved ({approved}).</source>
            <translation>Das Datum {date} liegt vor der Genehmigung der Richtlinie ({approved}).</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>Das Datum {date} liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>The date {date} is in the future: record a communication once it has happened.</source>
            <translation>Das Datum {date} liegt in der Zukunft: Erfassen Sie eine Kommunikation erst, wenn sie stattgefunden hat.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be day first. Choose day first, or leave the choice to the file.</source>
            <translation>Die Daten in {file} stehen nicht in der gewählten Reihenfolge: {date} kann nur Tag zuerst sein. Wählen Sie Tag zuerst, oder überlassen Sie die Wahl der Datei.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be month first. Choose month first, or leave the choice to the file.</source>
            <translation>Die Daten in {file} stehen nicht in der gewählten Reihenfolge: {date} kann nur Monat zuerst sein. Wählen Sie Monat zuerst, oder überlassen Sie die Wahl der Datei.</translation>
        </message>
        <message>
            <source>The dates in {file} are written in two orders: {day_first} is day first and {month_first} month first. Nothing was imported: correct the dates in the file.</source>
            <translation>Die Daten in {file} sind in zwei Reihenfolgen geschrieben: {day_first} ist Tag zuerst und {month_first} Monat zuerst. Nichts wurde importiert: Korrigieren Sie die Daten in der Datei.</translation>
        </message>
        <message>
            <source>The dates in {file} can be read two ways: {date} is day first or month first, and no date in the file tells which. Choose the date order of the file.</source>
            <translation>Die Daten in {file} lassen sich auf zwei Arten lesen: {date} kann Tag zuerst oder Monat zuerst sein, und kein Datum der Datei entscheidet es. Wählen Sie die Datumsreihenfolge der Datei.</translation>
        </message>
        <message>
            <source>The decision file is for packet {answered}, not for packet {expected}.</source>
            <translation>Die Entscheidungsdatei gilt für die Eskalationsunterlagen {answered}, nicht für {expected}.</translation>
        </message>
        <message>
            <source>The decision file is not signed, and no key of {name} is pinned: who wrote it cannot be proven. Pin {name}'s key to check its decision files.</source>
            <translation>Die Entscheidungsdatei ist nicht signiert, und kein Schlüssel von {name} ist hinterlegt: Wer sie geschrieben hat, lässt sich nicht belegen. Hinterlegen Sie den Schlüssel von {name}, um seine Entscheidungsdateien zu prüfen.</translation>
        </message>
        <message>
            <source>The decision file is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned file could have been written by anyone. {nothing} Choose the decision file that came with its signature ({signature_file}) beside it.</source>
            <translation>Die Entscheidungsdatei ist nicht signiert, aber der Schlüssel von {name} ist hinterlegt (Fingerabdruck {fingerprint}): Eine unsignierte Datei könnte jeder geschrieben haben. {nothing} Wählen Sie die Entscheidungsdatei, die mit ihrer Signatur ({signature_file}) daneben kam.</translation>
        </message>
        <message>
            <source>The decision file is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>Die Entscheidungsdatei ist nicht signiert; sie wird angenommen, weil unsignierte Dateien von {name} erlaubt sind (Entscheidung eines Administrators).</translation>
        </message>
        <message>
            <source>The decision file is refused: {reason} {nothing}</source>
            <translation>Die Entscheidungsdatei wird abgelehnt: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed by {signer} (fingerprint {fingerprint}), but no key of {name} is pinned, so the signature proves nothing yet. Pin {name}'s key after comparing its fingerprint.</source>
            <translation>Die Entscheidungsdatei ist von {signer} signiert (Fingerabdruck {fingerprint}), aber kein Schlüssel von {name} ist hinterlegt, daher beweist die Signatur noch nichts. Hinterlegen Sie den Schlüssel von {name}, nachdem Sie seinen Fingerabdruck verglichen haben.</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), but the packet was sent to {name}. {nothing}</source>
            <translation>Die Entscheidungsdatei ist mit dem Schlüssel von {other} signiert (Fingerabdruck {fingerprint}), aber das Paket ging an {name}. {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), not with the key of {name}, to whom the packet was sent. {nothing}</source>
            <translation>Die Entscheidungsdatei ist mit dem Schlüssel von {other} signiert (Fingerabdruck {fingerprint}), nicht mit dem von {name}, an den das Paket ging. {nothing}</translation>
        </message>
        <message>
            <source>The decision file lists conditions, but its outcome is {outcome}: conditions only go with approved_with_conditions. Ask the distributor for a corrected file.</source>
            <translation>Die Entscheidungsdatei nennt Auflagen, aber ihr Ergebnis ist „{outcome}“: Auflagen gibt es nur bei „approved_with_conditions“. Bitten Sie den Distributor um eine korrigierte Datei.</translation>
        </message>
        <message>
            <source>The decision file must be a JSON object.</source>
            <translation>Die Entscheidungsdatei muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>The decision file was altered after it was sealed: its content no longer matches its seal.</source>
            <translation>Die Entscheidungsdatei wurde nach dem Versiegeln verändert: Ihr Inhalt passt nicht mehr zu ihrem Siegel.</translation>
        </message>
        <message>
            <source>The decision file's signature cannot be read: {reason} {nothing}</source>
            <translation>Die Signatur der Entscheidungsdatei kann nicht gelesen werden: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision is for packet {answered}, not for packet {sent}.</source>
            <translation>Die Entscheidung gilt für die Eskalationsunterlagen {answered}, nicht für {sent}.</translation>
        </message>
        <message>
            <source>The decision names neither the manifest's SHA-256 nor the file {name} of the packet sent: it cannot be told which packet it answers.</source>
            <translation>Die Entscheidung nennt weder den SHA-256 des Manifests noch die Datei {name} des gesendeten Pakets: Es lässt sich nicht sagen, welches Paket sie beantwortet.</translation>
        </message>
        <message>
            <source>The destination country is not given.</source>
            <translation>Das Bestimmungsland ist nicht angegeben.</translation>
        </message>
        <message>
            <source>The digest goes to at most {count} addresses.</source>
            <translation>Die Übersicht geht an höchstens {count} Adressen.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space on the drive that holds {path} and try again.</source>
            <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Platz auf dem Laufwerk, auf dem {path} liegt, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The distributor already answered for order {reference} ({outcome}, reference {their_reference}, {date}): the order follows that answer and is not escalated again. If the order changes, save it: when the new screening differs, you can escalate it again.</source>
            <translation>Der Distributor hat zum Auftrag {reference} bereits geantwortet ({outcome}, Referenz {their_reference}, {date}): Der Auftrag richtet sich nach dieser Antwort und wird nicht erneut eskaliert. Wenn sich der Auftrag ändert, speichern Sie ihn: Fällt die neue Prüfung anders aus, können Sie ihn erneut eskalieren.</translation>
        </message>
        <message>
            <source>The distributor answered on order {refs}.</source>
            <translation>Der Distributor hat zu Auftrag {refs} geantwortet.</translation>
        </message>
        <message>
            <source>The distributor {outcome} ({who}).</source>
            <translation>Der Distributor {outcome} ({who}).</translation>
        </message>
        <message>
            <source>The distributor {outcome}.</source>
            <translation>Der Distributor {outcome}.</translation>
        </message>
        <message>
            <source>The distributor's answer on order {reference} is already recorded ({outcome}, reference {their_reference}). Nothing was recorded; to ask again, build a new packet.</source>
            <translation>Die Antwort des Distributors zum Auftrag {reference} ist bereits erfasst ({outcome}, Referenz {their_reference}). Es wurde nichts erfasst; um erneut zu fragen, erstellen Sie neue Eskalationsunterlagen.</translation>
        </message>
        <message>
            <source>The drive that holds {path} could not be read or written, so nothing was saved. Check that the drive or network share is connected and try again; tell your IT contact if it happens again.</source>
            <translation>Das Laufwerk, auf dem {path} liegt, konnte nicht gelesen oder beschrieben werden, daher wurde nichts gespeichert. Prüfen Sie, ob das Laufwerk oder die Netzwerkfreigabe verbunden ist, und versuchen Sie es erneut. Informieren Sie Ihre IT-Ansprechperson, wenn es wieder passiert.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} is due today.</source>
            <translation>Der Sorgfaltsbericht für {period} an {who} ist heute fällig.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} was due on {date}.</source>
            <translation>Der Sorgfaltsbericht für {period} an {who} war am {date} fällig.</translation>
        </message>
        <message>
            <source>The e-mail to {to} could not be sent: {reason}</source>
            <translation>Die E-Mail an {to} konnte nicht gesendet werden: {reason}</translation>
        </message>
        <message>
            <source>The e-mail to {to} was cancelled.</source>
            <translation>Der Versand der E-Mail an {to} wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was not sent yet; it is tried again later.</source>
            <translation>Die E-Mail an {to} wurde noch nicht gesendet; es wird später erneut versucht.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was put back in the outbox.</source>
            <translation>Die E-Mail an {to} wurde wieder in den Postausgang gelegt.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was sent.</source>
            <translation>Die E-Mail an {to} wurde gesendet.</translation>
        </message>
        <message>
            <source>The earlier decision no longer applies.</source>
            <translation>Die frühere Entscheidung gilt nicht mehr.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
        </message>
        <message>
            <source>The end user is not named: choose the end user, or the customer itself if it uses the goods.</source>
            <translation>Der Endnutzer ist nicht genannt: Wählen Sie den Endnutzer, oder den Kunden selbst, wenn er die Waren nutzt.</translation>
        </message>
        <message>
            <source>The entry is {listed}.</source>
            <translation>Der Eintrag ist {listed}.</translation>
        </message>
        <message>
            <source>The entry that starts Channel Diligence with your session could not be changed ({where}): {reason}</source>
            <translation>Der Eintrag, der Channel Diligence mit Ihrer Sitzung startet, konnte nicht geändert werden ({where}): {reason}</translation>
        </message>
        <message>
            <source>The file does not hold the named fields of {what}.</source>
            <translation>Die Datei enthält nicht die benannten Felder von {what}.</translation>
        </message>
        <message>
            <source>The file fetched from {host} cannot be used: {reason} Nothing was imported. {stay}</source>
            <translation>Die von {host} geladene Datei ist nicht verwendbar: {reason} Nichts wurde importiert. {stay}</translation>
        </message>
        <message>
            <source>The file has column names but no orders below them: nothing was imported. Check that you chose the right file.</source>
            <translation>Die Datei hat Spaltennamen, aber keine Aufträge darunter: Es wurde nichts importiert. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>The file has no column named {column}.</source>
            <translation>Die Datei hat keine Spalte namens {column}.</translation>
        </message>
        <message>
            <source>The file has no {field}.</source>
            <translation>Die Datei hat kein {field}.</translation>
        </message>
        <message>
            <source>The file holds a single value, not the data it should hold: it {problem}</source>
            <translation>Die Datei enthält nur einen einzelnen Wert, nicht die Daten, die sie enthalten sollte: {problem}</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The file is not a sealed signing key of Channel Diligence.</source>
            <translation>Die Datei ist kein verschlüsselter Signaturschlüssel von Channel Diligence.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: it is not UTF-8 text (the byte at position {position} is not part of any character). Save it as UTF-8 and try again.</source>
            <translation>Die Datei ist kein gültiges JSON: Sie ist kein UTF-8-Text (das Byte an Position {position} gehört zu keinem Zeichen). Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {error}.</source>
            <translation>Die Datei ist kein gültiges JSON: {error}.</translation>
        </message>
        <message>
            <source>The file is version {found}; this app reads version {expected}. Update the app to read it.</source>
            <translation>Die Datei hat Version {found}; diese App liest Version {expected}. Aktualisieren Sie die App, um sie zu lesen.</translation>
        </message>
        <message>
            <source>The file is {size} bytes long; {what} is a few hundred bytes (at most {limit}). Check that you chose the right file.</source>
            <translation>Die Datei ist {size} Bytes groß; {what} hat einige hundert Bytes (höchstens {limit}). Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>The file nests its data more than {limit} levels deep; no file this app reads does that. Check that you chose the right file.</source>
            <translation>Die Datei verschachtelt ihre Daten mehr als {limit} Ebenen tief; keine Datei, die diese App liest, tut das. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {error}.</source>
            <translation>Die Datei {file} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>The file {name} the distributor read was altered after the manifest was made: its SHA-256 differs.</source>
            <translation>Die Datei {name}, die der Distributor gelesen hat, wurde nach dem Erstellen des Manifests verändert: Ihr SHA-256-Hashwert weicht ab.</translation>
        </message>
        <message>
            <source>The file's algorithm is {found}; only {expected} is used.</source>
            <translation>Der Algorithmus der Datei ist {found}; verwendet wird nur {expected}.</translation>
        </message>
        <message>
            <source>The file's {field} is not a name (longer than {limit} characters, or not printable).</source>
            <translation>Das Feld {field} der Datei ist kein Name (länger als {limit} Zeichen oder nicht druckbar).</translation>
        </message>
        <message>
            <source>The file's {field} is not valid base64.</source>
            <translation>Das Feld {field} der Datei ist kein gültiges Base64.</translation>
        </message>
        <message>
            <source>The file's {field} is {size} bytes long, not {expected}: it is cut short or not one.</source>
            <translation>Das Feld {field} der Datei ist {size} Bytes lang, nicht {expected}: Es ist abgeschnitten oder keines.</translation>
        </message>
        <message>
            <source>The file's {field} must be a name in quotes.</source>
            <translation>Das Feld {field} der Datei muss ein Name in Anführungszeichen sein.</translation>
        </message>
        <message>
            <source>The file's {field} must be base64 text.</source>
            <translation>Das Feld {field} der Datei muss Base64-Text sein.</translation>
        </message>
        <message>
            <source>The files are larger than 20 MB together, more than most mail servers accept: leave some out.</source>
            <translation>Die Dateien sind zusammen größer als 20 MB, mehr als die meisten Mailserver annehmen: Lassen Sie einige weg.</translation>
        </message>
        <message>
            <source>The first row must hold the column names.</source>
            <translation>Die erste Zeile muss die Spaltennamen enthalten.</translation>
        </message>
        <message>
            <source>The first row of {file} separates its column names with {header} but the rows below it use {rows}: nothing was imported. Save or export the file again with one separator.</source>
            <translation>Die erste Zeile von {file} trennt die Spaltennamen durch {header}, die Zeilen darunter aber durch {rows}: Nichts wurde importiert. Speichern oder exportieren Sie die Datei erneut mit einem einzigen Trennzeichen.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>The human rights policy has no review date: set its next yearly review.</source>
            <translation>Die Menschenrechtsrichtlinie hat kein Überprüfungsdatum: Legen Sie die nächste jährliche Überprüfung fest.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review is due today.</source>
            <translation>Die jährliche Überprüfung der Menschenrechtsrichtlinie ist heute fällig.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review was due on {date} ({days} days ago).</source>
            <translation>Die jährliche Überprüfung der Menschenrechtsrichtlinie war am {date} fällig (vor {days} Tagen).</translation>
        </message>
        <message>
            <source>The intended use is not written down in the customer's words.</source>
            <translation>Der Verwendungszweck ist nicht in den Worten des Kunden festgehalten.</translation>
        </message>
        <message>
            <source>The key file's fingerprint is {found}, not {expected} as given: it is not the key its owner read out. Nothing was pinned; ask for the right key file.</source>
            <translation>Der Fingerabdruck der Schlüsseldatei ist {found}, nicht {expected} wie angegeben: Es ist nicht der Schlüssel, den sein Inhaber vorgelesen hat. Es wurde nichts hinterlegt; fordern Sie die richtige Schlüsseldatei an.</translation>
        </message>
        <message>
            <source>The listed entry changed since it was reviewed on {date} by {who} (then: not the same party, {reason}).</source>
            <translation>Der Listeneintrag hat sich geändert, seit {who} ihn am {date} geprüft hat (damals: nicht dieselbe Partei, {reason}).</translation>
        </message>
        <message>
            <source>The lists already imported stay in use.</source>
            <translation>Die bereits importierten Listen bleiben in Gebrauch.</translation>
        </message>
        <message>
            <source>The mail server {host} does not exist (no such name on the internet). Check its spelling; your provider's help pages name it.</source>
            <translation>Den Mailserver {host} gibt es nicht (kein solcher Name im Internet). Prüfen Sie die Schreibweise; die Hilfeseiten Ihres Anbieters nennen ihn.</translation>
        </message>
        <message>
            <source>The manifest cannot be read ({error}).</source>
            <translation>Das Manifest kann nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>The message is {state}: it cannot be changed now.</source>
            <translation>Die Nachricht ist {state}: Sie kann jetzt nicht geändert werden.</translation>
        </message>
        <message>
            <source>The name is empty or holds only spaces, punctuation or invisible characters: there is nothing to check against the sanctions lists.</source>
            <translation>Der Name ist leer oder enthält nur Leerzeichen, Satzzeichen oder unsichtbare Zeichen: Es gibt nichts, was mit den Sanktionslisten abgeglichen werden könnte.</translation>
        </message>
        <message>
            <source>The name is {length} characters long, longer than any party's name (at most {limit}): enter the party's name, not a text or a file.</source>
            <translation>Der Name ist {length} Zeichen lang, länger als der Name irgendeiner Partei (höchstens {limit}): Geben Sie den Namen der Partei ein, keinen Text und keine Datei.</translation>
        </message>
        <message>
            <source>The name of {name} contains characters that reverse the text and can hide what the file really is: rename the file and add it again.</source>
            <translation>Der Name von {name} enthält Zeichen, die den Text umkehren und verbergen können, was die Datei wirklich ist: Benennen Sie die Datei um und fügen Sie sie erneut hinzu.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>Die neue Passphrase ist die aktuelle.</translation>
        </message>
        <message>
            <source>The packet holds a file named {name}, which cannot be written safely: build the packet again.</source>
            <translation>Das Paket enthält eine Datei namens {name}, die nicht sicher geschrieben werden kann: Erstellen Sie das Paket neu.</translation>
        </message>
        <message>
            <source>The packet of {reseller} names no contact e-mail address: enter the address to send the answer to.</source>
            <translation>Das Paket von {reseller} nennt keine Kontakt-E-Mail-Adresse: Geben Sie die Adresse ein, an die die Antwort gehen soll.</translation>
        </message>
        <message>
            <source>The packet sent has no file {name}.</source>
            <translation>Die gesendeten Eskalationsunterlagen enthalten keine Datei {name}.</translation>
        </message>
        <message>
            <source>The packet the distributor answered was altered after its manifest was made: the manifest hash in the decision ({answered}…) is not the one of the packet sent ({sent}…).</source>
            <translation>Die Eskalationsunterlagen, auf die der Distributor geantwortet hat, wurden nach dem Erstellen ihres Manifests verändert: Der Hashwert des Manifests in der Entscheidung ({answered}…) ist nicht der der gesendeten Unterlagen ({sent}…).</translation>
        </message>
        <message>
            <source>The party has no name to review.</source>
            <translation>Die Partei hat keinen Namen, der geprüft werden könnte.</translation>
        </message>
        <message>
            <source>The passphrase does not open the sealed signing key.</source>
            <translation>Die Passphrase öffnet den verschlüsselten Signaturschlüssel nicht.</translation>
        </message>
        <message>
            <source>The passphrase of {person} is right but does not open the file of the company's signing key ({file}): it was encrypted with the passphrase {person} had before it was reset.</source>
            <translation>Die Passphrase von {person} ist richtig, öffnet aber die Datei des Signaturschlüssels des Unternehmens ({file}) nicht: Sie wurde mit der Passphrase verschlüsselt, die {person} vor dem Zurücksetzen hatte.</translation>
        </message>
        <message>
            <source>The password file {file} cannot be read: {reason}.</source>
            <translation>Die Passwortdatei {file} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>The password file {file} is empty.</source>
            <translation>Die Passwortdatei {file} ist leer.</translation>
        </message>
        <message>
            <source>The password file {file} is not text (UTF-8).</source>
            <translation>Die Passwortdatei {file} ist kein Text (UTF-8).</translation>
        </message>
        <message>
            <source>The password file {file} is too large to hold a password.</source>
            <translation>Die Passwortdatei {file} ist zu groß, um ein Passwort zu enthalten.</translation>
        </message>
        <message>
            <source>The password would travel unencrypted: choose STARTTLS or SSL for a server that needs a login.</source>
            <translation>Das Passwort würde unverschlüsselt übertragen: Wählen Sie STARTTLS oder SSL für einen Server, der eine Anmeldung braucht.</translation>
        </message>
        <message>
            <source>The permission for this app to send e-mail as {address} was withdrawn at {provider}. Sign in to {provider} again in Settings &gt; E-mail and allow sending; the messages stay in the outbox.</source>
            <translation>Die Berechtigung dieser App, E-Mails als {address} zu senden, wurde bei {provider} entzogen. Melden Sie sich unter Einstellungen &gt; E-Mail erneut bei {provider} an und erlauben Sie das Senden; die Nachrichten bleiben im Postausgang.</translation>
        </message>
        <message>
            <source>The policy template is missing from the installation.</source>
            <translation>Die Richtlinienvorlage fehlt in der Installation.</translation>
        </message>
        <message>
            <source>The port is a number, e.g. 587.</source>
            <translation>Der Port ist eine Zahl, z. B. 587.</translation>
        </message>
        <message>
            <source>The port must be between {low} and {high}.</source>
            <translation>Der Port muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <source>The public key is not an Ed25519 key.</source>
            <translation>Der öffentliche Schlüssel ist kein Ed25519-Schlüssel.</translation>
        </message>
        <message>
            <source>The reason is {count} characters long: say why in at most {limit}.</source>
            <translation>Die Begründung ist {count} Zeichen lang: Begründen Sie in höchstens {limit}.</translation>
        </message>
        <message>
            <source>The reference is too long (100 characters).</source>
            <translation>Die Referenz ist zu lang (100 Zeichen).</translation>
        </message>
        <message>
            <source>The request for approval by {who} was not approved: the order changed after it was asked.</source>
            <translation>Die Freigabeanfrage von {who} wurde nicht freigegeben: der Auftrag wurde nach der Anfrage geändert.</translation>
        </message>
        <message>
            <source>The request for order {reference} is stale: the order changed after approval was asked. Ask for approval again.</source>
            <translation>Die Anfrage zu Auftrag {reference} ist veraltet: der Auftrag wurde nach der Anfrage geändert. Fragen Sie die Freigabe erneut an.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already approved by {person}.</source>
            <translation>Die Anfrage zu Auftrag {reference} wurde bereits von {person} freigegeben.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already sent back by {person}.</source>
            <translation>Die Anfrage zu Auftrag {reference} wurde bereits von {person} zurückgegeben.</translation>
        </message>
        <message>
            <source>The review date {date} is in the past: choose a date from today on, usually one year after approval.</source>
            <translation>Das Überprüfungsdatum {date} liegt in der Vergangenheit: Wählen Sie ein Datum ab heute, meist ein Jahr nach der Genehmigung.</translation>
        </message>
        <message>
            <source>The sanctions lists hold too many distinct words for the name index; import fewer lists.</source>
            <translation>Die Sanktionslisten enthalten zu viele verschiedene Wörter für den Namensindex; importieren Sie weniger Listen.</translation>
        </message>
        <message>
            <source>The sealed signing key is damaged: some of its fields are missing or wrong.</source>
            <translation>Der verschlüsselte Signaturschlüssel ist beschädigt: Einige seiner Felder fehlen oder sind falsch.</translation>
        </message>
        <message>
            <source>The sealed signing key is of version {version}, which this version of the app cannot open.</source>
            <translation>Der verschlüsselte Signaturschlüssel hat die Version {version}, die diese Version der App nicht öffnen kann.</translation>
        </message>
        <message>
            <source>The secure connection to {host} failed. Check the security setting: port 465 goes with SSL, port 587 with STARTTLS.</source>
            <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen. Prüfen Sie die Verschlüsselung: Port 465 gehört zu SSL, Port 587 zu STARTTLS.</translation>
        </message>
        <message>
            <source>The server's certificate is made out to another name than {host}. Use the exact server name your provider gives (often the certificate's name).</source>
            <translation>Das Zertifikat des Servers lautet auf einen anderen Namen als {host}. Verwenden Sie genau den Servernamen, den Ihr Anbieter nennt (oft den des Zertifikats).</translation>
        </message>
        <message>
            <source>The server's certificate is self-signed, so the app cannot tell it is really {host}. Use your provider's official server name, or ask your IT person to install a proper certificate.</source>
            <translation>Das Zertifikat des Servers ist selbst signiert, daher kann die App nicht erkennen, ob es wirklich {host} ist. Verwenden Sie den offiziellen Servernamen Ihres Anbieters oder bitten Sie Ihre IT, ein richtiges Zertifikat einzurichten.</translation>
        </message>
        <message>
            <source>The signature cannot be read: {reason}</source>
            <translation>Die Signatur kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>The signature file is for {purpose}, which this app does not sign.</source>
            <translation>Die Signaturdatei ist für {purpose}, was diese App nicht signiert.</translation>
        </message>
        <message>
            <source>The signature file's key_fingerprint is not a fingerprint.</source>
            <translation>Der key_fingerprint der Signaturdatei ist kein Fingerabdruck.</translation>
        </message>
        <message>
            <source>The signature file's signed_sha256 is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>Der signed_sha256 der Signaturdatei ist kein SHA-256 (64 hexadezimale Ziffern in Kleinbuchstaben).</translation>
        </message>
        <message>
            <source>The signature is wrong: it was not made with {owner}'s key (fingerprint {ours}), or it was changed.</source>
            <translation>Die Signatur ist falsch: Sie wurde nicht mit dem Schlüssel von {owner} (Fingerabdruck {ours}) erstellt oder wurde verändert.</translation>
        </message>
        <message>
            <source>The signature was made for something else ({purpose}).</source>
            <translation>Die Signatur wurde für etwas anderes erstellt ({purpose}).</translation>
        </message>
        <message>
            <source>The signature would overwrite the pack itself: choose another file. Nothing was signed.</source>
            <translation>Die Signatur würde den Katalog selbst überschreiben: Wählen Sie eine andere Datei. Es wurde nichts signiert.</translation>
        </message>
        <message>
            <source>The signed head of {when} (event {seq}) holds; {key}.</source>
            <translation>Der am {when} signierte Kopf (Ereignis {seq}) stimmt; {key}.</translation>
        </message>
        <message>
            <source>The stored criteria pack cannot be read: {error}</source>
            <translation>Der gespeicherte Kriterienkatalog kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>The {provider} sign-in did not finish ({reason}). Try again.</source>
            <translation>Die {provider}-Anmeldung wurde nicht abgeschlossen ({reason}). Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The {provider} sign-in service could not be reached ({reason}). Nothing was sent; the messages stay in the outbox. Check the internet connection and try again.</source>
            <translation>Der Anmeldedienst von {provider} war nicht erreichbar ({reason}). Nichts wurde gesendet; die Nachrichten bleiben im Postausgang. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>There is no answer {answer}.</source>
            <translation>Es gibt keine Antwort {answer}.</translation>
        </message>
        <message>
            <source>There is no customer number {id}.</source>
            <translation>Es gibt keinen Kunden mit der Nummer {id}.</translation>
        </message>
        <message>
            <source>There is no distributor {name} in the company profile (distributors: {names}). Add it there first, or use its name or number as listed.</source>
            <translation>Im Firmenprofil gibt es keinen Distributor {name} (Distributoren: {names}). Fügen Sie ihn dort zuerst hinzu, oder verwenden Sie seinen Namen oder seine Nummer wie aufgeführt.</translation>
        </message>
        <message>
            <source>There is no draft policy: start one in the app (Policy &gt; Human rights policy).</source>
            <translation>Es gibt keinen Entwurf der Richtlinie: Beginnen Sie einen in der App (Richtlinie &gt; Menschenrechtsrichtlinie).</translation>
        </message>
        <message>
            <source>There is no encrypted file of the company's signing key on this computer ({file}).</source>
            <translation>Auf diesem Computer gibt es keine verschlüsselte Datei des Signaturschlüssels des Unternehmens ({file}).</translation>
        </message>
        <message>
            <source>There is no escalation packet {packet}.</source>
            <translation>Es gibt keine Eskalationsunterlagen {packet}.</translation>
        </message>
        <message>
            <source>There is no file or folder {file}.</source>
            <translation>Es gibt keine Datei und keinen Ordner {file}.</translation>
        </message>
        <message>
            <source>There is no file {file}.</source>
            <translation>Die Datei {file} gibt es nicht.</translation>
        </message>
        <message>
            <source>There is no follow-up {follow_up}.</source>
            <translation>Es gibt keine Wiedervorlage {follow_up}.</translation>
        </message>
        <message>
            <source>There is no order with the reference {references}.</source>
            <translation>Es gibt keinen Auftrag mit der Referenz {references}.</translation>
        </message>
        <message>
            <source>There is no outbox message {message}.</source>
            <translation>Es gibt keine Nachricht {message} im Postausgang.</translation>
        </message>
        <message>
            <source>There is no packet {packet}.</source>
            <translation>Es gibt keine Unterlagen {packet}.</translation>
        </message>
        <message>
            <source>There is no person number {id}.</source>
            <translation>Es gibt keine Person Nummer {id}.</translation>
        </message>
        <message>
            <source>There is no request for approval number {id}.</source>
            <translation>Es gibt keine Freigabeanfrage Nummer {id}.</translation>
        </message>
        <message>
            <source>There must always be an active administrator: give someone else the role administrator first. Nothing was changed.</source>
            <translation>Es muss immer eine aktive Administratorin oder einen aktiven Administrator geben: Geben Sie zuerst jemand anderem die Rolle Administrator. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>There must always be an active approver for the orders that need the senior approver: give someone else the role approver first. Nothing was changed.</source>
            <translation>Für Aufträge, die die freigabeberechtigte Führungskraft brauchen, muss es immer eine aktive freigabeberechtigte Person geben: Geben Sie zuerst jemand anderem die Rolle Freigabe. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the sign-in cannot be kept. Use a password instead.</source>
            <translation>Dieser Computer hat keinen Passwortspeicher (Keyring), den die App nutzen kann, daher kann die Anmeldung nicht aufbewahrt werden. Verwenden Sie stattdessen ein Passwort.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use: the SMTP password cannot be kept, so the app asks for it each time it sends.</source>
            <translation>Dieser Computer hat keinen Passwortspeicher (Keyring), den die App nutzen kann: Das SMTP-Passwort kann nicht gespeichert werden, daher fragt die App bei jedem Senden danach.</translation>
        </message>
        <message>
            <source>This computer has no system keyring (password store), where the company's signing key is kept, so nothing can be signed here. Use the app on a computer with a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</source>
            <translation>Dieser Computer hat keinen System-Schlüsselbund (Passwortspeicher), in dem der Signaturschlüssel des Unternehmens aufbewahrt wird, daher kann hier nichts signiert werden. Verwenden Sie die App auf einem Computer mit Schlüsselbund (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund oder ein Secret Service wie GNOME Keyring oder KWallet unter Linux).</translation>
        </message>
        <message>
            <source>This computer has no system keyring: the company's signing key is made now, in a file encrypted with the passphrase of {person}, the administrator: give it to sign.</source>
            <translation>Dieser Computer hat keinen System-Schlüsselbund: Der Signaturschlüssel des Unternehmens wird jetzt erstellt, in einer mit der Passphrase von {person}, dem Administrator, verschlüsselten Datei: Geben Sie sie zum Signieren ein.</translation>
        </message>
        <message>
            <source>This customer is no longer in the catalog.</source>
            <translation>Dieser Kunde ist nicht mehr in der Kundenliste.</translation>
        </message>
        <message>
            <source>This database has no company signing key, so {file} cannot be checked against it.</source>
            <translation>Diese Datenbank hat keinen Signaturschlüssel des Unternehmens, daher kann {file} nicht damit geprüft werden.</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server: backing it up and restoring it is the database administrator's job (for example with pg_dump). The app backs up SQLite databases only.</source>
            <translation>Diese Datenbank liegt auf einem PostgreSQL-Server: Sichern und Wiederherstellen ist Aufgabe der Datenbankadministration (zum Beispiel mit pg_dump). Die App sichert nur SQLite-Datenbanken.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver, and none is set up: add one in the company profile first.</source>
            <translation>Diese Entscheidung braucht die freigabeberechtigte Führungskraft, aber es ist keine eingerichtet: Fügen Sie zuerst im Unternehmensprofil eine hinzu.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver: choose the approver, and let them type their own passphrase.</source>
            <translation>Diese Entscheidung braucht die Freigabe auf höchster Ebene: Wählen Sie die freigebende Person und lassen Sie sie ihre eigene Passphrase eingeben.</translation>
        </message>
        <message>
            <source>This desk has no signing key yet. Make it first with reseller-app distributor keygen --name "YOUR COMPANY" and send its public-key file to your resellers.</source>
            <translation>Dieser Arbeitsplatz hat noch keinen Signaturschlüssel. Erstellen Sie ihn zuerst mit reseller-app distributor keygen --name "IHRE FIRMA" und senden Sie seine Datei mit dem öffentlichen Schlüssel an Ihre Wiederverkäufer.</translation>
        </message>
        <message>
            <source>This distributor is no longer in the company profile.</source>
            <translation>Dieser Distributor ist nicht mehr im Unternehmensprofil.</translation>
        </message>
        <message>
            <source>This e-mail comes once a day while something is due. It is turned on and off, and its recipients chosen, in {app}: Settings, Daily digest.</source>
            <translation>Diese E-Mail kommt einmal am Tag, solange etwas fällig ist. Ein- und ausgeschaltet und ihre Empfänger gewählt wird sie in {app}: Einstellungen, Tägliche Übersicht.</translation>
        </message>
        <message>
            <source>This follow-up was done on {date}.</source>
            <translation>Diese Wiedervorlage wurde am {date} erledigt.</translation>
        </message>
        <message>
            <source>This is an older version ({version}) than the pack in use ({active}). It will be kept but not put into use. To use it anyway, choose it among the packs kept in this database and review it.</source>
            <translation>Dies ist eine ältere Version ({version}) als die des verwendeten Katalogs ({active}). Sie wird gespeichert, aber nicht verwendet. Um sie trotzdem zu verwenden, wählen Sie sie unter den in dieser Datenbank gespeicherten Katalogen aus und prüfen Sie sie.</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence chain head (its format is {found}, not {expected}).</source>
            <translation>Dies ist kein Channel-Diligence-Kettenkopf (sein Format ist {found}, nicht {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence public-key file (its format is {found}, not {expected}).</source>
            <translation>Das ist keine Channel-Diligence-Datei mit öffentlichem Schlüssel (ihr Format ist {found}, nicht {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence signature file (its format is {found}, not {expected}).</source>
            <translation>Das ist keine Channel-Diligence-Signaturdatei (ihr Format ist {found}, nicht {expected}).</translation>
        </message>
        <message>
            <source>This is not a distributor decision file (format must be '{expected}', found {found}).</source>
            <translation>Dies ist keine Entscheidungsdatei eines Distributors (das Format muss „{expected}“ sein, gefunden: {found}).</translation>
        </message>
        <message>
            <source>This is {length} characters long; the limit is {limit}. Please shorten it.</source>
            <translation>Dieser Text ist {length} Zeichen lang; erlaubt sind {limit}. Bitte kürzen Sie ihn.</translation>
        </message>
        <message>
            <source>This key (fingerprint {fingerprint}) is already pinned for {other}: one key cannot speak for two. Nothing was pinned.</source>
            <translation>Dieser Schlüssel (Fingerabdruck {fingerprint}) ist bereits für {other} hinterlegt: Ein Schlüssel kann nicht für zwei sprechen. Es wurde nichts hinterlegt.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined, there is nothing to escalate. Report it as misuse instead.</source>
            <translation>Dieser Auftrag betrifft eine verbotene Verwendung: Er kann nur abgelehnt werden, es gibt nichts zu eskalieren. Melden Sie ihn stattdessen als Missbrauch.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined. To tell the distributor, report it as misuse.</source>
            <translation>Dieser Auftrag betrifft eine verbotene Verwendung: Er kann nur abgelehnt werden. Um den Distributor zu informieren, melden Sie ihn als Missbrauch.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: nobody can approve it, the only possible decision is to decline.</source>
            <translation>Dieser Auftrag betrifft eine verbotene Verwendung: Niemand kann ihn genehmigen, die einzig mögliche Entscheidung ist die Ablehnung.</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Dieser Auftrag existiert nicht mehr.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed and in use: there is nothing to import.</source>
            <translation>Dieser Katalog ({pack} {version}) ist bereits installiert und in Verwendung: Es gibt nichts zu importieren.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed. Importing it again puts it back into use.</source>
            <translation>Dieser Katalog ({pack} {version}) ist bereits installiert. Wenn Sie ihn erneut importieren, wird er wieder verwendet.</translation>
        </message>
        <message>
            <source>This packet is already in the outbox to {to}.</source>
            <translation>Diese Unterlagen liegen bereits im Postausgang, an {to}.</translation>
        </message>
        <message>
            <source>This packet was sent to {to}.</source>
            <translation>Diese Unterlagen wurden an {to} gesendet.</translation>
        </message>
        <message>
            <source>This request asks {person} for approval, not {approver}.</source>
            <translation>Diese Anfrage bittet {person} um Freigabe, nicht {approver}.</translation>
        </message>
        <message>
            <source>This was the sales-assisted review of a self-service order.</source>
            <translation>Dies war die Prüfung eines Self-Service-Auftrags durch den Vertrieb.</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Sanktionsliste des Vereinigten Königreichs</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Konsolidierte Liste des UN-Sicherheitsrats</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Unknown fields in the mapping: {fields}.</source>
            <translation>Unbekannte Felder in der Zuordnung: {fields}.</translation>
        </message>
        <message>
            <source>Unknown safeguard: {safeguard}.</source>
            <translation>Unbekannte Schutzmaßnahme: {safeguard}.</translation>
        </message>
        <message>
            <source>Unrecognised event: {action} ({details}).</source>
            <translation>Unbekanntes Ereignis: {action} ({details}).</translation>
        </message>
        <message>
            <source>Unrecognised event: {action}.</source>
            <translation>Unbekanntes Ereignis: {action}.</translation>
        </message>
        <message>
            <source>Until then, with two-step verification on, an app password works instead of your usual password.</source>
            <translation>Bis dahin geht mit eingeschalteter Bestätigung in zwei Schritten ein App-Passwort statt Ihres üblichen Passworts.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR.</source>
            <translation>Verwenden Sie einen dreistelligen Währungscode wie EUR.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>Use cases tagged</source>
            <translation>Anwendungsfälle angekreuzt</translation>
        </message>
        <message>
            <source>Use the https:// address: a list fetched over plain http could have been changed on its way.</source>
            <translation>Verwenden Sie die https://-Adresse: Eine über unverschlüsseltes http geladene Liste könnte unterwegs verändert worden sein.</translation>
        </message>
        <message>
            <source>Use-case tags</source>
            <translation>Anwendungsfälle (Schlagwörter)</translation>
        </message>
        <message>
            <source>Version {number} of the policy was adopted and can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>Version {number} der Richtlinie wurde verabschiedet und kann nicht mehr geändert werden. Bearbeiten Sie die Richtlinie, um daraus einen neuen Entwurf zu beginnen.</translation>
        </message>
        <message>
            <source>Version {number} of the policy was approved on {date} and adopted, so it can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>Version {number} der Richtlinie wurde am {date} genehmigt und verabschiedet und kann daher nicht mehr geändert werden. Bearbeiten Sie die Richtlinie, um daraus einen neuen Entwurf zu beginnen.</translation>
        </message>
        <message>
            <source>Waiting ({count}):</source>
            <translation>Offen ({count}):</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Warnsignale</translation>
        </message>
        <message>
            <source>Warnings added: {added}; removed: {removed}.</source>
            <translation>Neue Warnungen: {added}; entfallen: {removed}.</translation>
        </message>
        <message>
            <source>What is waiting in {app} on {day}</source>
            <translation>Was in {app} am {day} offen ist</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Wann Bestellungen angehalten werden</translation>
        </message>
        <message>
            <source>With two-step verification on, use an app-specific password.</source>
            <translation>Mit eingeschalteter Bestätigung in zwei Schritten verwenden Sie ein anwendungsspezifisches Passwort.</translation>
        </message>
        <message>
            <source>Write down the distributor's conditions, one per line.</source>
            <translation>Schreiben Sie die Auflagen des Distributors auf, eine pro Zeile.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}, {count} times in a row: {person} is locked until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>Falsche Passphrase für {person}, {count}-mal hintereinander: {person} ist bis {time} gesperrt. Versuchen Sie es dann erneut oder bitten Sie eine Administratorin oder einen Administrator, die Passphrase zurückzusetzen.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}. Tries left before a lock of {minutes} minutes: {count}.</source>
            <translation>Falsche Passphrase für {person}. Verbleibende Versuche vor einer Sperre von {minutes} Minuten: {count}.</translation>
        </message>
        <message>
            <source>Your own passphrase is changed with your current one, not reset: a reset is for another person's passphrase.</source>
            <translation>Die eigene Passphrase wird mit der aktuellen geändert, nicht zurückgesetzt: Zurücksetzen ist für die Passphrase einer anderen Person.</translation>
        </message>
        <message>
            <source>a decision on order {name} has no audit event</source>
            <translation>eine Entscheidung zu Auftrag {name} hat kein Audit-Ereignis</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>einer Datei</translation>
        </message>
        <message>
            <source>a packet about order {name} has no audit event</source>
            <translation>Unterlagen zu Auftrag {name} haben kein Audit-Ereignis</translation>
        </message>
        <message>
            <source>a person</source>
            <translation>eine Person</translation>
        </message>
        <message>
            <source>a prohibited use</source>
            <translation>verbotene Verwendung</translation>
        </message>
        <message>
            <source>a public-key file</source>
            <translation>eine Datei mit öffentlichem Schlüssel</translation>
        </message>
        <message>
            <source>a record that the adopted policy was sent or shown to staff or partners</source>
            <translation>ein Nachweis, dass die verabschiedete Richtlinie Beschäftigten oder Partnern gesendet oder gezeigt wurde</translation>
        </message>
        <message>
            <source>a signature file</source>
            <translation>eine Signaturdatei</translation>
        </message>
        <message>
            <source>a signed chain head</source>
            <translation>ein signierter Kettenkopf</translation>
        </message>
        <message>
            <source>a vessel</source>
            <translation>ein Schiff</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>an aircraft</source>
            <translation>ein Luftfahrzeug</translation>
        </message>
        <message>
            <source>an order must be a JSON object</source>
            <translation>ein Auftrag muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>an organisation</source>
            <translation>eine Organisation</translation>
        </message>
        <message>
            <source>another distributor</source>
            <translation>ein anderer Distributor</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>ein anderes Programm schreibt gerade in die Datenbank</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>approved the order</source>
            <translation>hat den Auftrag genehmigt</translation>
        </message>
        <message>
            <source>approved the order with conditions</source>
            <translation>hat den Auftrag unter Auflagen genehmigt</translation>
        </message>
        <message>
            <source>approved to proceed</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>approved with conditions</source>
            <translation>unter Auflagen genehmigt</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>um {time}</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is in this computer's keyring</source>
            <translation>geprüft mit dem Schlüssel des Unternehmens, Fingerabdruck {fingerprint}, dessen privater Teil im Schlüsselbund dieses Computers liegt</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is on this computer in a file encrypted with the administrator's passphrase</source>
            <translation>geprüft mit dem Schlüssel des Unternehmens, Fingerabdruck {fingerprint}, dessen privater Teil auf diesem Computer in einer mit der Passphrase des Administrators verschlüsselten Datei liegt</translation>
        </message>
        <message>
            <source>checked with the key the database names, fingerprint {fingerprint}, whose private half is not on this computer: compare it with the fingerprint you gave your distributor</source>
            <translation>geprüft mit dem Schlüssel, den die Datenbank nennt, Fingerabdruck {fingerprint}, dessen privater Teil nicht auf diesem Computer ist: Vergleichen Sie ihn mit dem Fingerabdruck, den Sie Ihrem Distributor gegeben haben</translation>
        </message>
        <message>
            <source>cleared to proceed</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>Kommas</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>Warenempfänger</translation>
        </message>
        <message>
            <source>consignee country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>Land des Warenempfängers „{value}“ ist weder ein Ländercode wie DE noch ein Ländername wie Deutschland</translation>
        </message>
        <message>
            <source>criteria pack {name}</source>
            <translation>Kriterienpaket {name}</translation>
        </message>
        <message>
            <source>criteria pack {name} has no audit event</source>
            <translation>Kriterienkatalog {name} hat kein Audit-Ereignis</translation>
        </message>
        <message>
            <source>criteria pack {name} was changed after it was imported: its content no longer matches its SHA-256</source>
            <translation>Kriterienpaket {name} wurde nach dem Import geändert: sein Inhalt stimmt nicht mehr mit seinem SHA-256 überein</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>customer country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>Land des Kunden „{value}“ ist weder ein Ländercode wie DE noch ein Ländername wie Germany</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>date '{text}' can be read as day first or as month first: choose the date order of the file</source>
            <translation>Datum '{text}' lässt sich mit dem Tag zuerst oder mit dem Monat zuerst lesen: Wählen Sie die Datumsreihenfolge der Datei</translation>
        </message>
        <message>
            <source>date '{text}' is not a date like 2026-11-25, 25.11.2026 or 2026-11-25 16:36:00 +0100</source>
            <translation>Datum '{text}' ist kein Datum wie 2026-11-25, 25.11.2026 oder 2026-11-25 16:36:00 +0100</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>decision {id} of order {name}</source>
            <translation>Entscheidung {id} zu Auftrag {name}</translation>
        </message>
        <message>
            <source>decline</source>
            <translation>ablehnen</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>destination</source>
            <translation>Bestimmungsland</translation>
        </message>
        <message>
            <source>destination country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>Bestimmungsland „{value}“ ist weder ein Ländercode wie DE noch ein Ländername wie Germany</translation>
        </message>
        <message>
            <source>distributor's answer</source>
            <translation>Antwort des Distributors</translation>
        </message>
        <message>
            <source>does not have the form this field needs</source>
            <translation>hat nicht die Form, die dieses Feld braucht</translation>
        </message>
        <message>
            <source>elevated</source>
            <translation>Erhöht</translation>
        </message>
        <message>
            <source>elevated risk</source>
            <translation>erhöhtes Risiko</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>Endnutzer</translation>
        </message>
        <message>
            <source>end user country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>Land des Endnutzers „{value}“ ist weder ein Ländercode wie DE noch ein Ländername wie Germany</translation>
        </message>
        <message>
            <source>escalate to the distributor</source>
            <translation>an den Distributor eskalieren</translation>
        </message>
        <message>
            <source>escalated to the distributor</source>
            <translation>an den Distributor eskaliert</translation>
        </message>
        <message>
            <source>event {missing} is missing (the next one is {found})</source>
            <translation>Ereignis {missing} fehlt (das nächste ist {found})</translation>
        </message>
        <message>
            <source>events after {last} were deleted: the head signed on {when} names event {seq}</source>
            <translation>Ereignisse nach {last} wurden gelöscht: Der am {when} signierte Kopf nennt Ereignis {seq}</translation>
        </message>
        <message>
            <source>every tag must be a text, such as 'public_space_surveillance'</source>
            <translation>jedes Schlagwort muss ein Text sein, z. B. „public_space_surveillance“</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>has more than {limit} items</source>
            <translation>hat mehr als {limit} Einträge</translation>
        </message>
        <message>
            <source>high</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>hohes Risiko</translation>
        </message>
        <message>
            <source>holds a NUL character (\u0000), which is not text.</source>
            <translation>enthält ein NUL-Zeichen (\u0000), das kein Text ist.</translation>
        </message>
        <message>
            <source>holds half of a character (a lone \uD800-\uDFFF escape), which is not text.</source>
            <translation>enthält ein halbes Zeichen (ein einzelnes \uD800-\uDFFF-Escape), das kein Text ist.</translation>
        </message>
        <message>
            <source>how distributors, vendors and customers are told about it</source>
            <translation>wie Distributoren, Hersteller und Kunden davon erfahren</translation>
        </message>
        <message>
            <source>how orders are checked before they are confirmed</source>
            <translation>wie Bestellungen vor der Bestätigung geprüft werden</translation>
        </message>
        <message>
            <source>how your staff are told about it</source>
            <translation>wie Ihre Beschäftigten davon erfahren</translation>
        </message>
        <message>
            <source>import batch {id}</source>
            <translation>Import {id}</translation>
        </message>
        <message>
            <source>intended use</source>
            <translation>Verwendungszweck</translation>
        </message>
        <message>
            <source>is a number of {digits} digits; numbers of more than {limit} digits are not read.</source>
            <translation>ist eine Zahl mit {digits} Ziffern; Zahlen mit mehr als {limit} Ziffern werden nicht gelesen.</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>ist leer.</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <source>is longer than {limit} characters.</source>
            <translation>ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>fehlt.</translation>
        </message>
        <message>
            <source>is not a field of a decision file (v1).</source>
            <translation>ist kein Feld einer Entscheidungsdatei (v1).</translation>
        </message>
        <message>
            <source>is not a field of this file</source>
            <translation>ist kein Feld dieser Datei</translation>
        </message>
        <message>
            <source>is not a packet id (a UUID such as 2f1c...-...).</source>
            <translation>ist keine ID von Eskalationsunterlagen (eine UUID wie 2f1c...-...).</translation>
        </message>
        <message>
            <source>it does not link to the event before it</source>
            <translation>keine Verknüpfung mit dem vorherigen Ereignis</translation>
        </message>
        <message>
            <source>its content does not match its hash</source>
            <translation>Inhalt passt nicht zum Hashwert</translation>
        </message>
        <message>
            <source>its details are not readable</source>
            <translation>Details nicht lesbar</translation>
        </message>
        <message>
            <source>left out because another row of order {reference} is bad</source>
            <translation>ausgelassen, weil eine andere Zeile von Auftrag {reference} fehlerhaft ist</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>low risk</source>
            <translation>niedriges Risiko</translation>
        </message>
        <message>
            <source>may hold only lower-case letters a-z, digits and '_'</source>
            <translation>darf nur Kleinbuchstaben a-z, Ziffern und '_' enthalten</translation>
        </message>
        <message>
            <source>must be a SHA-256 (64 hexadecimal digits).</source>
            <translation>muss ein SHA-256-Wert sein (64 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD).</source>
            <translation>muss ein Datum sein (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>must be a date written YYYY-MM-DD, such as 2026-11-02</source>
            <translation>muss ein Datum in der Form JJJJ-MM-TT sein, etwa 2026-11-02</translation>
        </message>
        <message>
            <source>must be a group of named fields in braces, such as {example}</source>
            <translation>muss eine Gruppe benannter Felder in geschweiften Klammern sein, etwa {example}</translation>
        </message>
        <message>
            <source>must be a list in square brackets, such as {example}</source>
            <translation>muss eine Liste in eckigen Klammern sein, etwa {example}</translation>
        </message>
        <message>
            <source>must be a list of tags, or one text of tags separated by ';'</source>
            <translation>muss eine Liste von Schlagwörtern sein oder ein Text mit Schlagwörtern, getrennt durch „;“</translation>
        </message>
        <message>
            <source>must be a list of texts.</source>
            <translation>muss eine Liste von Texten sein.</translation>
        </message>
        <message>
            <source>must be a list of {fields}.</source>
            <translation>muss eine Liste von {fields} sein.</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>muss eine Zahl sein</translation>
        </message>
        <message>
            <source>must be a number such as 310 or 310.50</source>
            <translation>muss eine Zahl sein, etwa 310 oder 310.50</translation>
        </message>
        <message>
            <source>must be a whole number greater than zero</source>
            <translation>muss eine ganze Zahl größer als null sein</translation>
        </message>
        <message>
            <source>must be a whole number such as 40, written without quotes or a decimal point</source>
            <translation>muss eine ganze Zahl sein, etwa 40, ohne Anführungszeichen und ohne Dezimalpunkt geschrieben</translation>
        </message>
        <message>
            <source>must be an ISO 3166-1 alpha-2 code such as 'DE'</source>
            <translation>muss ein ISO-3166-1-Alpha-2-Code wie „DE“ sein</translation>
        </message>
        <message>
            <source>must be at least {limit}</source>
            <translation>muss mindestens {limit} sein</translation>
        </message>
        <message>
            <source>must be less than {limit}</source>
            <translation>muss kleiner als {limit} sein</translation>
        </message>
        <message>
            <source>must be more than {limit}</source>
            <translation>muss größer als {limit} sein</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>muss einer dieser Werte sein: {choices}</translation>
        </message>
        <message>
            <source>must be one of {choices} (found {found}).</source>
            <translation>muss einer dieser Werte sein: {choices} (gefunden: {found}).</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>muss ein Text in Anführungszeichen sein</translation>
        </message>
        <message>
            <source>must be text.</source>
            <translation>muss Text sein.</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be {fields}.</source>
            <translation>muss {fields} sein.</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must not be more than {limit}</source>
            <translation>darf nicht größer als {limit} sein</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>darf nicht negativ sein</translation>
        </message>
        <message>
            <source>must not contain a line break, a tab or another invisible control character</source>
            <translation>darf keinen Zeilenumbruch, keinen Tabulator und kein anderes unsichtbares Steuerzeichen enthalten</translation>
        </message>
        <message>
            <source>no EU reference number</source>
            <translation>ohne EU-Referenznummer</translation>
        </message>
        <message>
            <source>no reference number</source>
            <translation>ohne Referenznummer</translation>
        </message>
        <message>
            <source>no sanctions result changed</source>
            <translation>kein Sanktionsergebnis hat sich geändert</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>of an unknown kind</source>
            <translation>unbekannter Art</translation>
        </message>
        <message>
            <source>on hold for a decision</source>
            <translation>bis zu einer Entscheidung angehalten</translation>
        </message>
        <message>
            <source>on {date} at {time}</source>
            <translation>am {date} um {time}</translation>
        </message>
        <message>
            <source>order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>order {name}</source>
            <translation>Auftrag {name}</translation>
        </message>
        <message>
            <source>order {name} has no audit event</source>
            <translation>Auftrag {name} hat kein Audit-Ereignis</translation>
        </message>
        <message>
            <source>order {reference} already exists with other content: change its reference in the file, or edit the order in the app</source>
            <translation>Auftrag {reference} existiert bereits mit anderem Inhalt: Ändern Sie seine Referenz in der Datei oder bearbeiten Sie den Auftrag in der App</translation>
        </message>
        <message>
            <source>order {reference}: the consignee differs from row {row}</source>
            <translation>Bestellung {reference}: Der Warenempfänger weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the currency differs from row {row}</source>
            <translation>Auftrag {reference}: Die Währung weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the customer differs from row {row}</source>
            <translation>Auftrag {reference}: Der Kunde weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the destination country differs from row {row}</source>
            <translation>Auftrag {reference}: Das Bestimmungsland weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the end user differs from row {row}</source>
            <translation>Auftrag {reference}: Der Endnutzer weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the intended use differs from row {row}</source>
            <translation>Auftrag {reference}: Der Verwendungszweck weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the order date differs from row {row}</source>
            <translation>Auftrag {reference}: Das Auftragsdatum weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the sales model differs from row {row}</source>
            <translation>Auftrag {reference}: Das Vertriebsmodell weicht von Zeile {row} ab</translation>
        </message>
        <message>
            <source>order {reference}: the use-case tags differ from row {row}</source>
            <translation>Auftrag {reference}: Die Anwendungsfälle (Schlagwörter) weichen von Zeile {row} ab</translation>
        </message>
        <message>
            <source>packet {name}</source>
            <translation>Paket {name}</translation>
        </message>
        <message>
            <source>packet {name} has no audit event</source>
            <translation>Unterlagen {name} haben kein Audit-Ereignis</translation>
        </message>
        <message>
            <source>person {name}</source>
            <translation>Person {name}</translation>
        </message>
        <message>
            <source>policy template, {where}: {problem}</source>
            <translation>Richtlinienvorlage, {where}: {problem}</translation>
        </message>
        <message>
            <source>policy version {number}</source>
            <translation>Version {number} der Grundsatzerklärung</translation>
        </message>
        <message>
            <source>proceed</source>
            <translation>fortfahren</translation>
        </message>
        <message>
            <source>proceed with conditions</source>
            <translation>mit Auflagen fortfahren</translation>
        </message>
        <message>
            <source>products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>prohibited</source>
            <translation>Verboten</translation>
        </message>
        <message>
            <source>quantity '{quantity}' is not a whole number</source>
            <translation>Menge „{quantity}“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>quantity {quantity} is more than {limit}, the most one order line can hold</source>
            <translation>Menge {quantity} ist größer als {limit}, die Höchstmenge für eine Auftragsposition</translation>
        </message>
        <message>
            <source>quantity {quantity} must be greater than zero</source>
            <translation>Menge {quantity} muss größer als null sein</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>in der Warteschlange</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>rejected the order</source>
            <translation>hat den Auftrag abgelehnt</translation>
        </message>
        <message>
            <source>review {id} of a possible sanctions match</source>
            <translation>Prüfung {id} eines möglichen Sanktionstreffers</translation>
        </message>
        <message>
            <source>sales model</source>
            <translation>Vertriebsmodell</translation>
        </message>
        <message>
            <source>sales model '{value}' is not 'assisted' or 'self_service'</source>
            <translation>Vertriebsmodell „{value}“ ist weder „assisted“ noch „self_service“</translation>
        </message>
        <message>
            <source>sanctionEntity number {number} ({reference})</source>
            <translation>sanctionEntity Nummer {number} ({reference})</translation>
        </message>
        <message>
            <source>sanctions check {id} of a party</source>
            <translation>Sanktionsprüfung {id} einer Partei</translation>
        </message>
        <message>
            <source>sanctions list version {id} ({name})</source>
            <translation>Sanktionsliste Version {id} ({name})</translation>
        </message>
        <message>
            <source>screening</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>screening {id} of order {name}</source>
            <translation>Prüfung {id} zu Auftrag {name}</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>Semikolons</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>im Versand</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>someone at another desk</source>
            <translation>jemand an einem anderen Arbeitsplatz</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Mitarbeit</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>Tabulatoren</translation>
        </message>
        <message>
            <source>the approver's job title</source>
            <translation>die Funktion der genehmigenden Person</translation>
        </message>
        <message>
            <source>the chain was rewritten: event {seq} no longer has the hash signed on {when}</source>
            <translation>die Kette wurde umgeschrieben: Ereignis {seq} hat nicht mehr den am {when} signierten Hash</translation>
        </message>
        <message>
            <source>the company's key is gone from the database, so the signed heads cannot be checked (the newest names event {seq})</source>
            <translation>der Schlüssel des Unternehmens fehlt in der Datenbank, daher können die signierten Köpfe nicht geprüft werden (der neueste nennt Ereignis {seq})</translation>
        </message>
        <message>
            <source>the consignee</source>
            <translation>der Empfänger</translation>
        </message>
        <message>
            <source>the customer</source>
            <translation>der Kunde</translation>
        </message>
        <message>
            <source>the database is damaged</source>
            <translation>die Datenbank ist beschädigt</translation>
        </message>
        <message>
            <source>the database is read-only</source>
            <translation>die Datenbank ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the date it was approved</source>
            <translation>das Datum der Genehmigung</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the distributor</source>
            <translation>den Distributor</translation>
        </message>
        <message>
            <source>the distributor's answer {id} on order {name}</source>
            <translation>Antwort {id} des Distributors zu Auftrag {name}</translation>
        </message>
        <message>
            <source>the drive could not be read or written</source>
            <translation>das Laufwerk konnte nicht gelesen oder beschrieben werden</translation>
        </message>
        <message>
            <source>the end user</source>
            <translation>der Endnutzer</translation>
        </message>
        <message>
            <source>the event saying the chain's head is signed is missing, though signed heads are stored (the oldest names event {seq}): events were deleted</source>
            <translation>das Ereignis, das sagt, dass der Kopf der Kette signiert wird, fehlt, obwohl signierte Köpfe gespeichert sind (der älteste nennt Ereignis {seq}): Ereignisse wurden gelöscht</translation>
        </message>
        <message>
            <source>the head signed on {when} (event {seq}) holds</source>
            <translation>der am {when} signierte Kopf (Ereignis {seq}) stimmt</translation>
        </message>
        <message>
            <source>the name of the senior person who approves it (owner, managing director or board)</source>
            <translation>der Name der ranghöchsten Person, die sie genehmigt (Inhaber, Geschäftsführung oder Vorstand)</translation>
        </message>
        <message>
            <source>the order reference '{reference}' holds {separators}: the row is probably separated otherwise than the first row</source>
            <translation>die Auftragsreferenz '{reference}' enthält {separators}: Die Zeile ist wahrscheinlich anders getrennt als die erste Zeile</translation>
        </message>
        <message>
            <source>the order reference is empty</source>
            <translation>die Auftragsreferenz ist leer</translation>
        </message>
        <message>
            <source>the order reference must not contain a line break, a tab or another invisible control character</source>
            <translation>die Auftragsreferenz darf keinen Zeilenumbruch, keinen Tabulator und kein anderes unsichtbares Steuerzeichen enthalten</translation>
        </message>
        <message>
            <source>the policy template is not valid JSON: {error}</source>
            <translation>die Richtlinienvorlage ist kein gültiges JSON: {error}</translation>
        </message>
        <message>
            <source>the record hashes of event {seq} were changed</source>
            <translation>die Datensatz-Hashes von Ereignis {seq} wurden verändert</translation>
        </message>
        <message>
            <source>the records of this database were never sealed with their hashes: open it once where it can be saved</source>
            <translation>die Datensätze dieser Datenbank wurden nie mit ihren Hashes versiegelt: öffnen Sie sie einmal dort, wo sie gespeichert werden kann</translation>
        </message>
        <message>
            <source>the senior approver (set one up in the company profile)</source>
            <translation>der freigabeberechtigten Führungskraft (richten Sie diese im Unternehmensprofil ein)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) does not hold: its signature is not the company key's signature of what it says (it was edited or forged)</source>
            <translation>der am {when} signierte Kopf (Ereignis {seq}) stimmt nicht: Seine Signatur ist nicht die Signatur des Unternehmensschlüssels über seinen Inhalt (er wurde bearbeitet oder gefälscht)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) names another key (fingerprint {theirs}), not the company's (fingerprint {ours})</source>
            <translation>der am {when} signierte Kopf (Ereignis {seq}) nennt einen anderen Schlüssel (Fingerabdruck {theirs}), nicht den des Unternehmens (Fingerabdruck {ours})</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but no signed head is stored</source>
            <translation>die signierten Köpfe wurden gelöscht: Ereignis {seq} sagt, dass der Kopf der Kette seit {when} signiert wird, aber kein signierter Kopf ist gespeichert</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but the oldest signed head stored names event {oldest}</source>
            <translation>die signierten Köpfe wurden gelöscht: Ereignis {seq} sagt, dass der Kopf der Kette seit {when} signiert wird, aber der älteste gespeicherte signierte Kopf nennt Ereignis {oldest}</translation>
        </message>
        <message>
            <source>the table of the signed heads was removed from the database</source>
            <translation>die Tabelle der signierten Köpfe wurde aus der Datenbank entfernt</translation>
        </message>
        <message>
            <source>the uses you will not sell for</source>
            <translation>die Verwendungen, für die Sie nicht verkaufen</translation>
        </message>
        <message>
            <source>the {column} cell holds a zero byte (NUL), which no text holds: the file is damaged in this row</source>
            <translation>die Zelle {column} enthält ein Nullbyte (NUL), das kein Text enthält: Die Datei ist in dieser Zeile beschädigt</translation>
        </message>
        <message>
            <source>the {column} cell holds line breaks and {separators}: a quotation mark is probably not closed, so lines {first} to {last} of the file were read into this one row</source>
            <translation>die Zelle {column} enthält Zeilenumbrüche und {separators}: Wahrscheinlich ist ein Anführungszeichen nicht geschlossen, sodass die Zeilen {first} bis {last} der Datei in diese eine Zeile gelesen wurden</translation>
        </message>
        <message>
            <source>this row has {cells} cells where the first row has {columns} column names: a separator or quotation mark in this row is probably wrong</source>
            <translation>diese Zeile hat {cells} Zellen, die erste Zeile aber {columns} Spaltennamen: Wahrscheinlich ist ein Trennzeichen oder Anführungszeichen in dieser Zeile falsch</translation>
        </message>
        <message>
            <source>unit price {price} is more than {limit}, the most one unit can cost</source>
            <translation>Einzelpreis {price} ist höher als {limit}, der Höchstpreis für eine Einheit</translation>
        </message>
        <message>
            <source>unit price {price} must not be negative</source>
            <translation>Einzelpreis {price} darf nicht negativ sein</translation>
        </message>
        <message>
            <source>use cases</source>
            <translation>Anwendungsfälle</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>senkrechte Striche</translation>
        </message>
        <message>
            <source>what you expect of customers</source>
            <translation>was Sie von Kunden erwarten</translation>
        </message>
        <message>
            <source>what you expect of distributors, vendors and other partners</source>
            <translation>was Sie von Distributoren, Herstellern und anderen Partnern erwarten</translation>
        </message>
        <message>
            <source>what you expect of your staff</source>
            <translation>was Sie von Ihren Beschäftigten erwarten</translation>
        </message>
        <message>
            <source>when you ask your distributor or vendor for advice on a sale</source>
            <translation>wann Sie Ihren Distributor oder den Hersteller zu einem Verkauf um Rat fragen</translation>
        </message>
        <message>
            <source>where the public can read the policy (for example a page on your website)</source>
            <translation>wo die Öffentlichkeit die Richtlinie lesen kann (zum Beispiel eine Seite auf Ihrer Website)</translation>
        </message>
        <message>
            <source>who inside the company was consulted, or which outside expertise was used (for example your distributor or published guidance)</source>
            <translation>wer im Unternehmen einbezogen wurde oder welches externe Fachwissen genutzt wurde (zum Beispiel Ihr Distributor oder veröffentlichte Leitfäden)</translation>
        </message>
        <message>
            <source>who is trained, on what, and how often</source>
            <translation>wer geschult wird, worin und wie oft</translation>
        </message>
        <message>
            <source>who to contact to raise a concern</source>
            <translation>an wen man sich mit einem Anliegen wendet</translation>
        </message>
        <message>
            <source>{action} needs the role {needed}; {person} has the role {role}.</source>
            <translation>{action} erfordert die Rolle {needed}; {person} hat die Rolle {role}.</translation>
        </message>
        <message>
            <source>{address} is not signed in to {provider} on this computer. Sign in to {provider} in Settings &gt; E-mail.</source>
            <translation>{address} ist auf diesem Computer nicht bei {provider} angemeldet. Melden Sie sich unter Einstellungen &gt; E-Mail bei {provider} an.</translation>
        </message>
        <message>
            <source>{approver} sent the request for approval back to {who}: {reason}</source>
            <translation>{approver} hat die Freigabeanfrage an {who} zurückgegeben: {reason}</translation>
        </message>
        <message>
            <source>{app} daily digest of {day}: {overdue} overdue, {waiting} waiting</source>
            <translation>Tägliche Übersicht von {app} vom {day}: {overdue} überfällig, {waiting} offen</translation>
        </message>
        <message>
            <source>{country} is not a country's two-letter ISO code (e.g. DE).</source>
            <translation>{country} ist kein zweistelliger ISO-Ländercode (z. B. DE).</translation>
        </message>
        <message>
            <source>{country}: no longer listed, gets the fallback tier ({level}).</source>
            <translation>{country}: nicht mehr aufgeführt, erhält die Ersatzstufe ({level}).</translation>
        </message>
        <message>
            <source>{country}: now listed as {level}.</source>
            <translation>{country}: neu aufgeführt als {level}.</translation>
        </message>
        <message>
            <source>{country}: {before}, now {after}.</source>
            <translation>{country}: {before}, jetzt {after}.</translation>
        </message>
        <message>
            <source>{count} changes compared with the pack in use:</source>
            <translation>{count} Änderungen gegenüber dem verwendeten Katalog:</translation>
        </message>
        <message>
            <source>{count} distributor answers came in the last {days} days: orders {refs}.</source>
            <translation>{count} Antworten des Distributors in den letzten {days} Tagen: Aufträge {refs}.</translation>
        </message>
        <message>
            <source>{count} e-mails could not be sent: open the outbox to retry or export them.</source>
            <translation>{count} E-Mails konnten nicht gesendet werden: Öffnen Sie den Postausgang, um sie erneut zu senden oder zu exportieren.</translation>
        </message>
        <message>
            <source>{count} follow-ups are due today: orders {refs}.</source>
            <translation>{count} Wiedervorlagen sind heute fällig: Aufträge {refs}.</translation>
        </message>
        <message>
            <source>{count} follow-ups are overdue: orders {refs}.</source>
            <translation>{count} Wiedervorlagen sind überfällig: Aufträge {refs}.</translation>
        </message>
        <message>
            <source>{count} matches gone</source>
            <translation>{count} Treffer entfallen</translation>
        </message>
        <message>
            <source>{count} matches now only possible</source>
            <translation>{count} Treffer jetzt nur noch möglich</translation>
        </message>
        <message>
            <source>{count} new matches</source>
            <translation>{count} neue Treffer</translation>
        </message>
        <message>
            <source>{count} new possible matches</source>
            <translation>{count} neue mögliche Treffer</translation>
        </message>
        <message>
            <source>{count} orders have been held for more than {days} days without a decision: {refs}.</source>
            <translation>{count} Aufträge sind seit mehr als {days} Tagen ohne Entscheidung angehalten: {refs}.</translation>
        </message>
        <message>
            <source>{count} records stored before their hashes were kept were sealed with their SHA-256.</source>
            <translation>{count} Datensätze, die gespeichert wurden, bevor ihre Hashes aufbewahrt wurden, wurden mit ihrem SHA-256 versiegelt.</translation>
        </message>
        <message>
            <source>{customers} customers and {orders} open orders checked again</source>
            <translation>{customers} Kunden und {orders} offene Aufträge erneut geprüft</translation>
        </message>
        <message>
            <source>{domain} is not in the app's list of providers: these settings are a guess (smtp.{domain}, port {port}, STARTTLS). Check them with your provider or IT person, then send a test message.</source>
            <translation>{domain} steht nicht in der Anbieterliste der App: Diese Einstellungen sind geraten (smtp.{domain}, Port {port}, STARTTLS). Prüfen Sie sie mit Ihrem Anbieter oder Ihrer IT und senden Sie dann eine Testnachricht.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <source>{element} number {number} ({reference})</source>
            <translation>{element} Nummer {number} ({reference})</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address (name@example.com).</source>
            <translation>{email} ist keine E-Mail-Adresse (name@example.com).</translation>
        </message>
        <message>
            <source>{field} is not a field of this file.</source>
            <translation>{field} ist kein Feld dieser Datei.</translation>
        </message>
        <message>
            <source>{file} has no column 'Unique ID' (nor OFSI's 'Group ID'): it is not the UK sanctions list.</source>
            <translation>{file} hat keine Spalte 'Unique ID' (auch nicht die Spalte 'Group ID' des OFSI): Es ist nicht die Sanktionsliste des Vereinigten Königreichs.</translation>
        </message>
        <message>
            <source>{file} has no header row with the column 'Name 6' in its first lines: it is not the UK sanctions list.</source>
            <translation>{file} hat in den ersten Zeilen keine Kopfzeile mit der Spalte 'Name 6': Es ist nicht die Sanktionsliste des Vereinigten Königreichs.</translation>
        </message>
        <message>
            <source>{file} holds more than {files} files or {size} MB, more than any packet or evidence bundle: check that you chose the right file.</source>
            <translation>{file} enthält mehr als {files} Dateien oder {size} MB, mehr als jedes Paket oder Nachweispaket: Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>{file} holds more than {limit}, more than such a file ever is: check that you chose the right file.</source>
            <translation>{file} enthält mehr als {limit}, mehr als eine solche Datei je hat: Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>{file} holds no chain-head.json: it was built before heads were signed, or where the company's key is not.</source>
            <translation>{file} enthält keine chain-head.json: Es wurde erstellt, bevor Köpfe signiert wurden, oder dort, wo der Schlüssel des Unternehmens nicht ist.</translation>
        </message>
        <message>
            <source>{file} holds no entry with a name: it is not the UK sanctions list.</source>
            <translation>{file} enthält keinen Eintrag mit Namen: Es ist nicht die Sanktionsliste des Vereinigten Königreichs.</translation>
        </message>
        <message>
            <source>{file} holds no entry: it is not OFAC's SDN list.</source>
            <translation>{file} enthält keinen Eintrag: Es ist nicht die SDN-Liste des OFAC.</translation>
        </message>
        <message>
            <source>{file} holds no entry: the UN list is never empty, so the file is damaged.</source>
            <translation>{file} enthält keinen Eintrag: Die UN-Liste ist nie leer, also ist die Datei beschädigt.</translation>
        </message>
        <message>
            <source>{file} holds no escalation packet's JSON for packet {packet}.</source>
            <translation>{file} enthält kein JSON eines Eskalationspakets für Paket {packet}.</translation>
        </message>
        <message>
            <source>{file} holds no listed party: it is not a sanctions list, or it is empty.</source>
            <translation>{file} enthält keine gelistete Partei: Es ist keine Sanktionsliste, oder sie ist leer.</translation>
        </message>
        <message>
            <source>{file} holds no sanctionEntity with a name: it is not the EU consolidated list.</source>
            <translation>{file} enthält kein sanctionEntity mit Namen: Es ist nicht die konsolidierte Liste der EU.</translation>
        </message>
        <message>
            <source>{file} holds the key of {owner} (fingerprint {theirs}), not this desk's signing key (fingerprint {ours}), whose private half alone is on this computer. Nothing was signed.</source>
            <translation>{file} enthält den Schlüssel von {owner} (Fingerabdruck {theirs}), nicht den Signaturschlüssel dieses Arbeitsplatzes (Fingerabdruck {ours}), dessen privater Teil als einziger auf diesem Computer liegt. Es wurde nichts signiert.</translation>
        </message>
        <message>
            <source>{file} is OFAC's list in XML, which the app does not read: import OFAC's CSV set instead (sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it).</source>
            <translation>{file} ist die Liste des OFAC im XML-Format, die die App nicht liest: Importieren Sie stattdessen den CSV-Satz des OFAC (sdn.csv mit alt.csv, add.csv und sdn_comments.csv daneben).</translation>
        </message>
        <message>
            <source>{file} is XML but none of the lists the app reads (OFAC, UN, EU, UK): its root element is {root}.</source>
            <translation>{file} ist XML, aber keine der Listen, die die App liest (OFAC, UN, EU, Vereinigtes Königreich): Sein Wurzelelement ist {root}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the EU consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} ist XML, aber nicht die konsolidierte Liste der EU: Sein Wurzelelement ist {found}, nicht {expected}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the UN consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} ist XML, aber nicht die konsolidierte Liste der UN: Sein Wurzelelement ist {found}, nicht {expected}.</translation>
        </message>
        <message>
            <source>{file} is a due diligence report, not an escalation: it asks for no decision. Read its PDF; its JSON holds the same figures.</source>
            <translation>{file} ist ein Sorgfaltsbericht, keine Eskalation: Er verlangt keine Entscheidung. Lesen Sie sein PDF; sein JSON enthält dieselben Zahlen.</translation>
        </message>
        <message>
            <source>{file} is a misuse report, not an escalation: it asks for no decision. Read its PDF and answer the reseller directly.</source>
            <translation>{file} ist eine Missbrauchsmeldung, keine Eskalation: Sie verlangt keine Entscheidung. Lesen Sie ihr PDF und antworten Sie dem Wiederverkäufer direkt.</translation>
        </message>
        <message>
            <source>{file} is an e-mail without attachments: it holds no packet.</source>
            <translation>{file} ist eine E-Mail ohne Anhänge: Sie enthält kein Paket.</translation>
        </message>
        <message>
            <source>{file} is empty: it is not a sanctions list.</source>
            <translation>{file} ist leer: Es ist keine Sanktionsliste.</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a PDF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} ist keine der Listen, die die App liest, sondern ein PDF-Dokument: Importieren Sie die Liste so, wie ihr Herausgeber sie zum Herunterladen anbietet (CSV oder XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a Word, Excel or RTF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} ist keine der Listen, die die App liest, sondern ein Word-, Excel- oder RTF-Dokument: Importieren Sie die Liste so, wie ihr Herausgeber sie zum Herunterladen anbietet (CSV oder XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a compressed archive (ZIP, gzip, 7-Zip or RAR): unpack it and import the list file inside (for OFAC, sdn.csv).</source>
            <translation>{file} ist keine der Listen, die die App liest, sondern ein komprimiertes Archiv (ZIP, gzip, 7-Zip oder RAR): Entpacken Sie es und importieren Sie die darin enthaltene Listendatei (bei der OFAC sdn.csv).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads: OFAC's sdn.csv, the UN consolidated list (XML), the EU consolidated list (XML) or the UK sanctions list (CSV).</source>
            <translation>{file} ist keine der Listen, die die App liest: die sdn.csv des OFAC, die konsolidierte Liste der UN (XML), die konsolidierte Liste der EU (XML) oder die Sanktionsliste des Vereinigten Königreichs (CSV).</translation>
        </message>
        <message>
            <source>{file} is not a CSV text file: it holds other data, such as a spreadsheet workbook. Save or export the orders as CSV (comma-separated values) in your shop or spreadsheet program and import that file.</source>
            <translation>{file} ist keine CSV-Textdatei: Sie enthält andere Daten, zum Beispiel eine Arbeitsmappe einer Tabellenkalkulation. Speichern oder exportieren Sie die Aufträge in Ihrem Shop- oder Tabellenkalkulationsprogramm als CSV (kommagetrennte Werte) und importieren Sie diese Datei.</translation>
        </message>
        <message>
            <source>{file} is not a criteria pack the app can use: {reason} Nothing was signed.</source>
            <translation>{file} ist kein Kriterienkatalog, den die App verwenden kann: {reason} Es wurde nichts signiert.</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} ist keine Datei.</translation>
        </message>
        <message>
            <source>{file} is not a packet's zip or folder ({error}).</source>
            <translation>{file} ist weder die ZIP-Datei noch der Ordner eines Pakets ({error}).</translation>
        </message>
        <message>
            <source>{file} is not a packet: it has no manifest.json.</source>
            <translation>{file} ist kein Paket: Es hat keine manifest.json.</translation>
        </message>
        <message>
            <source>{file} is one of the files beside OFAC's sdn.csv: import sdn.csv itself, with alt.csv, add.csv and sdn_comments.csv in the same folder.</source>
            <translation>{file} ist eine der Dateien neben der sdn.csv des OFAC: Importieren Sie die sdn.csv selbst, mit alt.csv, add.csv und sdn_comments.csv im selben Ordner.</translation>
        </message>
        <message>
            <source>{file} is refused: {reason}</source>
            <translation>{file} wird abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>{file} is {size}, more than such a file ever is (at most {limit}): check that you chose the right file.</source>
            <translation>{file} ist {size} groß, mehr als eine solche Datei je ist (höchstens {limit}): Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
        </message>
        <message>
            <source>{file} says it comes from {reseller}, but it is signed with the key of {other} (fingerprint {fingerprint}).</source>
            <translation>{file} gibt an, von {reseller} zu stammen, ist aber mit dem Schlüssel von {other} signiert (Fingerabdruck {fingerprint}).</translation>
        </message>
        <message>
            <source>{file} was altered after its manifest was made: {files} differ (missing or changed). Ask the reseller to send the packet again.</source>
            <translation>{file} wurde nach dem Erstellen seines Manifests verändert: {files} weichen ab (fehlen oder geändert). Bitten Sie den Wiederverkäufer, das Paket erneut zu senden.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the CSV is broken ({error}): the file is cut short or damaged; download it again.</source>
            <translation>{file}, Zeile {line}: Die CSV-Datei ist fehlerhaft ({error}): Die Datei ist abgeschnitten oder beschädigt; laden Sie sie erneut herunter.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML declares a DOCTYPE, which no sanctions list does; it is refused because its entities could make the app read other files or run out of memory.</source>
            <translation>{file}, Zeile {line}: Das XML deklariert einen DOCTYPE, was keine Sanktionsliste tut; es wird abgelehnt, weil seine Entitäten die App andere Dateien lesen oder den Speicher erschöpfen lassen könnten.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is broken ({error}){inside}: the file is probably cut short or damaged; download it again.</source>
            <translation>{file}, Zeile {line}: Das XML ist fehlerhaft ({error}){inside}: Die Datei ist wahrscheinlich abgeschnitten oder beschädigt; laden Sie sie erneut herunter.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is nested more than {limit} levels deep, deeper than any sanctions list: it is not a list file.</source>
            <translation>{file}, Zeile {line}: Das XML ist mehr als {limit} Ebenen tief verschachtelt, tiefer als jede Sanktionsliste: Es ist keine Listendatei.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the column '{column}' is empty, but every row of the UK list has its id there.</source>
            <translation>{file}, Zeile {line}: Die Spalte '{column}' ist leer, obwohl jede Zeile der britischen Liste dort ihre Kennung hat.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the entry number '{value}' is not a number: this is not OFAC's {file}.</source>
            <translation>{file}, Zeile {line}: Die Eintragsnummer '{value}' ist keine Zahl: Dies ist nicht die {file} des OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the row ends in the middle of its last field: the file is cut short; download it again.</source>
            <translation>{file}, Zeile {line}: Die Zeile endet mitten in ihrem letzten Feld: Die Datei ist abgeschnitten; laden Sie sie erneut herunter.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where OFAC's file has {expected}: the file is cut short or is not OFAC's {file}.</source>
            <translation>{file}, Zeile {line}: {found} Spalten, wo die Datei des OFAC {expected} hat: Die Datei ist abgeschnitten oder nicht die {file} des OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where the header has {expected}: the file is cut short or damaged; download it again.</source>
            <translation>{file}, Zeile {line}: {found} Spalten, wo die Kopfzeile {expected} hat: Die Datei ist abgeschnitten oder beschädigt; laden Sie sie erneut herunter.</translation>
        </message>
        <message>
            <source>{file}, {where}: a name of {length} characters, longer than any real name: the file is damaged or is not a sanctions list.</source>
            <translation>{file}, {where}: ein Name mit {length} Zeichen, länger als jeder echte Name: Die Datei ist beschädigt oder keine Sanktionsliste.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no REFERENCE_NUMBER, which every entry of the UN list has: the file is damaged.</source>
            <translation>{file}, {where}: Der Eintrag hat keine REFERENCE_NUMBER, die jeder Eintrag der UN-Liste hat: Die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no euReferenceNumber, which every entry of the EU list has: the file is damaged.</source>
            <translation>{file}, {where}: Der Eintrag hat keine euReferenceNumber, die jeder Eintrag der EU-Liste hat: Die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>{file}: abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>{file}: the reseller's signature cannot be read: {reason}</source>
            <translation>{file}: Die Signatur des Wiederverkäufers kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>{host} and the app found no login method they both know. Check the security setting (a login needs STARTTLS or SSL).</source>
            <translation>{host} und die App kennen kein gemeinsames Anmeldeverfahren. Prüfen Sie die Verschlüsselung (eine Anmeldung braucht STARTTLS oder SSL).</translation>
        </message>
        <message>
            <source>{host} answered “{code} {reason}” for {address}: the address may have changed; check it in Settings (Sanctions lists). {stay}</source>
            <translation>{host} antwortete „{code} {reason}“ für {address}: Die Adresse hat sich vielleicht geändert; prüfen Sie sie in den Einstellungen (Sanktionslisten). {stay}</translation>
        </message>
        <message>
            <source>{host} closed the connection before the message was through. Try again later; if it keeps happening, check the port and security, or ask your provider whether it limits sending.</source>
            <translation>{host} hat die Verbindung beendet, bevor die Nachricht durch war. Versuchen Sie es später noch einmal; passiert es wieder, prüfen Sie Port und Verschlüsselung oder fragen Sie Ihren Anbieter, ob er das Senden begrenzt.</translation>
        </message>
        <message>
            <source>{host} did not answer on port {port}. Check the port and security (587 with STARTTLS, 465 with SSL), and whether a firewall or your internet provider blocks outgoing mail.</source>
            <translation>{host} hat auf Port {port} nicht geantwortet. Prüfen Sie Port und Verschlüsselung (587 mit STARTTLS, 465 mit SSL) und ob eine Firewall oder Ihr Internetanbieter ausgehende E-Mails sperrt.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds: the connection may be down or slow. {stay}</source>
            <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet: Die Verbindung ist vielleicht unterbrochen oder langsam. {stay}</translation>
        </message>
        <message>
            <source>{host} did not take the message.</source>
            <translation>{host} hat die Nachricht nicht angenommen.</translation>
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}: choose SSL with port 465, or the port your provider names.</source>
            <translation>{host} bietet auf Port {port} kein STARTTLS an: Wählen Sie SSL mit Port 465 oder den Port, den Ihr Anbieter nennt.</translation>
        </message>
        <message>
            <source>{host} refused the login: check the user name (usually your full address) and the password.</source>
            <translation>{host} hat die Anmeldung abgelehnt: Prüfen Sie den Benutzernamen (meist Ihre vollständige Adresse) und das Passwort.</translation>
        </message>
        <message>
            <source>{host} refused the recipient address: check it.</source>
            <translation>{host} hat die Empfängeradresse abgelehnt: Prüfen Sie sie.</translation>
        </message>
        <message>
            <source>{host} refused to send from {address}: the sending address must belong to the account you log in with.</source>
            <translation>{host} sendet nicht von {address}: Die Absenderadresse muss zu dem Konto gehören, mit dem Sie sich anmelden.</translation>
        </message>
        <message>
            <source>{host} sent more than {limit} (at least {size}), more than a sanctions list ever is: nothing was imported. Check the address in Settings (Sanctions lists).</source>
            <translation>{host} hat mehr als {limit} gesendet (mindestens {size}), mehr als eine Sanktionsliste je ist: Nichts wurde importiert. Prüfen Sie die Adresse in den Einstellungen (Sanktionslisten).</translation>
        </message>
        <message>
            <source>{item} added.</source>
            <translation>{item} hinzugefügt.</translation>
        </message>
        <message>
            <source>{item} changed ({before}, now {after}).</source>
            <translation>{item} geändert ({before}, jetzt {after}).</translation>
        </message>
        <message>
            <source>{item} changed.</source>
            <translation>{item} geändert.</translation>
        </message>
        <message>
            <source>{item} removed.</source>
            <translation>{item} entfernt.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <source>{missing} is not beside {file}: OFAC publishes the SDN list as sdn.csv with alt.csv (its other names) and add.csv (its addresses); put them in the same folder.</source>
            <translation>{missing} liegt nicht neben {file}: Das OFAC veröffentlicht die SDN-Liste als sdn.csv mit alt.csv (ihren anderen Namen) und add.csv (ihren Adressen); legen Sie sie in denselben Ordner.</translation>
        </message>
        <message>
            <source>{name} ({days} days)</source>
            <translation>{name} ({days} Tage)</translation>
        </message>
        <message>
            <source>{name} already has a pinned key (fingerprint {ours}, pinned on {date} by {who}); this file holds another (fingerprint {theirs}). Nothing was changed. Replace it only after checking the new fingerprint with {name}.</source>
            <translation>{name} hat bereits einen hinterlegten Schlüssel (Fingerabdruck {ours}, hinterlegt am {date} von {who}); diese Datei enthält einen anderen (Fingerabdruck {theirs}). Es wurde nichts geändert. Ersetzen Sie ihn erst, nachdem Sie den neuen Fingerabdruck mit {name} geprüft haben.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {error}.</source>
            <translation>{name} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>{name} is a name Windows keeps for a device: the distributor could not save it. Rename the file and add it again.</source>
            <translation>{name} ist ein Name, den Windows für ein Gerät reserviert: Der Distributor könnte die Datei nicht speichern. Benennen Sie die Datei um und fügen Sie sie erneut hinzu.</translation>
        </message>
        <message>
            <source>{name} is damaged (integrity check: {problem}); choose another backup.</source>
            <translation>{name} ist beschädigt (Integritätsprüfung: {problem}); wählen Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a database: {error}.</source>
            <translation>{name} ist beschädigt oder keine Datenbank: {error}.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is an SQLite database of another program (it has no {tables} table).</source>
            <translation>{name} ist keine Sicherung von Channel Diligence: Es ist eine SQLite-Datenbank eines anderen Programms (ohne Tabelle {tables}).</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is not an SQLite database file.</source>
            <translation>{name} ist keine Sicherung von Channel Diligence: Es ist keine SQLite-Datenbankdatei.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version (none) is unknown.</source>
            <translation>{name} ist keine Sicherung von Channel Diligence: Sie hat keine bekannte Schemaversion.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version ({revision}) is unknown.</source>
            <translation>{name} ist keine Sicherung von Channel Diligence: Die Schemaversion ({revision}) ist unbekannt.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Channel Diligence (schema {revision}): update the app first, then restore it.</source>
            <translation>{name} wurde mit einer neueren Version von Channel Diligence erstellt (Schema {revision}): Aktualisieren Sie zuerst die App und stellen Sie die Sicherung dann wieder her.</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} existiert nicht oder ist keine Datei.</translation>
        </message>
        <message>
            <source>{person} already has the role {role}.</source>
            <translation>{person} hat bereits die Rolle {role}.</translation>
        </message>
        <message>
            <source>{person} cannot approve: choose an active approver or administrator, or any approver.</source>
            <translation>{person} kann nicht freigeben: wählen Sie eine aktive freigebende Person oder Administration, oder eine beliebige freigebende Person.</translation>
        </message>
        <message>
            <source>{person} is already active.</source>
            <translation>{person} ist bereits aktiv.</translation>
        </message>
        <message>
            <source>{person} is already inactive.</source>
            <translation>{person} ist bereits inaktiv.</translation>
        </message>
        <message>
            <source>{person} is locked after too many wrong passphrases, until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>{person} ist nach zu vielen falschen Passphrasen bis {time} gesperrt. Versuchen Sie es dann erneut oder bitten Sie eine Administratorin oder einen Administrator, die Passphrase zurückzusetzen.</translation>
        </message>
        <message>
            <source>{person} is no longer active and cannot do this.</source>
            <translation>{person} ist nicht mehr aktiv und kann das nicht tun.</translation>
        </message>
        <message>
            <source>{person} is no longer active: ask an administrator.</source>
            <translation>{person} ist nicht mehr aktiv: Wenden Sie sich an eine Administratorin oder einen Administrator.</translation>
        </message>
        <message>
            <source>{person} was changed at {time} by someone else since you opened the list; nothing was saved. Look at the list again and redo your change.</source>
            <translation>{person} wurde um {time} von jemand anderem geändert, nachdem Sie die Liste geöffnet hatten; es wurde nichts gespeichert. Sehen Sie sich die Liste erneut an und wiederholen Sie Ihre Änderung.</translation>
        </message>
        <message>
            <source>{provider} accepts other programs only after you allow POP3/IMAP access in its web mail settings.</source>
            <translation>{provider} lässt andere Programme erst zu, wenn Sie in den Einstellungen des Webmailers den Zugriff über POP3/IMAP erlauben.</translation>
        </message>
        <message>
            <source>{provider} did not allow the app to stay signed in. Try again and allow access.</source>
            <translation>{provider} hat der App nicht erlaubt, angemeldet zu bleiben. Versuchen Sie es erneut und erlauben Sie den Zugriff.</translation>
        </message>
        <message>
            <source>{provider} is switching off logins with a plain password for other programs: sign in with your Microsoft account (OAuth2) where the app offers it.</source>
            <translation>{provider} schaltet die Anmeldung anderer Programme mit einfachem Passwort ab: Melden Sie sich mit Ihrem Microsoft-Konto an (OAuth2), wo die App das anbietet.</translation>
        </message>
        <message>
            <source>{provider} needs an app password, not your usual password: switch on two-step verification, create an app password for Channel Diligence and type it here.</source>
            <translation>{provider} braucht ein App-Passwort, nicht Ihr übliches Passwort: Schalten Sie die Bestätigung in zwei Schritten ein, erstellen Sie ein App-Passwort für Channel Diligence und geben Sie es hier ein.</translation>
        </message>
        <message>
            <source>{provider} no longer accepts the sign-in of {address} (it expired or was withdrawn). Sign in to {provider} again in Settings &gt; E-mail; the messages stay in the outbox.</source>
            <translation>{provider} akzeptiert die Anmeldung von {address} nicht mehr (sie ist abgelaufen oder wurde entzogen). Melden Sie sich unter Einstellungen &gt; E-Mail erneut bei {provider} an; die Nachrichten bleiben im Postausgang.</translation>
        </message>
        <message>
            <source>{provider} refused the sign-in of {address} ({reason}). Sign in to {provider} again in Settings &gt; E-mail.</source>
            <translation>{provider} hat die Anmeldung von {address} abgelehnt ({reason}). Melden Sie sich unter Einstellungen &gt; E-Mail erneut bei {provider} an.</translation>
        </message>
        <message>
            <source>{recipient} already acknowledged the policy on {date}.</source>
            <translation>{recipient} hat die Richtlinie bereits am {date} bestätigt.</translation>
        </message>
        <message>
            <source>{record} differs from what was recorded on {date} (event {seq})</source>
            <translation>{record} weicht von dem ab, was am {date} aufgezeichnet wurde (Ereignis {seq})</translation>
        </message>
        <message>
            <source>{record} has no audit event</source>
            <translation>{record} hat kein Audit-Ereignis</translation>
        </message>
        <message>
            <source>{record} was recorded on {date} (event {seq}) but is no longer in the database</source>
            <translation>{record} wurde am {date} aufgezeichnet (Ereignis {seq}), ist aber nicht mehr in der Datenbank</translation>
        </message>
        <message>
            <source>{refs} and {more} more</source>
            <translation>{refs} und {more} weitere</translation>
        </message>
        <message>
            <source>{role} is not a party of an order: say customer, end_user or consignee.</source>
            <translation>{role} ist keine Partei eines Auftrags: Geben Sie customer, end_user oder consignee an.</translation>
        </message>
        <message>
            <source>{role} is not a role: choose staff, approver or administrator.</source>
            <translation>{role} ist keine Rolle: Wählen Sie staff (Mitarbeit), approver (Freigabe) oder administrator (Administrator).</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry} ({listed}), score {score}</source>
            <translation>{role} {party} ähnelt dem Eintrag {entry} der {source} ({listed}), Wert {score}</translation>
        </message>
        <message>
            <source>{section}: {change}</source>
            <translation>{section}: {change}</translation>
        </message>
        <message>
            <source>{source} entry {entry}, {listed}: {why}</source>
            <translation>{source}-Eintrag {entry}, {listed}: {why}</translation>
        </message>
        <message>
            <source>{source} is not a sanctions list: say ofac, un, eu or uk.</source>
            <translation>{source} ist keine Sanktionsliste: Geben Sie ofac, un, eu oder uk an.</translation>
        </message>
        <message>
            <source>{tier} (was {previous})</source>
            <translation>{tier} (vorher {previous})</translation>
        </message>
        <message>
            <source>{value} is not a day of the calendar</source>
            <translation>{value} ist kein Tag des Kalenders</translation>
        </message>
        <message>
            <source>{value} is not a kind of party: say person or organisation.</source>
            <translation>{value} ist keine Art von Partei: Geben Sie person oder organisation an.</translation>
        </message>
        <message>
            <source>{what} (nor do {count} more like it)</source>
            <translation>{what} (ebenso {count} weitere)</translation>
        </message>
        <message>
            <source>{what}: events were deleted</source>
            <translation>{what}: Ereignisse wurden gelöscht</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} ({what}) after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} hat den Auftrag {reference} {at} ({what}) geändert, nachdem Sie ihn geöffnet hatten: Es wurde nichts gespeichert. Laden Sie den Auftrag neu, um die Änderung zu sehen.</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} hat den Auftrag {reference} {at} geändert, nachdem Sie ihn geöffnet hatten: Es wurde nichts gespeichert. Laden Sie den Auftrag neu, um die Änderung zu sehen.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked any approver for approval.</source>
            <translation>{who} hat „{outcome}“ vorgeschlagen und eine beliebige freigebende Person um Freigabe gebeten.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked {approver} for approval.</source>
            <translation>{who} hat „{outcome}“ vorgeschlagen und {approver} um Freigabe gebeten.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is not {list} entry {entry} {listed}: {reason}.</source>
            <translation>{who}: „{party}“ ist nicht {list}-Eintrag {entry} {listed}: {reason}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is {list} entry {entry} {listed}, a confirmed match: {reason}.</source>
            <translation>{who}: „{party}“ ist {list}-Eintrag {entry} {listed}, ein bestätigter Treffer: {reason}.</translation>
        </message>
        <message>
            <source>{year} {number} is not a period.</source>
            <translation>{year} {number} ist kein Zeitraum.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>&amp;E-Mail-Adresse:</translation>
        </message>
        <message>
            <source>&amp;Forget the stored password</source>
            <translation>Gespeichertes Passwort ver&amp;gessen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Advice for this provider</source>
            <translation>Hinweise zu diesem Anbieter</translation>
        </message>
        <message>
            <source>As the address says</source>
            <translation>Nach der Adresse</translation>
        </message>
        <message>
            <source>As the system ({0})</source>
            <translation>Wie das System ({0})</translation>
        </message>
        <message>
            <source>E-mail for escalations and misuse reports</source>
            <translation>E-Mail für Eskalationen und Missbrauchsmeldungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Sprache der App</translation>
        </message>
        <message>
            <source>Mail &amp;server:</source>
            <translation>&amp;Mailserver:</translation>
        </message>
        <message>
            <source>None (only for a server in your own network)</source>
            <translation>Keine (nur für einen Server im eigenen Netzwerk)</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>Po&amp;rt:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Anbiete&amp;r:</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Ergebnis des Tests</translation>
        </message>
        <message>
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS (meist Port 465)</translation>
        </message>
        <message>
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (meist Port 587)</translation>
        </message>
        <message>
            <source>Saved. Close and start Channel Diligence again to use {0}.</source>
            <translation>Gespeichert. Schließen Sie Channel Diligence und starten Sie es neu, um {0} zu verwenden.</translation>
        </message>
        <message>
            <source>Saves the settings above, then sends a short e-mail now (not through the outbox).</source>
            <translation>Speichert die Einstellungen oben und sendet dann sofort eine kurze E-Mail (nicht über den Postausgang).</translation>
        </message>
        <message>
            <source>Screens, checklist questions, help and the PDFs you make follow this language; dates and amounts follow your system's habits for it.</source>
            <translation>Ansichten, Fragen der Checkliste, Hilfe und die von Ihnen erstellten PDFs verwenden diese Sprache; Datumsangaben und Beträge richten sich nach den Gewohnheiten Ihres Systems für diese Sprache.</translation>
        </message>
        <message>
            <source>Sec&amp;urity:</source>
            <translation>&amp;Verschlüsselung:</translation>
        </message>
        <message>
            <source>Send &amp;test e-mail</source>
            <translation>&amp;Test-E-Mail senden</translation>
        </message>
        <message>
            <source>Send a test e-mail</source>
            <translation>Test-E-Mail senden</translation>
        </message>
        <message>
            <source>Send the test e-mail to</source>
            <translation>Test-E-Mail senden an</translation>
        </message>
        <message>
            <source>Sending a test e-mail…</source>
            <translation>Test-E-Mail wird gesendet…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Test &amp;address:</source>
            <translation>Testa&amp;dresse:</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), never in the app's database, and never shown.</source>
            <translation>Das Passwort wird im Passwortspeicher Ihres Systems ({0}) gespeichert, nie in der Datenbank der App, und nie angezeigt.</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), not in the app's database.</source>
            <translation>Das Passwort wird im Passwortspeicher Ihres Systems ({0}) gespeichert, nicht in der Datenbank der App.</translation>
        </message>
        <message>
            <source>The server took the test e-mail. Its answer: {0}</source>
            <translation>Der Server hat die Test-E-Mail angenommen. Seine Antwort: {0}</translation>
        </message>
        <message>
            <source>The test e-mail was not sent: {0}</source>
            <translation>Die Test-E-Mail wurde nicht gesendet: {0}</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the password cannot be kept: the app asks for it each time it sends.</source>
            <translation>Dieser Computer hat keinen Passwortspeicher (Keyring), den die App nutzen kann. Daher kann das Passwort nicht gespeichert werden: Die App fragt bei jedem Senden danach.</translation>
        </message>
        <message>
            <source>This is the language in use.</source>
            <translation>Diese Sprache wird gerade verwendet.</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>asked for when sending</source>
            <translation>wird beim Senden abgefragt</translation>
        </message>
        <message>
            <source>empty if the server needs no login</source>
            <translation>leer, wenn der Server keine Anmeldung braucht</translation>
        </message>
        <message>
            <source>for example orders@your-company.example</source>
            <translation>zum Beispiel orders@your-company.example</translation>
        </message>
        <message>
            <source>for example smtp.example.com</source>
            <translation>zum Beispiel smtp.example.com</translation>
        </message>
        <message>
            <source>if the server needs a login</source>
            <translation>wenn der Server eine Anmeldung braucht</translation>
        </message>
        <message>
            <source>stored; type a new one to replace it</source>
            <translation>gespeichert; zum Ersetzen ein neues eingeben</translation>
        </message>
        <message>
            <source>your own address (the sender if empty)</source>
            <translation>Ihre eigene Adresse (leer: der Absender)</translation>
        </message>
        <message>
            <source>{0} (your own domain)</source>
            <translation>{0} (eigene Domain)</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Company profile</source>
            <translation>Unternehmensprofil</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demodaten</translation>
        </message>
        <message>
            <source>Loading demo customers, products and orders…</source>
            <translation>Demodaten (Kunden, Produkte und Aufträge) werden geladen…</translation>
        </message>
        <message>
            <source>Packets will not be signed</source>
            <translation>Pakete werden nicht signiert</translation>
        </message>
        <message>
            <source>Set up Channel Diligence</source>
            <translation>Channel Diligence einrichten</translation>
        </message>
        <message>
            <source>Your profile is saved, but the demo data could not be loaded: {0} Click Finish to start with an empty database.</source>
            <translation>Ihr Profil ist gespeichert, aber die Demodaten konnten nicht geladen werden: {0} Klicken Sie auf „Abschließen“, um mit einer leeren Datenbank zu beginnen.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer for this account</source>
            <translation>Auf diesem Computer für dieses Konto me&amp;rken</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Choose who you are.</source>
            <translation>Wählen Sie, wer Sie sind.</translation>
        </message>
        <message>
            <source>Everything you record is recorded in your name, with this computer's login beside it.</source>
            <translation>Alles, was Sie erfassen, wird in Ihrem Namen erfasst, mit der Anmeldung dieses Computers daneben.</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>Pass&amp;phrase:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Remembered, you are not asked again when you start the app under this computer account. Approving a high-risk order always asks the approver's passphrase.</source>
            <translation>Gemerkt werden Sie beim Start der App unter diesem Computerkonto nicht erneut gefragt. Die Freigabe eines Auftrags mit hohem Risiko verlangt immer die Passphrase der freigebenden Person.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein.</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>Wer arbeitet?</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyBox</name>
        <message>
            <source>E&amp;xport public key…</source>
            <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export the company's public key</source>
            <translation>Den öffentlichen Schlüssel des Unternehmens exportieren</translation>
        </message>
        <message>
            <source>Fingerprint of the company's signing key</source>
            <translation>Fingerabdruck des Signaturschlüssels des Unternehmens</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Fingerabdruck:</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Schlüsseldateien (*.json)</translation>
        </message>
        <message>
            <source>No key yet</source>
            <translation>Noch kein Schlüssel</translation>
        </message>
        <message>
            <source>Packets are not signed until the company has a key: it is made on a computer with a system keyring (password store), or where there is none, when the administrator is set up, in a file encrypted with their passphrase.</source>
            <translation>Pakete werden erst signiert, wenn das Unternehmen einen Schlüssel hat: Er wird auf einem Computer mit System-Schlüsselbund (Passwortspeicher) erstellt oder, wo es keinen gibt, beim Einrichten des Administrators in einer mit dessen Passphrase verschlüsselten Datei.</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Gespeichert: {0}</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signaturschlüssel</translation>
        </message>
        <message>
            <source>The private key is not on this computer: packets made here are not signed.</source>
            <translation>Der private Schlüssel ist nicht auf diesem Computer: Hier erstellte Pakete werden nicht signiert.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in an encrypted file, unlocked with the administrator's passphrase ({0}): packets made here are signed once it is given, once per session.</source>
            <translation>Der private Schlüssel ist auf diesem Computer, in einer verschlüsselten Datei, entsperrt mit der Passphrase des Administrators ({0}): Hier erstellte Pakete werden signiert, sobald sie eingegeben ist, einmal pro Sitzung.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in the system keyring: packets made here are signed.</source>
            <translation>Der private Schlüssel ist auf diesem Computer, im System-Schlüsselbund: Hier erstellte Pakete werden signiert.</translation>
        </message>
    </context>
    <context>
        <name>TermCombo</name>
        <message>
            <source>The criteria pack does not know this value, so the screening counts it as missing information. Choose one from the list.</source>
            <translation>Der Kriterienkatalog kennt diesen Wert nicht, daher wertet die Prüfung ihn als fehlende Angabe. Wählen Sie einen Wert aus der Liste.</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Risk tier: {0}</source>
            <translation>Risikostufe: {0}</translation>
        </message>
    </context>
    <context>
        <name>TierChart</name>
        <message>
            <source>1 order</source>
            <translation>1 Auftrag</translation>
        </message>
        <message>
            <source>No orders in the last 12 months.</source>
            <translation>Keine Aufträge in den letzten 12 Monaten.</translation>
        </message>
        <message>
            <source>Orders by risk tier, last 12 months</source>
            <translation>Aufträge nach Risikostufe, letzte 12 Monate</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} Aufträge</translation>
        </message>
        <message>
            <source>{0}: no orders</source>
            <translation>{0}: keine Aufträge</translation>
        </message>
        <message>
            <source>{0}: {1} ({2})</source>
            <translation>{0}: {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>and {0} more: open the overview.</source>
            <translation>und {0} weitere: Öffnen Sie die Übersicht.</translation>
        </message>
        <message>
            <source>{0} new reminders</source>
            <translation>{0} neue Erinnerungen</translation>
        </message>
        <message>
            <source>{0} new reminders ({1} overdue)</source>
            <translation>{0} neue Erinnerungen ({1} überfällig)</translation>
        </message>
    </context>
    <context>
        <name>TraySettingsBox</name>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <source>Channel Diligence starts in the tray when you log in to this computer (the entry is {0}).</source>
            <translation>Channel Diligence startet im Infobereich, wenn Sie sich an diesem Computer anmelden (der Eintrag ist {0}).</translation>
        </message>
        <message>
            <source>Reminders keep reaching you as desktop notifications; quit from the tray icon's menu.</source>
            <translation>Erinnerungen erreichen Sie weiter als Desktop-Benachrichtigungen; beenden Sie über das Menü des Symbols im Infobereich.</translation>
        </message>
        <message>
            <source>Start with m&amp;y session</source>
            <translation>Mit meiner &amp;Sitzung starten</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so closing the window quits the app.</source>
            <translation>Dieser Desktop hat keinen Infobereich, daher beendet das Schließen des Fensters die App.</translation>
        </message>
        <message>
            <source>Tray</source>
            <translation>Infobereich</translation>
        </message>
    </context>
    <context>
        <name>VersionsModel</name>
        <message>
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Importiert von</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Namen</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (in Verwendung)</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>&amp;Show what changed</source>
            <translation>Änderungen &amp;anzeigen</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;bis:</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Verabschiedet</translation>
        </message>
        <message>
            <source>Adopted in the app by</source>
            <translation>In der App verabschiedet von</translation>
        </message>
        <message>
            <source>An adopted version is frozen: editing starts a new draft. Each version keeps who approved it and when.</source>
            <translation>Eine verabschiedete Version ist eingefroren: Beim Bearbeiten beginnt ein neuer Entwurf. Jede Version behält, wer sie wann genehmigt hat.</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Genehmigt von</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Genehmigt am</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>Wählen Sie zwei verschiedene Versionen aus.</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Ver&amp;gleichen von:</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Vergleichen von Version</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Vergleichen bis Version</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>From {0} to {1}: 1 section changed.</source>
            <translation>Von {0} zu {1}: 1 Abschnitt geändert.</translation>
        </message>
        <message>
            <source>From {0} to {1}: {2} sections changed.</source>
            <translation>Von {0} zu {1}: {2} Abschnitte geändert.</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Zuletzt geändert</translation>
        </message>
        <message>
            <source>Lines marked − were taken out, lines marked + were put in.</source>
            <translation>Mit − markierte Zeilen wurden entfernt, mit + markierte Zeilen hinzugefügt.</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>No differences between {0} and {1}.</source>
            <translation>Keine Unterschiede zwischen {0} und {1}.</translation>
        </message>
        <message>
            <source>Once there are two versions, choose them above to see what changed.</source>
            <translation>Sobald es zwei Versionen gibt, wählen Sie sie oben aus, um die Änderungen zu sehen.</translation>
        </message>
        <message>
            <source>Policy versions</source>
            <translation>Versionen der Richtlinie</translation>
        </message>
        <message>
            <source>Replaced by a later version</source>
            <translation>Durch eine spätere Version ersetzt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version {0} ({1})</source>
            <translation>Version {0} ({1})</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>new section</source>
            <translation>neuer Abschnitt</translation>
        </message>
        <message>
            <source>section removed</source>
            <translation>Abschnitt entfernt</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <source>Asked by</source>
            <translation>Angefragt von</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Angefragt am</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Proposed decision</source>
            <translation>Vorgeschlagene Entscheidung</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>{0} (changed since)</source>
            <translation>{0} (inzwischen geändert)</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWorking</name>
        <message>
            <source>Recorded as {0}</source>
            <translation>Erfasst als {0}</translation>
        </message>
        <message>
            <source>Switch person</source>
            <translation>Person wechseln</translation>
        </message>
        <message>
            <source>Switch person…</source>
            <translation>Person wechseln…</translation>
        </message>
        <message>
            <source>Who is working</source>
            <translation>Wer arbeitet</translation>
        </message>
        <message>
            <source>Working: {0}</source>
            <translation>Es arbeitet: {0}</translation>
        </message>
    </context>
</TS>
