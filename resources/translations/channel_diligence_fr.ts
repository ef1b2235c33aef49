<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First &amp;passphrase:</source>
            <translation>Première &amp;phrase secrète :</translation>
        </message>
        <message>
            <source>First passphrase</source>
            <translation>Première phrase secrète</translation>
        </message>
        <message>
            <source>First passphrase again</source>
            <translation>Première phrase secrète, encore une fois</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Nobody is in the list yet. The first person is the administrator and, until someone else gets the role approver, also the senior approver.</source>
            <translation>Personne n'est encore dans la liste. La première personne est l'administrateur et, tant que personne d'autre n'a le rôle approbateur, aussi l'approbateur principal.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Tell the person their first passphrase in person or by phone; they can change it later. Nobody can read a passphrase once it is saved.</source>
            <translation>Communiquez à la personne sa première phrase secrète en personne ou par téléphone ; elle pourra la changer ensuite. Personne ne peut lire une phrase secrète une fois enregistrée.</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>Encore une &amp;fois :</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Les deux phrases secrètes diffèrent : saisissez deux fois la même.</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Conditions:</translation>
        </message>
        <message>
            <source>&amp;Date of the answer:</source>
            <translation>Da&amp;te de la réponse:</translation>
        </message>
        <message>
            <source>&amp;Import decision file…</source>
            <translation>I&amp;mporter le fichier de décision…</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Remarque:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>Ré&amp;férence:</translation>
        </message>
        <message>
            <source>A channel-diligence-decision/1 JSON file from the distributor. It is checked against the packet you sent; a file for another packet, or one that was changed, is refused and nothing is recorded.</source>
            <translation>Un fichier JSON channel-diligence-decision/1 du distributeur. Il est vérifié par rapport au dossier que vous avez envoyé; un fichier qui concerne un autre dossier, ou qui a été modifié, est refusé et rien n'est enregistré.</translation>
        </message>
        <message>
            <source>A&amp;pproved</source>
            <translation>&amp;Approuvée</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Réponse enregistrée</translation>
        </message>
        <message>
            <source>Approved &amp;with conditions</source>
            <translation>Approuvée &amp;sous conditions</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose what the distributor answered.</source>
            <translation>Choisissez la réponse du distributeur.</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Déc&amp;idé par:</translation>
        </message>
        <message>
            <source>Decision file refused</source>
            <translation>Fichier de décision refusé</translation>
        </message>
        <message>
            <source>Decision files (*.json);;All files (*)</source>
            <translation>Fichiers de décision (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Each line becomes a follow-up to check.</source>
            <translation>Chaque ligne devient un suivi à vérifier.</translation>
        </message>
        <message>
            <source>Import the distributor's decision file</source>
            <translation>Importer le fichier de décision du distributeur</translation>
        </message>
        <message>
            <source>No escalation packet of this order waits for an answer: escalate the order first, or the answer is already recorded.</source>
            <translation>Aucun dossier d'escalade de cette commande n'attend de réponse: transmettez d'abord la commande au distributeur, ou la réponse est déjà enregistrée.</translation>
        </message>
        <message>
            <source>One condition per line, e.g. Disable face matching before delivery</source>
            <translation>Une condition par ligne, par ex. Désactiver la reconnaissance faciale avant la livraison</translation>
        </message>
        <message>
            <source>Order {0}: {1}. {2} follow-ups to track.</source>
            <translation>Commande {0}: {1}. Suivis à effectuer: {2}.</translation>
        </message>
        <message>
            <source>Pac&amp;ket:</source>
            <translation>&amp;Dossier:</translation>
        </message>
        <message>
            <source>Packet {0} of {1} to {2}</source>
            <translation>Dossier {0} du {1}, pour {2}</translation>
        </message>
        <message>
            <source>Re&amp;jected</source>
            <translation>Re&amp;jetée</translation>
        </message>
        <message>
            <source>Record &amp;answer</source>
            <translation>&amp;Enregistrer la réponse</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Enregistrer la réponse</translation>
        </message>
        <message>
            <source>The decision file {0} was refused and nothing was recorded: {1}</source>
            <translation>Le fichier de décision {0} a été refusé et rien n'a été enregistré: {1}</translation>
        </message>
        <message>
            <source>The distributor's answer on {0}</source>
            <translation>Réponse du distributeur pour {0}</translation>
        </message>
        <message>
            <source>Their answer:</source>
            <translation>Leur réponse:</translation>
        </message>
        <message>
            <source>Type in what the distributor answered, or import their decision file. The order's status follows the answer: approved orders may go ahead, rejected ones are declined.</source>
            <translation>Saisissez la réponse du distributeur, ou importez son fichier de décision. Le statut de la commande suit la réponse: les commandes approuvées peuvent être traitées, les commandes rejetées sont refusées.</translation>
        </message>
        <message>
            <source>their reference, e.g. TD-2026-118</source>
            <translation>leur référence, par ex. TD-2026-118</translation>
        </message>
        <message>
            <source>who decided at the distributor</source>
            <translation>qui a décidé chez le distributeur</translation>
        </message>
    </context>
    <context>
        <name>AnswerForm</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>&amp;Conditions:</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>&amp;Enregistrer la réponse</translation>
        </message>
        <message>
            <source>&amp;Send to reseller</source>
            <translation>Envo&amp;yer au revendeur</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Déc&amp;idé par:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>Rés&amp;ultat:</translation>
        </message>
        <message>
            <source>One condition a line</source>
            <translation>Une condition par ligne</translation>
        </message>
        <message>
            <source>Sa&amp;ve decision file…</source>
            <translation>Enre&amp;gistrer le fichier de décision…</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>&amp;Destinataire:</translation>
        </message>
        <message>
            <source>Your re&amp;ference:</source>
            <translation>Votre ré&amp;férence:</translation>
        </message>
    </context>
    <context>
        <name>Answers</name>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Approved with conditions</source>
            <translation>Approuvée sous conditions</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejetée</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <source>Changes cannot be saved</source>
            <translation>Impossible d'enregistrer les modifications</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence could not open its database:

{0}</source>
            <translation>Channel Diligence n'a pas pu ouvrir sa base de données:

{0}</translation>
        </message>
        <message>
            <source>Daily backup saved: {0}</source>
            <translation>Sauvegarde quotidienne enregistrée: {0}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({0}). What you were doing may not have been completed: check it and try again, and tell your IT contact if it happens again.</source>
            <translation>Une erreur inattendue s'est produite ({0}). Ce que vous faisiez n'a peut-être pas abouti: vérifiez-le et réessayez, et prévenez votre contact informatique si cela se reproduit.</translation>
        </message>
        <message>
            <source>The daily backup failed ({0}). Your data is not affected; try File &gt; Back up now, and tell your IT contact if it fails again.</source>
            <translation>La sauvegarde quotidienne a échoué ({0}). Vos données ne sont pas touchées; essayez Fichier &gt; Sauvegarder maintenant, et prévenez votre contact informatique si elle échoue à nouveau.</translation>
        </message>
        <message>
            <source>The daily backup failed: {0}</source>
            <translation>La sauvegarde quotidienne a échoué: {0}</translation>
        </message>
        <message>
            <source>The database is in use by another Channel Diligence window.</source>
            <translation>La base de données est utilisée par une autre fenêtre de Channel Diligence.</translation>
        </message>
        <message>
            <source>The database {0} is read-only: you can look at everything, but changes cannot be saved. Ask your IT contact for write access to the file and its folder, then start the app again.</source>
            <translation>La base de données {0} est en lecture seule: vous pouvez tout consulter, mais les modifications ne peuvent pas être enregistrées. Demandez à votre contact informatique l'accès en écriture au fichier et à son dossier, puis redémarrez l'application.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalPage</name>
        <message>
            <source>Adopting freezes this version: later changes start a new draft. The policy is then ready to print, publish and send.</source>
            <translation>L'adoption fige cette version: les modifications ultérieures créent un nouveau projet. La politique est alors prête à être imprimée, publiée et envoyée.</translation>
        </message>
        <message>
            <source>Approve and adopt</source>
            <translation>Approuver et adopter</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approuver</translation>
        </message>
        <message>
            <source>&amp;Reason to send it back:</source>
            <translation>&amp;Motif du renvoi :</translation>
        </message>
        <message>
            <source>&amp;Send back</source>
            <translation>&amp;Renvoyer</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Conditions: {0}</translation>
        </message>
        <message>
            <source>Decisions your colleagues proposed for orders that need the senior approver. Approving records the decision as approved by you, {0}.</source>
            <translation>Les décisions proposées par vos collègues pour des commandes qui demandent l'approbateur principal. Approuver enregistre la décision comme approuvée par vous, {0}.</translation>
        </message>
        <message>
            <source>Nobody is signed in at this desk. Approvals are made by the approver signed in at their own desk: switch person in the status bar.</source>
            <translation>Personne n'est connecté à ce poste. Les approbations sont faites par l'approbateur connecté à son propre poste : changez de personne dans la barre d'état.</translation>
        </message>
        <message>
            <source>Nothing is waiting for your approval, {0}.</source>
            <translation>Rien n'attend votre approbation, {0}.</translation>
        </message>
        <message>
            <source>Order {0}, {1} risk</source>
            <translation>Commande {0}, risque {1}</translation>
        </message>
        <message>
            <source>Proposed: {0}, by {1} on {2}.</source>
            <translation>Proposé : {0}, par {1} le {2}.</translation>
        </message>
        <message>
            <source>Records the proposed decision as approved by you. Your passphrase proves it was you.</source>
            <translation>Enregistre la décision proposée comme approuvée par vous. Votre phrase secrète prouve que c'était vous.</translation>
        </message>
        <message>
            <source>Requests waiting for your approval</source>
            <translation>Demandes en attente de votre approbation</translation>
        </message>
        <message>
            <source>The order changed after approval was asked: it cannot be approved. Send it back, or ask your colleague to ask again.</source>
            <translation>La commande a changé après la demande d'approbation : elle ne peut pas être approuvée. Renvoyez-la, ou demandez à votre collègue de la redemander.</translation>
        </message>
        <message>
            <source>Type your own passphrase to confirm the approval.</source>
            <translation>Tapez votre propre phrase secrète pour confirmer l'approbation.</translation>
        </message>
        <message>
            <source>Waiting for your approval</source>
            <translation>En attente de votre approbation</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Avertissements :</translation>
        </message>
        <message>
            <source>What is missing or wrong? Your colleague reads this on the order.</source>
            <translation>Qu'est-ce qui manque ou ne va pas ? Votre collègue le lit sur la commande.</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Pourquoi : {0}</translation>
        </message>
        <message>
            <source>Your &amp;passphrase:</source>
            <translation>Votre &amp;phrase secrète :</translation>
        </message>
    </context>
    <context>
        <name>ApproverPage</name>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>&amp;E-mail (facultatif):</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>&amp;Fonction:</translation>
        </message>
        <message>
            <source>Enter the senior approver's name.</source>
            <translation>Saisissez le nom de l'approbateur.</translation>
        </message>
        <message>
            <source>Enter their job title, e.g. Managing Director.</source>
            <translation>Saisissez sa fonction, par exemple gérant.</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Nom:</translation>
        </message>
        <message>
            <source>Senior approver</source>
            <translation>Approbateur</translation>
        </message>
        <message>
            <source>The UN Guiding Principles (principle 16) ask that decisions on high-risk sales are approved at the most senior level: name that person here.</source>
            <translation>Les Principes directeurs des Nations Unies (principe 16) demandent que les décisions sur les ventes à haut risque soient approuvées au plus haut niveau: indiquez cette personne ici.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
        </message>
        <message>
            <source>e.g. Managing Director</source>
            <translation>par ex. gérant</translation>
        </message>
    </context>
    <context>
        <name>ApproverProofDialog</name>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Appro&amp;bateur :</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Approbateur</translation>
        </message>
        <message>
            <source>Approver's pass&amp;phrase:</source>
            <translation>&amp;Phrase secrète de l'approbateur :</translation>
        </message>
        <message>
            <source>Approver's passphrase</source>
            <translation>Phrase secrète de l'approbateur</translation>
        </message>
        <message>
            <source>Senior approver's confirmation</source>
            <translation>Confirmation de l'approbateur au plus haut niveau</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All {0} entries check out: nothing has been changed or removed since it was written.</source>
            <translation>Les {0} entrées sont toutes correctes: rien n'a été modifié ni supprimé depuis leur inscription.</translation>
        </message>
        <message>
            <source>Check against a head file</source>
            <translation>Vérifier avec un fichier de tête</translation>
        </message>
        <message>
            <source>Check against a head file…</source>
            <translation>Vérifier avec un fichier de tête…</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Vérification en cours</translation>
        </message>
        <message>
            <source>Checking against {0}…</source>
            <translation>Vérification avec {0}…</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Vérification du journal d'audit…</translation>
        </message>
        <message>
            <source>Choose a chain-head.json, or a packet or evidence bundle that holds one (for example the one your distributor received), to check that no entry written before it was removed or rewritten since.</source>
            <translation>Choisissez un chain-head.json, ou un dossier ou un lot de preuves qui en contient un (par exemple celui que votre distributeur a reçu), pour vérifier qu'aucune entrée écrite avant n'a été supprimée ou réécrite depuis.</translation>
        </message>
        <message>
            <source>Entry {0} does not match what was recorded{1}. The {2} entries before it check out. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>L'entrée {0} ne correspond pas à ce qui a été inscrit{1}. Les {2} entrées qui la précèdent sont correctes. Quelqu'un ou quelque chose a modifié la base de données en dehors de l'application. Conservez une copie du fichier de la base de données tel quel et prévenez la personne qui s'occupe de votre informatique.</translation>
        </message>
        <message>
            <source>Every change and decision is written to a log in which each entry is sealed with the one before it. This check recomputes every seal.</source>
            <translation>Chaque modification et chaque décision sont inscrites dans un journal où chaque entrée est scellée avec la précédente. Cette vérification recalcule chaque sceau.</translation>
        </message>
        <message>
            <source>Signed heads, packets and bundles (*.json *.zip *.eml);;All files (*)</source>
            <translation>Têtes signées, dossiers et lots (*.json *.zip *.eml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The audit log has been altered</source>
            <translation>Le journal d'audit a été altéré</translation>
        </message>
        <message>
            <source>The audit log is intact</source>
            <translation>Le journal d'audit est intact</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation>La vérification n'a pas pu être effectuée</translation>
        </message>
        <message>
            <source>The head file matches the audit log</source>
            <translation>Le fichier de tête correspond au journal d'audit</translation>
        </message>
        <message>
            <source>Verify audit log</source>
            <translation>Vérifier le journal d'audit</translation>
        </message>
        <message>
            <source>{0}. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Quelqu'un ou quelque chose a modifié la base de données en dehors de l'application. Gardez une copie du fichier de la base de données tel quel et prévenez la personne qui s'occupe de votre informatique.</translation>
        </message>
        <message>
            <source>{0}. Someone or something deleted entries outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Quelqu'un ou quelque chose a supprimé des entrées en dehors de l'application. Conservez une copie du fichier de la base de données tel quel et prévenez la personne qui s'occupe de votre informatique.</translation>
        </message>
        <message>
            <source>{0}: the audit log still holds that entry with the seal signed then, so nothing written before it was removed or rewritten.</source>
            <translation>{0} : le journal d'audit contient toujours cette entrée avec le sceau signé alors ; rien de ce qui a été écrit avant n'a donc été supprimé ni réécrit.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Backed up to {0} ({1}).</source>
            <translation>Sauvegarde enregistrée dans {0} ({1}).</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Sauvegarde de la base de données…</translation>
        </message>
        <message>
            <source>The database was not backed up: {0}</source>
            <translation>La base de données n'a pas été sauvegardée: {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogDialog</name>
        <message>
            <source>Edit customer</source>
            <translation>Modifier le client</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Modifier le produit</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nouveau produit</translation>
        </message>
    </context>
    <context>
        <name>CatalogList</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher:</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 entrée</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Select an entry in the list first.</source>
            <translation>Sélectionnez d'abord une entrée dans la liste.</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>Tapez pour rechercher</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} entrées</translation>
        </message>
    </context>
    <context>
        <name>CategoryDelegate</name>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Answers saved.</source>
            <translation>Réponses enregistrées.</translation>
        </message>
        <message>
            <source>Ask the customer these questions, or answer them from what you know. "Not sure yet" is an honest answer: it is recorded as such.</source>
            <translation>Posez ces questions au client, ou répondez-y d'après ce que vous savez. « Je ne sais pas encore » est une réponse honnête: elle est enregistrée comme telle.</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions à poser</translation>
        </message>
        <message>
            <source>Save &amp;answers</source>
            <translation>Enregistrer les &amp;réponses</translation>
        </message>
        <message>
            <source>Settle these restricted-party findings first: confirm who the party is (full name, country, registration or date of birth) and record the review.</source>
            <translation>Réglez d'abord ces résultats sur les parties soumises à restrictions : confirmez qui est la partie (nom complet, pays, immatriculation ou date de naissance) et enregistrez l'examen.</translation>
        </message>
        <message>
            <source>The screening raised nothing that needs these questions for this order.</source>
            <translation>L'analyse n'a rien relevé qui demande ces questions pour cette commande.</translation>
        </message>
    </context>
    <context>
        <name>CommunicationTab</name>
        <message>
            <source>&amp;Audience:</source>
            <translation>&amp;Public:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Da&amp;te:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>C&amp;omment:</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Remarque (facultatif):</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>Enre&amp;gistrer</translation>
        </message>
        <message>
            <source>Ac&amp;knowledged on:</source>
            <translation>Prise de co&amp;nnaissance le:</translation>
        </message>
        <message>
            <source>Acknowledged on</source>
            <translation>Prise de connaissance le</translation>
        </message>
        <message>
            <source>Adopt the policy first; then record here to whom you sent or showed it: staff, distributors, vendors, customers and your website.</source>
            <translation>Adoptez d'abord la politique; enregistrez ensuite ici à qui vous l'avez envoyée ou présentée: personnel, distributeurs, fabricants, clients et votre site web.</translation>
        </message>
        <message>
            <source>Attached to the contract</source>
            <translation>Jointe au contrat</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Communications of the policy</source>
            <translation>Communications de la politique</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distributeur</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>For example: all staff, TechDistri Europe, www.example.com</source>
            <translation>Par exemple: tout le personnel, TechDistri Europe, www.example.com</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Printed copy</source>
            <translation>Copie imprimée</translation>
        </message>
        <message>
            <source>Published on the website</source>
            <translation>Publiée sur le site web</translation>
        </message>
        <message>
            <source>Record &amp;staff acknowledgement</source>
            <translation>Enregistrer la prise de connaissance du per&amp;sonnel</translation>
        </message>
        <message>
            <source>Record that the policy was sent or shown</source>
            <translation>Enregistrer que la politique a été envoyée ou présentée</translation>
        </message>
        <message>
            <source>Record that the selected person acknowledged the policy</source>
            <translation>Enregistrer que la personne sélectionnée a pris connaissance de la politique</translation>
        </message>
        <message>
            <source>Record the communication</source>
            <translation>Enregistrer la communication</translation>
        </message>
        <message>
            <source>Say how: e-mail, printed copy, website…</source>
            <translation>Indiquez comment: e-mail, copie imprimée, site web…</translation>
        </message>
        <message>
            <source>Say to whom: a person, a company or the web address.</source>
            <translation>Indiquez à qui: une personne, une entreprise ou l'adresse web.</translation>
        </message>
        <message>
            <source>Select a row sent to a member of staff, then record the day they confirmed they read the policy.</source>
            <translation>Sélectionnez une ligne envoyée à un membre du personnel, puis enregistrez le jour où il a confirmé avoir lu la politique.</translation>
        </message>
        <message>
            <source>Select the person in the list first.</source>
            <translation>Sélectionnez d'abord la personne dans la liste.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Staff acknowledgement</source>
            <translation>Prise de connaissance par le personnel</translation>
        </message>
        <message>
            <source>To &amp;whom:</source>
            <translation>À &amp;qui:</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>À qui</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>Version {0}: the UN Guiding Principles ask that the policy is communicated inside the company and to business partners, and publicly available. Record each time you send or show it.</source>
            <translation>Version {0}: les Principes directeurs des Nations Unies demandent que la politique soit communiquée au sein de l'entreprise et aux partenaires commerciaux, et qu'elle soit accessible au public. Enregistrez chaque envoi ou présentation.</translation>
        </message>
        <message>
            <source>Website (public)</source>
            <translation>Site web (public)</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>&amp;Country:</source>
            <translation>Pa&amp;ys:</translation>
        </message>
        <message>
            <source>10 to 49 people</source>
            <translation>10 à 49 personnes</translation>
        </message>
        <message>
            <source>250 people or more</source>
            <translation>250 personnes ou plus</translation>
        </message>
        <message>
            <source>50 to 249 people</source>
            <translation>50 à 249 personnes</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>Channel Diligence checks each order for the risk that what you sell is misused against people's rights. First, a few facts about your company.</source>
            <translation>Channel Diligence vérifie chaque commande pour repérer le risque que ce que vous vendez soit utilisé de manière abusive contre les droits des personnes. D'abord, quelques informations sur votre entreprise.</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Choisir un pays…</translation>
        </message>
        <message>
            <source>Choose the country your company is in.</source>
            <translation>Choisissez le pays de votre entreprise.</translation>
        </message>
        <message>
            <source>Company na&amp;me:</source>
            <translation>&amp;Nom de l'entreprise:</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Saisissez le nom de votre entreprise.</translation>
        </message>
        <message>
            <source>Fewer than 10 people</source>
            <translation>Moins de 10 personnes</translation>
        </message>
        <message>
            <source>How you &amp;sell:</source>
            <translation>Votre &amp;mode de vente:</translation>
        </message>
        <message>
            <source>Risky orders are never left to self-service: the app holds them for a conversation with the customer.</source>
            <translation>Les commandes à risque ne sont jamais laissées au libre-service: l'application les suspend jusqu'à un échange avec le client.</translation>
        </message>
        <message>
            <source>Sales-assisted: we talk to every customer</source>
            <translation>Vente assistée: nous parlons à chaque client</translation>
        </message>
        <message>
            <source>Self-service: customers order online</source>
            <translation>Libre-service: les clients commandent en ligne</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>T&amp;aille:</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Votre entreprise</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Information: {0}</source>
            <translation>Informations : {0}</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Manque :</translation>
        </message>
        <message>
            <source>Not yet done: {0}</source>
            <translation>Pas encore fait : {0}</translation>
        </message>
        <message>
            <source>Order information: {0} complete</source>
            <translation>Informations de la commande : {0} complètes</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>Hide this message and keep what you typed, to copy it before you reload. Saving stays refused until you reload.</source>
            <translation>Masque ce message et garde ce que vous avez saisi, pour le copier avant de recharger. L'enregistrement reste refusé tant que vous n'avez pas rechargé.</translation>
        </message>
        <message>
            <source>Keep my te&amp;xt for now</source>
            <translation>Garder mon te&amp;xte pour l'instant</translation>
        </message>
        <message>
            <source>Reload the order</source>
            <translation>Recharger la commande</translation>
        </message>
        <message>
            <source>Show the order as it is saved now. What you typed here is replaced.</source>
            <translation>Affiche la commande telle qu'elle est enregistrée maintenant. Ce que vous avez saisi ici est remplacé.</translation>
        </message>
        <message>
            <source>What you typed is still in the form: copy what you need, then reload.</source>
            <translation>Ce que vous avez saisi est toujours dans le formulaire : copiez ce dont vous avez besoin, puis rechargez.</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>&amp;Government function:</source>
            <translation>&amp;Mission publique:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Secteur:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Pays:</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Saisissez le nom du client.</translation>
        </message>
        <message>
            <source>For a public body, say what it does: police, military and intelligence services carry more risk than, say, a school authority.</source>
            <translation>Pour un organisme public, indiquez sa mission: la police, l'armée et les services de renseignement présentent plus de risques qu'une autorité scolaire, par exemple.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Non indiqué</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Non précisée</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>&amp;Remarques:</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Nouveau client…</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>No listed name resembles this customer (checked on {0}).</source>
            <translation>Aucun nom listé ne ressemble à ce client (vérifié le {0}).</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: no list was imported when the customer was last saved. Importing a list checks every customer.</source>
            <translation>Pas encore vérifié par rapport aux listes de sanctions : aucune liste n'était importée lors du dernier enregistrement du client. Importer une liste vérifie tous les clients.</translation>
        </message>
        <message>
            <source>Sanctions</source>
            <translation>Sanctions</translation>
        </message>
        <message>
            <source>Sanctions &amp;check…</source>
            <translation>&amp;Contrôle des sanctions…</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Select a customer in the list first.</source>
            <translation>Sélectionnez d'abord un client dans la liste.</translation>
        </message>
        <message>
            <source>The organisations and people you sell to, and the end users of what you sell. Who they are and what they do is part of the screening.</source>
            <translation>Les organisations et les personnes à qui vous vendez, et les utilisateurs finaux de ce que vous vendez. Qui ils sont et ce qu'ils font entre dans l'analyse.</translation>
        </message>
        <message>
            <source>The selected customer's sanctions check: each possible match, and its review</source>
            <translation>Le contrôle des sanctions du client sélectionné : chaque correspondance possible et son examen</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>{0} (checked on {1}): {2}</source>
            <translation>{0} (vérifié le {1}) : {2}</translation>
        </message>
    </context>
    <context>
        <name>DataSourcesDialog</name>
        <message>
            <source>Accessed</source>
            <translation>Consulté le</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Attribution</translation>
        </message>
        <message>
            <source>Changes made</source>
            <translation>Modifications apportées</translation>
        </message>
        <message>
            <source>Cite as</source>
            <translation>Citer comme</translation>
        </message>
        <message>
            <source>Cited in flags as</source>
            <translation>Citée dans les alertes comme</translation>
        </message>
        <message>
            <source>Country names: pycountry, ISO 3166 data, licensed under the GNU Lesser General Public License 2.1 (LGPL-2.1), used as an unmodified library.</source>
            <translation>Noms de pays: pycountry, données ISO 3166, sous licence GNU Lesser General Public License 2.1 (LGPL-2.1), utilisée comme bibliothèque non modifiée.</translation>
        </message>
        <message>
            <source>Country tiers: {0}</source>
            <translation>Niveaux de risque des pays: {0}</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Jeu de critères</translation>
        </message>
        <message>
            <source>Data sources and licences</source>
            <translation>Sources de données et licences</translation>
        </message>
        <message>
            <source>Each flag and each checklist question names the sources it rests on, with the section, under the title given here as "Cited in flags as".</source>
            <translation>Chaque alerte et chaque question de la liste de contrôle indique les sources sur lesquelles elle repose, avec la section, sous le titre donné ici à « Citée dans les alertes comme ».</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Producteur</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Signé par {0} (empreinte {1}).</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Logiciels</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>The user interface uses Qt for Python (PySide6), licensed under the LGPL-3.0.</source>
            <translation>L'interface utilisateur utilise Qt for Python (PySide6), sous licence LGPL-3.0.</translation>
        </message>
        <message>
            <source>This is the app's own default pack: it needs no distributor's signature.</source>
            <translation>C’est le jeu par défaut de l’application elle-même : il n’a besoin de la signature d’aucun distributeur.</translation>
        </message>
        <message>
            <source>This pack was not signed by a distributor whose key is pinned.</source>
            <translation>Ce jeu n’a été signé par aucun distributeur dont la clé est épinglée.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Where a source was changed (an adaptation), the changes are listed under Sources below. A copy of these notices ships with the app in ATTRIBUTION.md.</source>
            <translation>Lorsqu'une source a été modifiée (adaptation), les modifications sont indiquées sous Sources ci-dessous. Une copie de ces mentions est fournie avec l'application dans ATTRIBUTION.md.</translation>
        </message>
        <message>
            <source>{0}, version {1}, issued by {2} on {3}.</source>
            <translation>{0}, version {1}, publié par {2} le {3}.</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>&amp;Decline</source>
            <translation>&amp;Refuser</translation>
        </message>
        <message>
            <source>&amp;Escalate to distributor</source>
            <translation>&amp;Transmettre au distributeur</translation>
        </message>
        <message>
            <source>&amp;Proceed</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <source>&amp;Rationale (required):</source>
            <translation>&amp;Motif (obligatoire):</translation>
        </message>
        <message>
            <source>, approved by {0}</source>
            <translation>, approuvée par {0}</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match). Nobody in the company can approve it: the only possible decision is to decline, and the distributor must be told: report it with the misuse report.</source>
            <translation>Une partie de cette commande figure sur une liste de sanctions (une correspondance confirmée). Personne dans l'entreprise ne peut l'approuver : la seule décision possible est de la refuser, et le distributeur doit être informé : signalez-la avec le signalement d'usage abusif.</translation>
        </message>
        <message>
            <source>Any approver</source>
            <translation>N'importe quel approbateur</translation>
        </message>
        <message>
            <source>Appr&amp;over's passphrase:</source>
            <translation>Phrase secrète de l'appr&amp;obateur :</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Appro&amp;bateur :</translation>
        </message>
        <message>
            <source>Approved b&amp;y:</source>
            <translation>Appr&amp;ouvée par:</translation>
        </message>
        <message>
            <source>Approver to ask</source>
            <translation>Approbateur à solliciter</translation>
        </message>
        <message>
            <source>As&amp;k for approval</source>
            <translation>Demander l'appro&amp;bation</translation>
        </message>
        <message>
            <source>Ask the distributor to decide; the order waits for the answer.</source>
            <translation>Demandez au distributeur de décider; la commande attend sa réponse.</translation>
        </message>
        <message>
            <source>Awaiting approval by {0}: {1} asked on {2} to approve "{3}".</source>
            <translation>En attente d'approbation par {0} : {1} a demandé le {2} d'approuver « {3} ».</translation>
        </message>
        <message>
            <source>Choose a decision.</source>
            <translation>Choisissez une décision.</translation>
        </message>
        <message>
            <source>Choose the approver.</source>
            <translation>Choisissez l'approbateur.</translation>
        </message>
        <message>
            <source>Choose the decision to proceed (or proceed with conditions) that the approver is to approve.</source>
            <translation>Choisissez la décision de poursuivre (ou de poursuivre sous conditions) que l'approbateur doit approuver.</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Déc&amp;idé par:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Do not sell. The reasons are recorded.</source>
            <translation>Ne pas vendre. Les raisons sont enregistrées.</translation>
        </message>
        <message>
            <source>Earlier decisions:</source>
            <translation>Décisions précédentes:</translation>
        </message>
        <message>
            <source>Escalating records the decision. No distributor is set up yet: add one in the company profile.</source>
            <translation>La transmission enregistre la décision. Aucun distributeur n'est encore configuré: ajoutez-en un dans le profil de l'entreprise.</translation>
        </message>
        <message>
            <source>Escalating records the decision; then send the packet with the order's details to your distributor ({0}) and record their answer on the Escalation tab.</source>
            <translation>La transmission enregistre la décision; envoyez ensuite le dossier avec les détails de la commande à votre distributeur ({0}) et enregistrez sa réponse dans l'onglet Escalade.</translation>
        </message>
        <message>
            <source>No decision can be recorded for this order now.</source>
            <translation>Aucune décision ne peut être enregistrée pour cette commande pour le moment.</translation>
        </message>
        <message>
            <source>O&amp;ther conditions:</source>
            <translation>A&amp;utres conditions:</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Autres conditions</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Autres conditions, dans vos propres mots</translation>
        </message>
        <message>
            <source>Prepare the escalation p&amp;acket…</source>
            <translation>&amp;Préparer le dossier d'escalade…</translation>
        </message>
        <message>
            <source>Prepare the escalation packet</source>
            <translation>Préparer le dossier d'escalade</translation>
        </message>
        <message>
            <source>Proceed &amp;with conditions</source>
            <translation>Accepter &amp;sous conditions</translation>
        </message>
        <message>
            <source>Re&amp;cord decision</source>
            <translation>Enregistrer la décisio&amp;n</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Report to the distributor</source>
            <translation>Signaler au distributeur</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what an auditor or the distributor will read.</source>
            <translation>Expliquez pourquoi en une ou deux phrases: c'est ce que lira un auditeur ou le distributeur.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what the approver will read.</source>
            <translation>Dites pourquoi en une ou deux phrases : c'est ce que l'approbateur lira.</translation>
        </message>
        <message>
            <source>Sent back by {0} on {1}: {2}</source>
            <translation>Renvoyée par {0} le {1} : {2}</translation>
        </message>
        <message>
            <source>Setting up the people who use the app makes approvals proven: the approver then confirms with their own passphrase.</source>
            <translation>Configurer les personnes qui utilisent l'application rend les approbations prouvées : l'approbateur confirme alors avec sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Statut: {0}</translation>
        </message>
        <message>
            <source>Tell the distributor: &amp;misuse report…</source>
            <translation>Informer le distributeur : signalement d'usage &amp;abusif…</translation>
        </message>
        <message>
            <source>The approver approves this decision at their own desk, with their passphrase (Escalation menu, "Waiting for your approval"). Nothing is decided until then.</source>
            <translation>L'approbateur approuve cette décision à son propre poste, avec sa phrase secrète (menu Escalade, « En attente de votre approbation »). Rien n'est décidé d'ici là.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>L'approbateur saisit sa propre phrase secrète pour confirmer l'approbation.</translation>
        </message>
        <message>
            <source>The order goes ahead only with the safeguards ticked below.</source>
            <translation>La commande n'est acceptée qu'avec les garanties cochées ci-dessous.</translation>
        </message>
        <message>
            <source>The order may go ahead as it is.</source>
            <translation>La commande peut être acceptée telle quelle.</translation>
        </message>
        <message>
            <source>The request for approval that {0} made on {1} cannot be approved: the order changed after it. Ask again.</source>
            <translation>La demande d'approbation faite par {0} le {1} ne peut pas être approuvée : la commande a changé depuis. Redemandez-la.</translation>
        </message>
        <message>
            <source>The senior approver's name</source>
            <translation>Le nom de l'approbateur</translation>
        </message>
        <message>
            <source>This decision needs the senior approver. Type the name of {0} once they have approved it.</source>
            <translation>Cette décision doit être approuvée par l'approbateur. Saisissez le nom de {0} une fois l'approbation donnée.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company. The approver confirms here with their own passphrase: choose them and let them type it.</source>
            <translation>Cette commande présente un risque élevé. Les Principes directeurs de l'ONU (principe 16) demandent que de telles décisions soient approuvées au plus haut niveau de l'entreprise. L'approbateur confirme ici avec sa propre phrase secrète : choisissez-le et laissez-le la saisir.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company: here, {0}. Type their name to confirm they approved it.</source>
            <translation>Cette commande est à haut risque. Les Principes directeurs des Nations Unies (principe 16) demandent que ces décisions soient approuvées au plus haut niveau de l'entreprise: ici, {0}. Saisissez son nom pour confirmer son approbation.</translation>
        </message>
        <message>
            <source>This order asks for a use that is prohibited. Nobody in the company can approve it, not even the senior approver: the only possible decision is to decline.</source>
            <translation>Cette commande concerne un usage interdit. Personne dans l'entreprise ne peut l'approuver, pas même l'approbateur: la seule décision possible est de la refuser.</translation>
        </message>
        <message>
            <source>Tick the safeguards the customer agrees to. They become part of the record.</source>
            <translation>Cochez les garanties que le client accepte. Elles font partie de l'enregistrement.</translation>
        </message>
        <message>
            <source>What the distributor receives: a PDF and a JSON file with the order, the flags, the checklist and your recommendation, and your attachments. You see the PDF before it is sent.</source>
            <translation>Ce que reçoit le distributeur: un PDF et un fichier JSON avec la commande, les alertes, la liste de contrôle et votre recommandation, ainsi que vos pièces jointes. Vous voyez le PDF avant son envoi.</translation>
        </message>
        <message>
            <source>Why this decision? What did you check, what did the customer say?</source>
            <translation>Pourquoi cette décision? Qu'avez-vous vérifié, qu'a dit le client?</translation>
        </message>
        <message>
            <source>any approver</source>
            <translation>n'importe quel approbateur</translation>
        </message>
        <message>
            <source>your senior approver</source>
            <translation>votre approbateur</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}{3}. {4}</source>
            <translation>{0}: {1} (décision de {2}{3}). {4}</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>&amp;Open packet…</source>
            <translation>&amp;Ouvrir un paquet…</translation>
        </message>
        <message>
            <source>Answer to {0}, order {1} recorded and signed. Save the decision file or send it to the reseller.</source>
            <translation>Réponse à {0}, commande {1}, enregistrée et signée. Enregistrez le fichier de décision ou envoyez-le au revendeur.</translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>Vérification de {0}…</translation>
        </message>
        <message>
            <source>Decision files (*.json)</source>
            <translation>Fichiers de décision (*.json)</translation>
        </message>
        <message>
            <source>Distributor desk</source>
            <translation>Bureau du distributeur</translation>
        </message>
        <message>
            <source>Open a packet a reseller sent</source>
            <translation>Ouvrir un paquet envoyé par un revendeur</translation>
        </message>
        <message>
            <source>Open a packet's folder</source>
            <translation>Ouvrir le dossier d'un paquet</translation>
        </message>
        <message>
            <source>Open packet fol&amp;der…</source>
            <translation>Ouvrir le do&amp;ssier d'un paquet…</translation>
        </message>
        <message>
            <source>Packets (*.zip *.eml);;All files (*)</source>
            <translation>Paquets (*.zip *.eml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Refused, nothing was added to the list: {0}</source>
            <translation>Refusé, rien n'a été ajouté à la liste : {0}</translation>
        </message>
        <message>
            <source>Save the decision file</source>
            <translation>Enregistrer le fichier de décision</translation>
        </message>
        <message>
            <source>Saved {0} and its signature {1}: send both to {2}.</source>
            <translation>{0} et sa signature {1} enregistrés : envoyez les deux à {2}.</translation>
        </message>
        <message>
            <source>The answer to {0}, order {1} is in the outbox to {2}.</source>
            <translation>La réponse à {0}, commande {1}, est dans la boîte d'envoi pour {2}.</translation>
        </message>
        <message>
            <source>This packet holds no PDF.</source>
            <translation>Ce paquet ne contient aucun PDF.</translation>
        </message>
        <message>
            <source>{0}, order {1}: {2}</source>
            <translation>{0}, commande {1} : {2}</translation>
        </message>
    </context>
    <context>
        <name>DigestSettingsBox</name>
        <message>
            <source>Daily digest</source>
            <translation>Résumé quotidien</translation>
        </message>
        <message>
            <source>Once a day, through the outbox, with the order references; nothing is sent on a day when nothing is due. The approvers' addresses are filled in until you save. Where the app is not running, a scheduled task can run 'reseller-app digest --send'.</source>
            <translation>Une fois par jour, par la boîte d'envoi, avec les références des commandes ; rien n'est envoyé un jour où rien n'est dû. Les adresses des approbateurs sont proposées jusqu'à ce que vous enregistriez. Là où l'application ne tourne pas, une tâche planifiée peut lancer 'reseller-app digest --send'.</translation>
        </message>
        <message>
            <source>Recipients' e-&amp;mail addresses:</source>
            <translation>Adresses e-&amp;mail des destinataires :</translation>
        </message>
        <message>
            <source>Send a daily digest o&amp;f what is waiting and overdue</source>
            <translation>Envoyer un résumé &amp;quotidien de ce qui attend et de ce qui est en retard</translation>
        </message>
        <message>
            <source>name@example.com, other@example.com</source>
            <translation>nom@exemple.com, autre@exemple.com</translation>
        </message>
    </context>
    <context>
        <name>DistributorPage</name>
        <message>
            <source>&amp;Add another distributor</source>
            <translation>&amp;Ajouter un autre distributeur</translation>
        </message>
        <message>
            <source>Add at least one distributor.</source>
            <translation>Ajoutez au moins un distributeur.</translation>
        </message>
        <message>
            <source>C&amp;ontact person (optional)</source>
            <translation>Personne de &amp;contact (facultatif)</translation>
        </message>
        <message>
            <source>Distributors</source>
            <translation>Distributeurs</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Saisissez le nom du distributeur.</translation>
        </message>
        <message>
            <source>Enter the e-mail address for escalations, e.g. compliance@distributor.com.</source>
            <translation>Saisissez l'adresse e-mail pour les escalades, par exemple compliance@distributor.com.</translation>
        </message>
        <message>
            <source>Escalation &amp;e-mail</source>
            <translation>&amp;E-mail d'escalade</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>When an order is too risky to decide alone, you escalate it to your distributor. Add at least one, with the e-mail address for such questions.</source>
            <translation>Lorsqu'une commande est trop risquée pour décider seul, vous la transmettez à votre distributeur. Ajoutez-en au moins un, avec l'adresse e-mail pour ce type de questions.</translation>
        </message>
        <message>
            <source>“{0}” is not an e-mail address. Enter one like compliance@distributor.com.</source>
            <translation>« {0} » n'est pas une adresse e-mail. Saisissez une adresse comme compliance@distributor.com.</translation>
        </message>
    </context>
    <context>
        <name>DistributorRow</name>
        <message>
            <source>Contact person (optional)</source>
            <translation>Personne de contact (facultatif)</translation>
        </message>
        <message>
            <source>Distributor name</source>
            <translation>Nom du distributeur</translation>
        </message>
        <message>
            <source>Distributor {0} contact person</source>
            <translation>Personne de contact du distributeur {0}</translation>
        </message>
        <message>
            <source>Distributor {0} escalation e-mail</source>
            <translation>E-mail d'escalade du distributeur {0}</translation>
        </message>
        <message>
            <source>Distributor {0} name</source>
            <translation>Nom du distributeur {0}</translation>
        </message>
        <message>
            <source>Escalation e-mail</source>
            <translation>E-mail d'escalade</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove distributor {0}</source>
            <translation>Retirer le distributeur {0}</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approuver</translation>
        </message>
        <message>
            <source>&amp;Distributor:</source>
            <translation>&amp;Distributeur:</translation>
        </message>
        <message>
            <source>&amp;No recommendation: we ask you to decide</source>
            <translation>Pas de recomma&amp;ndation: nous vous demandons de décider</translation>
        </message>
        <message>
            <source>&amp;Other conditions:</source>
            <translation>A&amp;utres conditions:</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>&amp;Rejeter</translation>
        </message>
        <message>
            <source>(no customer)</source>
            <translation>(aucun client)</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Ajouter des &amp;fichiers…</translation>
        </message>
        <message>
            <source>Also in the packet: your company and contact, the criteria pack used, the packet id and the date.</source>
            <translation>Le dossier contient aussi: votre entreprise et votre contact, le jeu de critères utilisé, l'identifiant du dossier et la date.</translation>
        </message>
        <message>
            <source>Approve &amp;with conditions</source>
            <translation>Approuver &amp;sous conditions</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Back to change the packet</source>
            <translation>Revenir pour modifier le dossier</translation>
        </message>
        <message>
            <source>Build the packet and preview the PDF</source>
            <translation>Constituer le dossier et prévisualiser le PDF</translation>
        </message>
        <message>
            <source>Building again makes a new packet; one that was not sent or saved is simply not used.</source>
            <translation>Le constituer à nouveau crée un nouveau dossier; un dossier qui n'a été ni envoyé ni enregistré n'est simplement pas utilisé.</translation>
        </message>
        <message>
            <source>Building the packet…</source>
            <translation>Constitution du dossier…</translation>
        </message>
        <message>
            <source>Checklist answers ({0})</source>
            <translation>Réponses à la liste de contrôle ({0})</translation>
        </message>
        <message>
            <source>Consignee (receives the goods)</source>
            <translation>Destinataire (reçoit la marchandise)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distributeur</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Utilisateur final</translation>
        </message>
        <message>
            <source>Escalate order {0} to the distributor</source>
            <translation>Transmettre la commande {0} au distributeur</translation>
        </message>
        <message>
            <source>Escalate order {0} to your distributor</source>
            <translation>Transmettre la commande {0} à votre distributeur</translation>
        </message>
        <message>
            <source>For example the signed end-user statement or an excerpt of the contract (20 MB at most together).</source>
            <translation>Par exemple la déclaration d'utilisateur final signée ou un extrait du contrat (20 Mo au maximum au total).</translation>
        </message>
        <message>
            <source>From the criteria pack. The distributor sees each one with its description.</source>
            <translation>Issues du jeu de critères. Le distributeur voit chacune d'elles avec sa description.</translation>
        </message>
        <message>
            <source>Intended use, in the customer's words</source>
            <translation>Usage prévu, selon les mots du client</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>No checklist answers yet: the distributor will ask. Answer the checklist first if you can.</source>
            <translation>Pas encore de réponses à la liste de contrôle: le distributeur les demandera. Répondez d'abord à la liste de contrôle si vous le pouvez.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Autres conditions</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Autres conditions, dans vos propres mots</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Safeguards we propose</source>
            <translation>Garanties que nous proposons</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this: it is what the distributor reads first.</source>
            <translation>Expliquez en une ou deux phrases pourquoi vous recommandez cela: c'est ce que le distributeur lit en premier.</translation>
        </message>
        <message>
            <source>Screening flags ({0})</source>
            <translation>Alertes de l'analyse ({0})</translation>
        </message>
        <message>
            <source>The distributor decides whether this sale goes ahead: approved, approved with conditions, or rejected. The packet gives their compliance person everything they need: a PDF to read, the same content as JSON for their systems, your files, and a manifest with the SHA-256 of every file. Nothing is sent until you press Send after the preview.</source>
            <translation>Le distributeur décide si cette vente peut se poursuivre: approuvée, approuvée sous conditions ou rejetée. Le dossier donne à son responsable de la conformité tout ce dont il a besoin: un PDF à lire, le même contenu au format JSON pour ses systèmes, vos fichiers et un manifeste avec le SHA-256 de chaque fichier. Rien n'est envoyé tant que vous n'avez pas cliqué sur Envoyer après l'aperçu.</translation>
        </message>
        <message>
            <source>The packet was not built: {0}</source>
            <translation>Le dossier n'a pas été constitué: {0}</translation>
        </message>
        <message>
            <source>Tick at least one safeguard or write the conditions you propose.</source>
            <translation>Cochez au moins une garantie ou écrivez les conditions que vous proposez.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Cas d'usage</translation>
        </message>
        <message>
            <source>W&amp;hy (required):</source>
            <translation>&amp;Pourquoi (obligatoire):</translation>
        </message>
        <message>
            <source>We recommend:</source>
            <translation>Nous recommandons:</translation>
        </message>
        <message>
            <source>What goes in the packet</source>
            <translation>Contenu du dossier</translation>
        </message>
        <message>
            <source>Why we recommend this</source>
            <translation>Pourquoi nous recommandons cela</translation>
        </message>
        <message>
            <source>Why? What did you check, what did the customer say or sign?</source>
            <translation>Pourquoi? Qu'avez-vous vérifié, qu'a dit ou signé le client?</translation>
        </message>
        <message>
            <source>Your recommendation</source>
            <translation>Votre recommandation</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <source>not sure yet</source>
            <translation>je ne sais pas encore</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{0} of {1}, {2}</source>
            <translation>{0} du {1}, {2}</translation>
        </message>
    </context>
    <context>
        <name>EscalationTab</name>
        <message>
            <source>&amp;Print the packet…</source>
            <translation>&amp;Imprimer le dossier…</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Un fichier e-mail que votre logiciel de messagerie ouvre, prêt à envoyer : la solution quand l'envoi depuis cette application n'est pas configuré ou échoue.</translation>
        </message>
        <message>
            <source>Ask the distributor to decide: build the escalation packet, check its PDF, and send it.</source>
            <translation>Demandez au distributeur de décider: constituez le dossier d'escalade, vérifiez son PDF, puis envoyez-le.</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>Constitué le</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Conditions: {0}</translation>
        </message>
        <message>
            <source>E&amp;scalate to distributor…</source>
            <translation>&amp;Transmettre au distributeur…</translation>
        </message>
        <message>
            <source>Escalate to the distributor</source>
            <translation>Transmettre au distributeur</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalade</translation>
        </message>
        <message>
            <source>Escalation state</source>
            <translation>État de l'escalade</translation>
        </message>
        <message>
            <source>Escalation to the distributor</source>
            <translation>Escalade vers le distributeur</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Misuse report</source>
            <translation>Signalement d'utilisation abusive</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Packet {0}; manifest SHA-256 {1}</source>
            <translation>Dossier {0}; SHA-256 du manifeste {1}</translation>
        </message>
        <message>
            <source>Packets of this order</source>
            <translation>Dossiers de cette commande</translation>
        </message>
        <message>
            <source>Print the PDF of the selected packet (the latest when none is selected)</source>
            <translation>Imprimer le PDF du dossier sélectionné (le plus récent si aucun n'est sélectionné)</translation>
        </message>
        <message>
            <source>Record the distributor's &amp;answer…</source>
            <translation>Enregistrer la &amp;réponse du distributeur…</translation>
        </message>
        <message>
            <source>Record the distributor's answer</source>
            <translation>Enregistrer la réponse du distributeur</translation>
        </message>
        <message>
            <source>Report &amp;misuse…</source>
            <translation>&amp;Signaler une utilisation abusive…</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Signaler une possible utilisation abusive</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Enregistrer en .em&amp;l…</translation>
        </message>
        <message>
            <source>Save the selected packet (the latest when none is selected) as an e-mail file</source>
            <translation>Enregistrer le paquet sélectionné (le dernier si aucun n'est sélectionné) comme fichier e-mail</translation>
        </message>
        <message>
            <source>Saved e-mail file</source>
            <translation>Fichier e-mail enregistré</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>{0} enregistré. Ouvrez-le dans votre logiciel de messagerie et envoyez-le de là.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>Le PDF n'a pas été imprimé : {0}</translation>
        </message>
        <message>
            <source>The distributor answered.</source>
            <translation>Le distributeur a répondu.</translation>
        </message>
        <message>
            <source>The distributor's answer</source>
            <translation>Réponse du distributeur</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and when to contact the customer again.</source>
            <translation>Les conditions du distributeur à vérifier, et quand recontacter le client.</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>Le fichier e-mail n'a pas été enregistré : {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox.</source>
            <translation>Le dossier est dans la boîte d'envoi.</translation>
        </message>
        <message>
            <source>The packet went out: record the distributor's answer when it comes.</source>
            <translation>Le dossier est parti: enregistrez la réponse du distributeur dès qu'elle arrive.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>You may escalate this order if you want the distributor's view.</source>
            <translation>Vous pouvez transmettre cette commande au distributeur si vous souhaitez son avis.</translation>
        </message>
        <message>
            <source>{0} by {1} on {2}, their reference {3}.</source>
            <translation>{0} par {1} le {2}, référence du distributeur {3}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du:</translation>
        </message>
        <message>
            <source>&amp;Print the summary…</source>
            <translation>&amp;Imprimer le résumé…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>Enregistrer &amp;sous:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au:</translation>
        </message>
        <message>
            <source>Choose the output file</source>
            <translation>Choisir le fichier de destination</translation>
        </message>
        <message>
            <source>Choose where to save the zip file.</source>
            <translation>Choisissez où enregistrer le fichier zip.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Evidence summary {0} to {1}</source>
            <translation>Résumé des preuves du {0} au {1}</translation>
        </message>
        <message>
            <source>Export evidence for audit</source>
            <translation>Exporter les preuves pour l'audit</translation>
        </message>
        <message>
            <source>One zip file for a distributor's or vendor's audit: a PDF summary, the adopted policy versions, every screening and decision, the packets sent and the answers, the follow-ups, the sanctions lists imported with the reviews of possible matches, and the check of the audit log, with the SHA-256 of every file.</source>
            <translation>Un seul fichier zip pour l'audit d'un distributeur ou d'un fabricant: un résumé PDF, les versions adoptées de la politique, chaque analyse et chaque décision, les dossiers envoyés et les réponses, les suivis, les listes de sanctions importées avec les examens des correspondances possibles, et la vérification du journal d'audit, avec le SHA-256 de chaque fichier.</translation>
        </message>
        <message>
            <source>Print the PDF summary of the bundle</source>
            <translation>Imprimer le résumé PDF du lot de preuves</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Progression de l'exportation</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Sanctions list versions: {0}, reviews of possible matches: {1}.</source>
            <translation>Versions des listes de sanctions: {0}, examens de correspondances possibles: {1}.</translation>
        </message>
        <message>
            <source>Save the evidence bundle</source>
            <translation>Enregistrer le recueil de preuves</translation>
        </message>
        <message>
            <source>Saved {0}. Screenings: {1}, decisions: {2}, packets: {3}, answers: {4}. {5} {6}</source>
            <translation>{0} enregistré. Analyses: {1}, décisions: {2}, dossiers: {3}, réponses: {4}. {5} {6}</translation>
        </message>
        <message>
            <source>The audit log check FAILED: {0}</source>
            <translation>La vérification du journal d'audit a ÉCHOUÉ: {0}</translation>
        </message>
        <message>
            <source>The audit log is intact ({0} events checked).</source>
            <translation>Le journal d'audit est intact ({0} événements vérifiés).</translation>
        </message>
        <message>
            <source>The bundle was not written: {0}</source>
            <translation>Le recueil n'a pas été enregistré: {0}</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <source>The summary was not printed: {0}</source>
            <translation>Le résumé n'a pas été imprimé : {0}</translation>
        </message>
        <message>
            <source>The summary was sent to the printer.</source>
            <translation>Le résumé a été envoyé à l'imprimante.</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archives zip (*.zip)</translation>
        </message>
        <message>
            <source>{0} adopted policy versions.</source>
            <translation>Versions adoptées de la politique: {0}.</translation>
        </message>
    </context>
    <context>
        <name>ExampleBox</name>
        <message>
            <source>Example</source>
            <translation>Exemple</translation>
        </message>
        <message>
            <source>Example: {0}</source>
            <translation>Exemple: {0}</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Add files</source>
            <translation>Ajouter des fichiers</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>illisible</translation>
        </message>
    </context>
    <context>
        <name>FindingItem</name>
        <message>
            <source>Confirmed match</source>
            <translation>Correspondance confirmée</translation>
        </message>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Nom correspondant : {name} ; score {score}</translation>
        </message>
        <message>
            <source>Possible match</source>
            <translation>Correspondance possible</translation>
        </message>
        <message>
            <source>Reviewed: not the same</source>
            <translation>Examiné : pas la même</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Pourquoi : {0}</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry}: {listed}</source>
            <translation>{role} {party} ressemble à l'entrée {entry} de la {source} : {listed}</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <source>&amp;Load demo data (sample customers, products and 30+ orders)</source>
            <translation>&amp;Charger des données de démonstration (exemples de clients, de produits et plus de 30 commandes)</translation>
        </message>
        <message>
            <source>Every order you enter or import is screened: the product and what it is for, who buys and uses it, and where it goes. Each warning says why and what to do. Risky orders wait for a decision, and every decision is recorded.</source>
            <translation>Chaque commande que vous saisissez ou importez est analysée: le produit et son usage, qui l'achète et l'utilise, et où il va. Chaque alerte explique pourquoi et ce qu'il faut faire. Les commandes à risque attendent une décision, et chaque décision est enregistrée.</translation>
        </message>
        <message>
            <source>Handy to look around before you enter your own orders.</source>
            <translation>Pratique pour découvrir l'application avant de saisir vos propres commandes.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>You can change these details later under File &gt; Company profile.</source>
            <translation>Vous pourrez modifier ces informations plus tard dans Fichier &gt; Profil de l'entreprise.</translation>
        </message>
    </context>
    <context>
        <name>FlagItem</name>
        <message>
            <source>Concerns: {0}</source>
            <translation>Concerne: {0}</translation>
        </message>
        <message>
            <source>What to do: {0}</source>
            <translation>À faire: {0}</translation>
        </message>
    </context>
    <context>
        <name>FlaggedPartiesDialog</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Client ou commande</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Sanctions matches to review</source>
            <translation>Correspondances de sanctions à examiner</translation>
        </message>
        <message>
            <source>The customers and the parties of open orders whose latest check found a listed name. Open one to see which list entry it resembles and why.</source>
            <translation>Les clients et les parties des commandes ouvertes dont la dernière vérification a trouvé un nom listé. Ouvrez-en un pour voir à quelle entrée de liste il ressemble et pourquoi.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>&amp;All open</source>
            <translation>&amp;Tous ceux en cours</translation>
        </message>
        <message>
            <source>&amp;Due now</source>
            <translation>Arrivés à é&amp;chéance</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Marquer comme fait</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Remarque:</translation>
        </message>
        <message>
            <source>&amp;Open order</source>
            <translation>&amp;Ouvrir la commande</translation>
        </message>
        <message>
            <source>Contact the customer</source>
            <translation>Contacter le client</translation>
        </message>
        <message>
            <source>Distributor's condition</source>
            <translation>Condition du distributeur</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Fait: {0}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Follow-ups summary</source>
            <translation>Résumé des suivis</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;fait</translation>
        </message>
        <message>
            <source>Mark the selected follow-up done</source>
            <translation>Marquer le suivi sélectionné comme fait</translation>
        </message>
        <message>
            <source>No follow-ups for this order yet. The distributor's conditions and contact dates appear here once their answer is recorded.</source>
            <translation>Pas encore de suivis pour cette commande. Les conditions du distributeur et les dates de contact apparaissent ici une fois sa réponse enregistrée.</translation>
        </message>
        <message>
            <source>No open follow-ups.</source>
            <translation>Aucun suivi en cours.</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>Re&amp;marque:</translation>
        </message>
        <message>
            <source>Note on what was done</source>
            <translation>Remarque sur ce qui a été fait</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Rien n'est arrivé à échéance.</translation>
        </message>
        <message>
            <source>One page from the criteria pack for the customer: how to use the products responsibly and whom to tell about misuse.</source>
            <translation>Une page du jeu de critères pour le client: comment utiliser les produits de manière responsable et à qui signaler une utilisation abusive.</translation>
        </message>
        <message>
            <source>Open the order of the selected follow-up</source>
            <translation>Ouvrir la commande du suivi sélectionné</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Print the guidan&amp;ce…</source>
            <translation>Imprimer le gui&amp;de…</translation>
        </message>
        <message>
            <source>Print the responsible-use guidance for the customer</source>
            <translation>Imprimer le guide d'utilisation responsable pour le client</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>&amp;Guide d'utilisation responsable (PDF)…</translation>
        </message>
        <message>
            <source>Responsible-use guidance</source>
            <translation>Guide d'utilisation responsable</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance for the customer as a PDF</source>
            <translation>Enregistrer le guide d'utilisation responsable pour le client au format PDF</translation>
        </message>
        <message>
            <source>Saved {0}. Give it to the customer with the delivery or at the next contact.</source>
            <translation>{0} enregistré. Remettez-le au client avec la livraison ou lors du prochain contact.</translation>
        </message>
        <message>
            <source>Select the follow-up in the list first.</source>
            <translation>Sélectionnez d'abord le suivi dans la liste.</translation>
        </message>
        <message>
            <source>Sent to the printer. Give it to the customer with the delivery or at the next contact.</source>
            <translation>Envoyé à l'imprimante. Remettez-le au client avec la livraison ou lors du prochain contact.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher:</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and contact with the customers of approved high-risk orders over time (BSR 2022 §6.4).</source>
            <translation>Les conditions du distributeur à vérifier, et le contact dans la durée avec les clients des commandes à haut risque approuvées (BSR 2022 §6.4).</translation>
        </message>
        <message>
            <source>The guidance was not printed: {0}</source>
            <translation>Le guide n'a pas été imprimé : {0}</translation>
        </message>
        <message>
            <source>The guidance was not saved: {0}</source>
            <translation>Le guide n'a pas été enregistré: {0}</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>What was done (optional)</source>
            <translation>Ce qui a été fait (facultatif)</translation>
        </message>
        <message>
            <source>{0} (overdue, {1} d)</source>
            <translation>{0} (en retard de {1} j)</translation>
        </message>
        <message>
            <source>{0} open, {1} overdue.</source>
            <translation>En cours: {0}, en retard: {1}.</translation>
        </message>
        <message>
            <source>{0} to do, {1} overdue.</source>
            <translation>À faire: {0}, en retard: {1}.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceSaver</name>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>Impossible d'écrire {0}: {1}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance</source>
            <translation>Enregistrer le guide d'utilisation responsable</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Based on: {0}</source>
            <translation>Fondement: {0}</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Texte d'aide</translation>
        </message>
        <message>
            <source>Help — Channel Diligence</source>
            <translation>Aide — Channel Diligence</translation>
        </message>
        <message>
            <source>Help: {0}</source>
            <translation>Aide: {0}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvée par</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Champs modifiés</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Jeu de critères</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Details of the selected entry</source>
            <translation>Détails de l'entrée sélectionnée</translation>
        </message>
        <message>
            <source>Everything that happened to this order, newest first. The history is part of the audit log and cannot be edited.</source>
            <translation>Tout ce qui s'est passé pour cette commande, du plus récent au plus ancien. L'historique fait partie du journal d'audit et ne peut pas être modifié.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Informations manquantes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Order history</source>
            <translation>Historique de la commande</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Autres conditions</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Risk before</source>
            <translation>Risque avant</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Garanties</translation>
        </message>
        <message>
            <source>Select an entry to see what was recorded.</source>
            <translation>Sélectionnez une entrée pour voir ce qui a été enregistré.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Warnings added</source>
            <translation>Alertes ajoutées</translation>
        </message>
        <message>
            <source>Warnings removed</source>
            <translation>Alertes retirées</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>&amp;Date order:</source>
            <translation>&amp;Ordre des dates :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Sales model of these orders:</source>
            <translation>&amp;Mode de vente de ces commandes :</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(absent du fichier)</translation>
        </message>
        <message>
            <source>1 order imported and screened.</source>
            <translation>1 commande importée et analysée.</translation>
        </message>
        <message>
            <source>1 row could not be imported (listed below).</source>
            <translation>1 ligne n'a pas pu être importée (voir ci-dessous).</translation>
        </message>
        <message>
            <source>1 row was already imported.</source>
            <translation>1 ligne était déjà importée.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>As the company usually sells: {0}</source>
            <translation>Comme l'entreprise vend d'habitude : {0}</translation>
        </message>
        <message>
            <source>As the file's dates show</source>
            <translation>Comme le montrent les dates du fichier</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Fichier CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choisir un fichier CSV</translation>
        </message>
        <message>
            <source>Choose a CSV file first.</source>
            <translation>Choisissez d'abord un fichier CSV.</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Choisir le fichier CSV</translation>
        </message>
        <message>
            <source>Choose the column for “{0}”: it is needed.</source>
            <translation>Choisissez la colonne de « {0} »: elle est obligatoire.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Correct these rows in the file and import it again. Orders that were imported already are recognised by their reference and not imported twice.</source>
            <translation>Corrigez ces lignes dans le fichier et importez-le à nouveau. Les commandes déjà importées sont reconnues à leur référence et ne sont pas importées deux fois.</translation>
        </message>
        <message>
            <source>Customer &amp;type where the file gives none:</source>
            <translation>&amp;Type de client quand le fichier n'en donne pas :</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Ordre des dates</translation>
        </message>
        <message>
            <source>Day first (11/02/2026 is 11 February)</source>
            <translation>Jour d'abord (11/02/2026 est le 11 février)</translation>
        </message>
        <message>
            <source>Default customer type</source>
            <translation>Type de client par défaut</translation>
        </message>
        <message>
            <source>For a shop's export, which has no customer type: for instance “Individual” for a shop that sells to consumers. Customers in your catalog keep their own type.</source>
            <translation>Pour l'export d'une boutique, qui n'a pas de type de client : par exemple « Particulier » pour une boutique qui vend à des consommateurs. Les clients de votre catalogue gardent leur propre type.</translation>
        </message>
        <message>
            <source>For each piece of order information, choose the column of your file that holds it. The app remembers your choice for next time.</source>
            <translation>Pour chaque information de la commande, choisissez la colonne de votre fichier qui la contient. L'application retient votre choix pour la prochaine fois.</translation>
        </message>
        <message>
            <source>How the orders were sold where a row of the file does not say. A webshop's orders are self-service: the criteria pack puts them on hold at a lower risk, for a salesperson to talk to the customer first. A row that gives its sales model keeps it.</source>
            <translation>Comment les commandes ont été vendues quand une ligne du fichier ne le dit pas. Les commandes d'une boutique en ligne sont en libre-service : le jeu de critères les suspend à un risque plus faible, pour qu'un vendeur parle d'abord au client. Une ligne qui donne son mode de vente le garde.</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importation annulée</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message>
            <source>Import orders from CSV</source>
            <translation>Importer des commandes depuis un fichier CSV</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l'importation</translation>
        </message>
        <message>
            <source>Importing and screening…</source>
            <translation>Importation et analyse…</translation>
        </message>
        <message>
            <source>Match at least one column.</source>
            <translation>Associez au moins une colonne.</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>Month first (02/11/2026 is 11 February)</source>
            <translation>Mois d'abord (02/11/2026 est le 11 février)</translation>
        </message>
        <message>
            <source>No order was imported: none of the rows could be used.</source>
            <translation>Aucune commande n'a été importée: aucune ligne n'était utilisable.</translation>
        </message>
        <message>
            <source>Not given (the screening asks)</source>
            <translation>Non indiqué (l'analyse le demande)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Aucune commande importée</translation>
        </message>
        <message>
            <source>Nothing new to import</source>
            <translation>Rien de nouveau à importer</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>Nothing was imported: a file is imported completely or not at all. You can import it again at any time.</source>
            <translation>Rien n'a été importé: un fichier est importé entièrement ou pas du tout. Vous pouvez l'importer à nouveau à tout moment.</translation>
        </message>
        <message>
            <source>One row per order line, with a header row. Rows with the same order reference make one order. Every imported order is screened, and risky ones are put on hold as if you had typed them in.</source>
            <translation>Une ligne par ligne de commande, avec une ligne d'en-tête. Les lignes qui ont la même référence de commande forment une seule commande. Chaque commande importée est analysée, et les commandes à risque sont suspendues comme si vous les aviez saisies.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Recognised as an order export from {0}: its columns are matched below. Check them before importing.</source>
            <translation>Reconnu comme un export de commandes de {0} : ses colonnes sont associées ci-dessous. Vérifiez-les avant d'importer.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Rows that were not imported</source>
            <translation>Lignes non importées</translation>
        </message>
        <message>
            <source>Rows that were not imported:</source>
            <translation>Lignes non importées:</translation>
        </message>
        <message>
            <source>Sales model of these orders</source>
            <translation>Mode de vente de ces commandes</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>The dates in this file can be read two ways: {0} is day first or month first, and no date in the file tells which. Choose the date order, then import again.</source>
            <translation>Les dates de ce fichier se lisent de deux façons : {0} peut être jour d'abord ou mois d'abord, et aucune date du fichier ne permet de trancher. Choisissez l'ordre des dates, puis importez à nouveau.</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}</source>
            <translation>Le fichier ne peut pas être lu: {0}</translation>
        </message>
        <message>
            <source>The file holds no order rows, only its header (or empty lines), so nothing was imported. Check that you chose the right file, or export the orders again.</source>
            <translation>Le fichier ne contient aucune ligne de commande, seulement sa ligne d'en-tête (ou des lignes vides): rien n'a donc été importé. Vérifiez que vous avez choisi le bon fichier, ou exportez à nouveau les commandes.</translation>
        </message>
        <message>
            <source>The file is empty or has no header row.</source>
            <translation>Le fichier est vide ou n'a pas de ligne d'en-tête.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>Il n'y a aucun fichier à cet emplacement.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>You can cancel at any time.</source>
            <translation>Vous pouvez annuler à tout moment.</translation>
        </message>
        <message>
            <source>{0} (required)</source>
            <translation>{0} (obligatoire)</translation>
        </message>
        <message>
            <source>{0} of {1} rows</source>
            <translation>{0} lignes sur {1}</translation>
        </message>
        <message>
            <source>{0} on hold and {1} blocked: they wait for a decision in the orders list.</source>
            <translation>Suspendues: {0}, bloquées: {1}. Elles attendent une décision dans la liste des commandes.</translation>
        </message>
        <message>
            <source>{0} orders imported and screened.</source>
            <translation>Commandes importées et analysées: {0}.</translation>
        </message>
        <message>
            <source>{0} rows</source>
            <translation>{0} lignes</translation>
        </message>
        <message>
            <source>{0} rows could not be imported (listed below).</source>
            <translation>Lignes qui n'ont pas pu être importées: {0} (liste ci-dessous).</translation>
        </message>
        <message>
            <source>{0} rows were already imported.</source>
            <translation>Lignes déjà importées: {0}.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Something unexpected went wrong ({0}). Nothing was saved by the step that failed; please try again, and tell your IT contact if it happens again.</source>
            <translation>Une erreur inattendue s'est produite ({0}). L'étape qui a échoué n'a rien enregistré; veuillez réessayer, et prévenez votre contact informatique si cela se reproduit.</translation>
        </message>
    </context>
    <context>
        <name>KeyUnlockDialog</name>
        <message>
            <source>&amp;Open and sign</source>
            <translation>&amp;Ouvrir et signer</translation>
        </message>
        <message>
            <source>It is asked once until the app closes. Cancel builds nothing: nothing is made unsigned for want of the passphrase.</source>
            <translation>Elle n'est demandée qu'une fois jusqu'à la fermeture de l'application. Annuler ne produit rien : rien n'est créé sans signature faute de phrase secrète.</translation>
        </message>
        <message>
            <source>Open the signing key</source>
            <translation>Ouvrir la clé de signature</translation>
        </message>
        <message>
            <source>Pass&amp;phrase of {0}:</source>
            <translation>&amp;Phrase secrète de {0} :</translation>
        </message>
        <message>
            <source>Passphrase of {0}</source>
            <translation>Phrase secrète de {0}</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Saisissez la phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>A decision cleared the order with conditions.</source>
            <translation>Une décision a autorisé la commande sous conditions.</translation>
        </message>
        <message>
            <source>A decision cleared the order.</source>
            <translation>Une décision a autorisé la commande.</translation>
        </message>
        <message>
            <source>A party of the order is on a sanctions list (a confirmed match). The order can only be declined.</source>
            <translation>Une partie de la commande figure sur une liste de sanctions (correspondance confirmée). La commande ne peut qu'être refusée.</translation>
        </message>
        <message>
            <source>A value the criteria pack does not know</source>
            <translation>Une valeur inconnue du jeu de critères</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloquée</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Autorisée</translation>
        </message>
        <message>
            <source>Consignee</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Customer / end user</source>
            <translation>Client / utilisateur final</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Nom du client</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>Pays de destination</translation>
        </message>
        <message>
            <source>Destination country: elevated risk</source>
            <translation>Pays de destination: risque accru</translation>
        </message>
        <message>
            <source>Destination country: high risk</source>
            <translation>Pays de destination: risque élevé</translation>
        </message>
        <message>
            <source>Destination country: prohibited</source>
            <translation>Pays de destination: interdit</translation>
        </message>
        <message>
            <source>EU financial sanctions</source>
            <translation>Sanctions financières de l'UE</translation>
        </message>
        <message>
            <source>Elevated</source>
            <translation>Accru</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Utilisateur final</translation>
        </message>
        <message>
            <source>Escalate to distributor</source>
            <translation>Transmettre au distributeur</translation>
        </message>
        <message>
            <source>Escalated to distributor</source>
            <translation>Transmise au distributeur</translation>
        </message>
        <message>
            <source>Function of the government body</source>
            <translation>Mission de l'organisme public</translation>
        </message>
        <message>
            <source>Geography</source>
            <translation>Géographie</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Usage prévu</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Informations manquantes</translation>
        </message>
        <message>
            <source>Missing: {0}</source>
            <translation>Information manquante: {0}</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Not held: the order may go ahead. Any warnings below are worth a look; recording a decision is optional.</source>
            <translation>Non suspendue: la vente peut se poursuivre. Les éventuelles alertes ci-dessous méritent d'être lues; enregistrer une décision est facultatif.</translation>
        </message>
        <message>
            <source>Not sure yet</source>
            <translation>Je ne sais pas encore</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>OFAC SDN</source>
            <translation>OFAC SDN</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Suspendue</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Proceed</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Proceed with conditions</source>
            <translation>Accepter sous conditions</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Proceeding with conditions</source>
            <translation>Acceptée sous conditions</translation>
        </message>
        <message>
            <source>Product and use case</source>
            <translation>Produit et cas d'usage</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Catégorie de produit</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Prohibited</source>
            <translation>Interdit</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Mode de vente</translation>
        </message>
        <message>
            <source>Sales-assisted (we talk to the customer)</source>
            <translation>Vente assistée (nous parlons au client)</translation>
        </message>
        <message>
            <source>Sanctions list, confirmed match: {0} entry {1}</source>
            <translation>Liste de sanctions, correspondance confirmée : entrée {1} de {0}</translation>
        </message>
        <message>
            <source>Sanctions list, possible match: {0} entry {1}</source>
            <translation>Liste de sanctions, correspondance possible : entrée {1} de {0}</translation>
        </message>
        <message>
            <source>Self-service (web shop, no conversation)</source>
            <translation>Libre-service (boutique en ligne, sans échange)</translation>
        </message>
        <message>
            <source>The order asks for a prohibited use. It cannot be approved.</source>
            <translation>La commande concerne un usage interdit. Elle ne peut pas être approuvée.</translation>
        </message>
        <message>
            <source>The order waits for a decision before it may ship.</source>
            <translation>La commande attend une décision avant de pouvoir être expédiée.</translation>
        </message>
        <message>
            <source>The order waits for the distributor's answer.</source>
            <translation>La commande attend la réponse du distributeur.</translation>
        </message>
        <message>
            <source>The order was declined.</source>
            <translation>La commande a été refusée.</translation>
        </message>
        <message>
            <source>Type of customer or end user</source>
            <translation>Type de client ou d'utilisateur final</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Liste des sanctions du Royaume-Uni</translation>
        </message>
        <message>
            <source>UN Security Council</source>
            <translation>Conseil de sécurité de l'ONU</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Cas d'usage</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Cas d'usage</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>{0} (negated)</source>
            <translation>{0} (avec négation)</translation>
        </message>
        <message>
            <source>{0} (not recognised)</source>
            <translation>{0} (non reconnu)</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>(free line)</source>
            <translation>(ligne libre)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Choisissez une catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Total de la ligne</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence (SKU)</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Without a category the screening counts this line as missing information.</source>
            <translation>Sans catégorie, l'analyse compte cette ligne comme une information manquante.</translation>
        </message>
    </context>
    <context>
        <name>ListsSettingsBox</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Reset to the offi&amp;cial addresses</source>
            <translation>Rétablir les adresses o&amp;fficielles</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Listes de sanctions</translation>
        </message>
        <message>
            <source>Update lists fetches each list from these addresses, the publishers' own. The EU's address carries the public key (token) of the EU's Financial Sanctions Files page; if the EU changes it, copy the link of the XML file (version 1.1) from that page and paste it here.</source>
            <translation>« Mettre à jour les listes » télécharge chaque liste depuis ces adresses, celles des éditeurs eux-mêmes. L'adresse de l'UE contient la clé publique (token) de la page Financial Sanctions Files de l'UE ; si l'UE la change, copiez le lien du fichier XML (version 1.1) sur cette page et collez-le ici.</translation>
        </message>
        <message>
            <source>Warn when a list is &amp;older than:</source>
            <translation>Avertir quand une liste a plus &amp;de :</translation>
        </message>
        <message>
            <source>{0}, {1}:</source>
            <translation>{0}, {1} :</translation>
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
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Import list file…</source>
            <translation>&amp;Importer un fichier de liste…</translation>
        </message>
        <message>
            <source>&amp;Update lists</source>
            <translation>&amp;Mettre à jour les listes</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the list being imported was stored. The lists already imported stay in use.</source>
            <translation>Annulé : rien de la liste en cours d'importation n'a été enregistré. Les listes déjà importées restent utilisées.</translation>
        </message>
        <message>
            <source>Choose a sanctions list file</source>
            <translation>Choisir un fichier de liste de sanctions</translation>
        </message>
        <message>
            <source>Connecting to the publishers…</source>
            <translation>Connexion aux éditeurs des listes…</translation>
        </message>
        <message>
            <source>Customers, end users and consignees are checked against the newest version of each list (in bold). Every import is kept as a version: earlier checks name the version they used.</source>
            <translation>Les clients, utilisateurs finaux et destinataires sont vérifiés par rapport à la version la plus récente de chaque liste (en gras). Chaque importation est conservée comme une version : les vérifications antérieures indiquent la version utilisée.</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>Téléchargement de {0}…</translation>
        </message>
        <message>
            <source>Fetch each list from its publisher's address and import it (needs the internet)</source>
            <translation>Télécharge chaque liste depuis l'adresse de son éditeur et l'importe (nécessite Internet)</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l'importation</translation>
        </message>
        <message>
            <source>Imported versions</source>
            <translation>Versions importées</translation>
        </message>
        <message>
            <source>Imported {0}, published {1}: {2} entries, {3} names.</source>
            <translation>{0} importée, publiée {1} : {2} entrées, {3} noms.</translation>
        </message>
        <message>
            <source>Importing and updating lists needs the role {0}; {1} has the role {2}. You can look at the versions; an {0} imports them.</source>
            <translation>Importer et mettre à jour les listes nécessite le rôle {0} ; {1} a le rôle {2}. Vous pouvez consulter les versions ; une personne ayant le rôle {0} les importe.</translation>
        </message>
        <message>
            <source>Left out: {0} entries without a name, {1} empty names.</source>
            <translation>Écartés : {0} entrées sans nom, {1} noms vides.</translation>
        </message>
        <message>
            <source>No list was updated.</source>
            <translation>Aucune liste n'a été mise à jour.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the files you downloaded from the publishers, or let Update lists fetch them.</source>
            <translation>Aucune liste de sanctions n'est encore importée : importez les fichiers téléchargés chez les éditeurs, ou laissez « Mettre à jour les listes » les télécharger.</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>Rien n'a été importé : {0}</translation>
        </message>
        <message>
            <source>OFAC SDN (sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it), the UN consolidated list (XML), the EU financial sanctions list (XML 1.1) or the UK sanctions list (CSV)</source>
            <translation>OFAC SDN (sdn.csv, avec alt.csv, add.csv et sdn_comments.csv à côté), la liste récapitulative de l'ONU (XML), la liste des sanctions financières de l'UE (XML 1.1) ou la liste des sanctions du Royaume-Uni (CSV)</translation>
        </message>
        <message>
            <source>Reading and storing {0}…</source>
            <translation>Lecture et enregistrement de {0}…</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>Lecture de {0}…</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Listes de sanctions</translation>
        </message>
        <message>
            <source>Sanctions lists (*.csv *.xml);;All files (*)</source>
            <translation>Listes de sanctions (*.csv *.xml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>Update lists fetches the official files from the publishers' addresses (Settings, Sanctions lists). Without the internet the lists already imported stay in use.</source>
            <translation>« Mettre à jour les listes » télécharge les fichiers officiels depuis les adresses des éditeurs (Paramètres, Listes de sanctions). Sans Internet, les listes déjà importées restent utilisées.</translation>
        </message>
        <message>
            <source>You are working as {0}: you can import and update the lists.</source>
            <translation>Vous travaillez en tant que {0} : vous pouvez importer et mettre à jour les listes.</translation>
        </message>
        <message>
            <source>date not stated in the file</source>
            <translation>date non indiquée dans le fichier</translation>
        </message>
        <message>
            <source>{0} was imported already on {1}, as version {2} of {3}: nothing changed.</source>
            <translation>{0} a déjà été importé le {1}, comme version {2} de {3} : rien n'a changé.</translation>
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
            <translation>À &amp;propos de Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>C&amp;lients</translation>
        </message>
        <message>
            <source>&amp;Data sources and licences…</source>
            <translation>Sources de &amp;données et licences…</translation>
        </message>
        <message>
            <source>&amp;Distributor desk…</source>
            <translation>Bureau du &amp;distributeur…</translation>
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation>&amp;Escalade</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find orders</source>
            <translation>&amp;Rechercher des commandes</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Aide sur cet écran</translation>
        </message>
        <message>
            <source>&amp;Import distributor's decision file…</source>
            <translation>&amp;Importer le fichier de décision du distributeur…</translation>
        </message>
        <message>
            <source>&amp;Import orders from CSV…</source>
            <translation>&amp;Importer des commandes depuis un fichier CSV…</translation>
        </message>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Nouvelle commande</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Commandes</translation>
        </message>
        <message>
            <source>&amp;Policy</source>
            <translation>&amp;Politique</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>&amp;Produits</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>&amp;Report misuse…</source>
            <translation>&amp;Signaler une utilisation abusive…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Verify audit log…</source>
            <translation>&amp;Vérifier le journal d'audit…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Waiting for your approval…</source>
            <translation>&amp;En attente de votre approbation…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Human rights due diligence of sales for small IT resellers: every order is screened for the risk that what you sell is misused against people, every warning says why and what to do, and every decision is recorded.&lt;/p&gt;&lt;p&gt;The screening follows the end-use risk framework of the BSR brief &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) and the UN Guiding Principles on Business and Human Rights. It supports your judgement; it is not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. See Help &amp;gt; Data sources and licences for the data and libraries used.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Diligence raisonnable en matière de droits de l'homme pour les ventes des petits revendeurs informatiques: chaque commande est analysée pour repérer le risque que ce que vous vendez soit utilisé de manière abusive contre des personnes, chaque alerte explique pourquoi et ce qu'il faut faire, et chaque décision est enregistrée.&lt;/p&gt;&lt;p&gt;L'analyse suit le cadre de risque lié à l'utilisation finale de la note du BSR &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) et les Principes directeurs des Nations Unies relatifs aux entreprises et aux droits de l'homme. Elle soutient votre jugement; elle ne constitue pas un avis juridique.&lt;/p&gt;&lt;p&gt;Sous licence Apache License 2.0. Voir Aide &amp;gt; Sources de données et licences pour les données et les bibliothèques utilisées.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Country data:&lt;/b&gt; {0}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Données sur les pays:&lt;/b&gt; {0}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (Bitstream Vera Fonts licence); DejaVu changes are in the public domain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Polices:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (licence Bitstream Vera Fonts); les modifications de DejaVu sont dans le domaine public.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Channel Diligence</source>
            <translation>À propos de Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Compan&amp;y profile…</source>
            <translation>Profil de l'&amp;entreprise…</translation>
        </message>
        <message>
            <source>Company profile saved.</source>
            <translation>Profil de l'entreprise enregistré.</translation>
        </message>
        <message>
            <source>Criteria pack: {0} {1}</source>
            <translation>Jeu de critères: {0} {1}</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Due &amp;diligence report…</source>
            <translation>Rapport de &amp;diligence raisonnable…</translation>
        </message>
        <message>
            <source>Every order with its screening</source>
            <translation>Toutes les commandes avec leur analyse</translation>
        </message>
        <message>
            <source>Export &amp;evidence for audit…</source>
            <translation>Exporter les &amp;preuves pour l'audit…</translation>
        </message>
        <message>
            <source>Follo&amp;w-ups</source>
            <translation>S&amp;uivis</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Follow-ups ({0})</source>
            <translation>Suivis ({0})</translation>
        </message>
        <message>
            <source>Human rights &amp;policy…</source>
            <translation>&amp;Politique en matière de droits de l'homme…</translation>
        </message>
        <message>
            <source>Human rights policy (Policy menu)</source>
            <translation>Politique en matière de droits de l'homme (menu Politique)</translation>
        </message>
        <message>
            <source>Import criteria &amp;pack…</source>
            <translation>Importer un &amp;jeu de critères…</translation>
        </message>
        <message>
            <source>Messages to the distributor</source>
            <translation>Messages au distributeur</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>No criteria pack loaded</source>
            <translation>Aucun jeu de critères chargé</translation>
        </message>
        <message>
            <source>O&amp;utbox</source>
            <translation>&amp;Boîte d'envoi</translation>
        </message>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Boîte d'envoi</translation>
        </message>
        <message>
            <source>Outbox: {0}</source>
            <translation>Boîte d'envoi: {0}</translation>
        </message>
        <message>
            <source>Outbox: {0}.</source>
            <translation>Boîte d'envoi: {0}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>Pers&amp;onnes…</translation>
        </message>
        <message>
            <source>Policy: {0}</source>
            <translation>Politique: {0}</translation>
        </message>
        <message>
            <source>Prin&amp;t the policy…</source>
            <translation>Imprimer la poli&amp;tique…</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation>Lecture seule: les modifications ne peuvent pas être enregistrées</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>&amp;Guide d'utilisation responsable (PDF)…</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>San&amp;ctions lists…</source>
            <translation>&amp;Listes de sanctions…</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} enregistré.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <source>The World Bank, Worldwide Governance Indicators (CC BY 4.0); no endorsement implied.</source>
            <translation>Banque mondiale, Worldwide Governance Indicators (CC BY 4.0); cette utilisation n'implique aucune approbation de sa part.</translation>
        </message>
        <message>
            <source>The criteria pack was kept but is not in use: the pack in use is unchanged.</source>
            <translation>Le jeu de critères a été conservé mais n'est pas utilisé: le jeu utilisé reste le même.</translation>
        </message>
        <message>
            <source>The new criteria pack is in use. Earlier screenings keep the pack they used.</source>
            <translation>Le nouveau jeu de critères est utilisé. Les analyses antérieures conservent le jeu qu'elles ont utilisé.</translation>
        </message>
        <message>
            <source>There is no policy to print yet: write it with the policy wizard.</source>
            <translation>Il n'y a pas encore de politique à imprimer: rédigez-la avec l'assistant de politique.</translation>
        </message>
        <message>
            <source>What needs your attention today</source>
            <translation>Ce qui demande votre attention aujourd'hui</translation>
        </message>
        <message>
            <source>What to check after a sale</source>
            <translation>Ce qu'il faut vérifier après une vente</translation>
        </message>
        <message>
            <source>Your catalog and its categories</source>
            <translation>Votre catalogue et ses catégories</translation>
        </message>
        <message>
            <source>Your customers and end users</source>
            <translation>Vos clients et utilisateurs finaux</translation>
        </message>
        <message>
            <source>not sent: the mail server needs the password.</source>
            <translation>non envoyé: le serveur de messagerie demande le mot de passe.</translation>
        </message>
        <message>
            <source>{0} failed (see the Outbox)</source>
            <translation>{0} en échec (voir la boîte d'envoi)</translation>
        </message>
        <message>
            <source>{0} follow-ups are due</source>
            <translation>Suivis arrivés à échéance: {0}</translation>
        </message>
        <message>
            <source>{0} sent</source>
            <translation>{0} envoyé(s)</translation>
        </message>
        <message>
            <source>{0} waiting to be tried again</source>
            <translation>{0} en attente d'un nouvel essai</translation>
        </message>
    </context>
    <context>
        <name>MisuseDialog</name>
        <message>
            <source>&amp;What was seen:</source>
            <translation>Ce qui a été &amp;observé:</translation>
        </message>
        <message>
            <source>A &amp;customer</source>
            <translation>Un c&amp;lient</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Ajouter des &amp;fichiers…</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Ajoutez d'abord, dans le profil de l'entreprise, un distributeur avec une adresse e-mail d'escalade.</translation>
        </message>
        <message>
            <source>An &amp;order</source>
            <translation>Une &amp;commande</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Constituer le signalement et prévisualiser le PDF</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Constitution du signalement…</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Choisir un client…</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>Choisissez le client.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Décrivez ce que vous avez vu, en quelques phrases.</translation>
        </message>
        <message>
            <source>Evi&amp;dence:</source>
            <translation>&amp;Preuves:</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Fichiers de preuve</translation>
        </message>
        <message>
            <source>It is about:</source>
            <translation>Cela concerne:</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Référence de la commande</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Signaler une possible utilisation abusive</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>&amp;Destinataire:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>Le signalement n'a pas été constitué: {0}</translation>
        </message>
        <message>
            <source>There is no order {0}: type its reference, or choose the customer instead.</source>
            <translation>Il n'y a pas de commande {0}: saisissez sa référence, ou choisissez plutôt le client.</translation>
        </message>
        <message>
            <source>This report is shared with the distributor to solve a problem together, not to blame anyone: not the customer, not your staff. Say plainly what you saw and when; add photos, e-mails or documents if you have them.</source>
            <translation>Ce signalement est partagé avec le distributeur pour résoudre un problème ensemble, et non pour blâmer qui que ce soit: ni le client, ni votre personnel. Dites simplement ce que vous avez vu et quand; ajoutez des photos, des e-mails ou des documents si vous en avez.</translation>
        </message>
        <message>
            <source>Type the order reference, or choose the customer instead.</source>
            <translation>Saisissez la référence de la commande, ou choisissez plutôt le client.</translation>
        </message>
        <message>
            <source>Wh&amp;en:</source>
            <translation>&amp;Quand:</translation>
        </message>
        <message>
            <source>What did you see or hear, and where? For example: the cameras we delivered for traffic monitoring are pointed at the entrance of a union office.</source>
            <translation>Qu'avez-vous vu ou entendu, et où? Par exemple: les caméras que nous avons livrées pour la surveillance du trafic sont orientées vers l'entrée d'un local syndical.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent.</source>
            <translation>Vous voyez le signalement au format PDF avant tout envoi.</translation>
        </message>
        <message>
            <source>the order reference, e.g. SO-1042</source>
            <translation>la référence de la commande, par ex. SO-1042</translation>
        </message>
        <message>
            <source>{role} {party} is on the {list} (entry {entry}: {listed}; matched name {name}, score {score}). The order is blocked and will be declined.</source>
            <translation>{role} {party} figure sur la {list} (entrée {entry} : {listed} ; nom correspondant {name}, score {score}). La commande est bloquée et sera refusée.</translation>
        </message>
    </context>
    <context>
        <name>NumberDelegate</name>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
    </context>
    <context>
        <name>OAuthSignInBox</name>
        <message>
            <source>&amp;Back to the password</source>
            <translation>Re&amp;venir au mot de passe</translation>
        </message>
        <message>
            <source>Client i&amp;d:</source>
            <translation>Identifiant &amp;client:</translation>
        </message>
        <message>
            <source>E-mail is sent with the password.</source>
            <translation>Les e-mails sont envoyés avec le mot de passe.</translation>
        </message>
        <message>
            <source>E-mail is sent with the {0} sign-in of {1}.</source>
            <translation>Les e-mails sont envoyés avec la connexion {0} de {1}.</translation>
        </message>
        <message>
            <source>Enter the user name (the address you sign in with) above first.</source>
            <translation>Saisissez d'abord ci-dessus le nom d'utilisateur (l'adresse avec laquelle vous vous connectez).</translation>
        </message>
        <message>
            <source>Microsoft 365, Outlook.com, Gmail and Google Workspace accounts can send with a sign-in in the browser instead of a password (Microsoft is switching SMTP passwords off). The sign-in is kept in your system's password store.</source>
            <translation>Les comptes Microsoft 365, Outlook.com, Gmail et Google Workspace peuvent envoyer grâce à une connexion dans le navigateur au lieu d'un mot de passe (Microsoft désactive les mots de passe SMTP). La connexion est conservée dans le trousseau de mots de passe du système.</translation>
        </message>
        <message>
            <source>Not signed in: {0}</source>
            <translation>Non connecté : {0}</translation>
        </message>
        <message>
            <source>Result of the sign-in</source>
            <translation>Résultat de la connexion</translation>
        </message>
        <message>
            <source>Si&amp;gn-in provider:</source>
            <translation>Fournisseur de conne&amp;xion :</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>Se connecte&amp;r</translation>
        </message>
        <message>
            <source>Sign in with Microsoft or Google (OAuth2)</source>
            <translation>Se connecter avec Microsoft ou Google (OAuth2)</translation>
        </message>
        <message>
            <source>Waiting for the sign-in in the browser…</source>
            <translation>En attente de la connexion dans le navigateur…</translation>
        </message>
        <message>
            <source>from your organisation's app registration (see the README)</source>
            <translation>issu de l'enregistrement de l'application de votre organisation (voir le README)</translation>
        </message>
        <message>
            <source>{0} is not signed in yet: click Sign in.</source>
            <translation>{0} n'est pas encore connecté : cliquez sur Se connecter.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Opening your orders…</source>
            <translation>Ouverture de vos commandes…</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>&amp;Add product</source>
            <translation>&amp;Ajouter le produit</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>Clie&amp;nt:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Da&amp;te:</translation>
        </message>
        <message>
            <source>&amp;Intended use:</source>
            <translation>Usage pré&amp;vu:</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produit:</translation>
        </message>
        <message>
            <source>&amp;Save order</source>
            <translation>En&amp;registrer la commande</translation>
        </message>
        <message>
            <source>A freight forwarder, a warehouse or an installer that takes the goods for the customer or end user. It is screened like them, and a high-risk country counts as where the goods go.</source>
            <translation>Un transitaire, un entrepôt ou un installateur qui reçoit la marchandise pour le client ou l'utilisateur final. Il est évalué comme eux, et un pays à haut risque compte comme la destination de la marchandise.</translation>
        </message>
        <message>
            <source>Add line without catalo&amp;g entry</source>
            <translation>A&amp;jouter une ligne hors catalogue</translation>
        </message>
        <message>
            <source>Cannot screen this yet: {0}</source>
            <translation>Analyse impossible pour l'instant: {0}</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Choisir un client…</translation>
        </message>
        <message>
            <source>Choose the customer, add the products and write down what they are for: the screening appears here as you type.

It looks at four things: the product and what it will be used for, who buys and uses it, where it goes, and what is still unknown. Each warning says why, and what to do about it.</source>
            <translation>Choisissez le client, ajoutez les produits et notez à quoi ils serviront: l'analyse apparaît ici pendant la saisie.

Elle examine quatre points: le produit et l'usage qui en sera fait, qui l'achète et l'utilise, où il va, et ce qui reste inconnu. Chaque alerte explique pourquoi, et ce qu'il faut faire.</translation>
        </message>
        <message>
            <source>Choose who receives the goods…</source>
            <translation>Choisissez qui reçoit la marchandise…</translation>
        </message>
        <message>
            <source>Consignee (if another part&amp;y receives the goods)</source>
            <translation>Destinataire (si une autre partie reçoit les &amp;biens)</translation>
        </message>
        <message>
            <source>Des&amp;tination:</source>
            <translation>De&amp;stination:</translation>
        </message>
        <message>
            <source>End &amp;user:</source>
            <translation>&amp;Utilisateur final:</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Saisissez une référence pour la commande.</translation>
        </message>
        <message>
            <source>In the customer's own words: what will they use it for, where, and who will use it?</source>
            <translation>Avec les mots du client: à quoi cela servira-t-il, où, et qui l'utilisera?</translation>
        </message>
        <message>
            <source>Ne&amp;w customer…</source>
            <translation>Nouveau cl&amp;ient…</translation>
        </message>
        <message>
            <source>New consignee…</source>
            <translation>Nouveau destinataire…</translation>
        </message>
        <message>
            <source>New end use&amp;r…</source>
            <translation>N&amp;ouvel utilisateur final…</translation>
        </message>
        <message>
            <source>No product in the catalog matches “{0}”. Check the SKU or name, add the product under Products, or add a line without a catalog entry and choose its category.</source>
            <translation>Aucun produit du catalogue ne correspond à « {0} ». Vérifiez la référence ou le nom, ajoutez le produit dans Produits, ou ajoutez une ligne hors catalogue et choisissez sa catégorie.</translation>
        </message>
        <message>
            <source>Not saved yet: updates as you type</source>
            <translation>Pas encore enregistrée: mise à jour pendant la saisie</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Lignes de commande</translation>
        </message>
        <message>
            <source>Product from the catalog</source>
            <translation>Produit du catalogue</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>Ré&amp;férence:</translation>
        </message>
        <message>
            <source>Received &amp;by:</source>
            <translation>Re&amp;çu par :</translation>
        </message>
        <message>
            <source>Remo&amp;ve line</source>
            <translation>Supprimer la li&amp;gne</translation>
        </message>
        <message>
            <source>Risky sales are never left to self-service: they are held for a conversation with the customer.</source>
            <translation>Les ventes à risque ne sont jamais laissées au libre-service: elles sont suspendues jusqu'à un échange avec le client.</translation>
        </message>
        <message>
            <source>Sales &amp;model:</source>
            <translation>&amp;Mode de vente:</translation>
        </message>
        <message>
            <source>Same as the customer</source>
            <translation>Identique au client</translation>
        </message>
        <message>
            <source>Same as the end user's country</source>
            <translation>Identique au pays de l'utilisateur final</translation>
        </message>
        <message>
            <source>Save and screen the order (Ctrl+S)</source>
            <translation>Enregistrer et analyser la commande (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the order before reviewing its possible matches: the review is about the parties as saved.</source>
            <translation>Enregistrez la commande avant d'examiner ses correspondances possibles : l'examen porte sur les parties telles qu'enregistrées.</translation>
        </message>
        <message>
            <source>Saved screening, {0}, pack {1} {2}</source>
            <translation>Analyse enregistrée, {0}, jeu {1} {2}</translation>
        </message>
        <message>
            <source>The criteria pack does not know this use case, so the screening counts it as missing information.</source>
            <translation>Le jeu de critères ne connaît pas ce cas d'usage: l'analyse le compte donc comme une information manquante.</translation>
        </message>
        <message>
            <source>Total: {0}</source>
            <translation>Total: {0}</translation>
        </message>
        <message>
            <source>Type a SKU or part of a product name first, or pick a product from the list.</source>
            <translation>Saisissez d'abord une référence ou une partie du nom d'un produit, ou choisissez un produit dans la liste.</translation>
        </message>
        <message>
            <source>Type a SKU or product name</source>
            <translation>Saisissez une référence ou un nom de produit</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Cas d'usage</translation>
        </message>
        <message>
            <source>Use cases (tick all that app&amp;ly):</source>
            <translation>Cas d'usage (cochez tous ceux qui s'appli&amp;quent):</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>À quoi cela sert</translation>
        </message>
        <message>
            <source>Who buys it, who uses it, where it goes</source>
            <translation>Qui achète, qui utilise, où cela va</translation>
        </message>
        <message>
            <source>Who will actually use the products, if not the customer.</source>
            <translation>Qui utilisera réellement les produits, si ce n'est pas le client.</translation>
        </message>
        <message>
            <source>Write it down as the customer said it. The screening looks for warning signs in these words.</source>
            <translation>Notez-le tel que le client l'a dit. L'analyse recherche des signaux d'alerte dans ces mots.</translation>
        </message>
        <message>
            <source>and {0} more</source>
            <translation>et {0} de plus</translation>
        </message>
        <message>
            <source>{0} (prohibited: cannot be sold for this)</source>
            <translation>{0} (interdit: vente impossible pour cet usage)</translation>
        </message>
        <message>
            <source>“{0}” matches several products: {1}. Type more of the SKU or name, or pick one from the list.</source>
            <translation>« {0} » correspond à plusieurs produits: {1}. Saisissez une plus grande partie de la référence ou du nom, ou choisissez-en un dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Order and screening</source>
            <translation>&amp;Commande et analyse</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation>&amp;Liste de contrôle</translation>
        </message>
        <message>
            <source>Decisio&amp;n</source>
            <translation>&amp;Décision</translation>
        </message>
        <message>
            <source>Escalation and &amp;follow-ups</source>
            <translation>&amp;Escalade et suivis</translation>
        </message>
        <message>
            <source>Fill in the order. The screening on the right explains the risk as you type; saving records it.</source>
            <translation>Remplissez la commande. L'analyse à droite explique le risque pendant la saisie; l'enregistrement la conserve.</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Nouvelle commande</translation>
        </message>
        <message>
            <source>New order {0}</source>
            <translation>Nouvelle commande {0}</translation>
        </message>
        <message>
            <source>Order {0}</source>
            <translation>Commande {0}</translation>
        </message>
        <message>
            <source>Save the order first.</source>
            <translation>Enregistrez d'abord la commande.</translation>
        </message>
        <message>
            <source>Saved. {0} Answer the checklist, then record a decision.</source>
            <translation>Enregistrée. {0} Répondez à la liste de contrôle, puis enregistrez une décision.</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Save them now?</source>
            <translation>Cette commande comporte des modifications non enregistrées. Les enregistrer maintenant?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
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
            <translation>Des&amp;tination:</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>Ris&amp;que:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher:</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <source>All risk tiers</source>
            <translation>Tous les niveaux de risque</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Toute date</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Effacer &amp;les filtres</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Client:</translation>
        </message>
        <message>
            <source>Find orders by reference, customer or end-user name, or words of the intended use (Ctrl+F)</source>
            <translation>Rechercher des commandes par référence, nom du client ou de l'utilisateur final, ou mots de l'usage prévu (Ctrl+F)</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Du:</translation>
        </message>
        <message>
            <source>High or prohibited</source>
            <translation>Élevé ou interdit</translation>
        </message>
        <message>
            <source>Needs attention (on hold, blocked, escalated)</source>
            <translation>À traiter (suspendues, bloquées, transmises)</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Statut:</translation>
        </message>
        <message>
            <source>Search reference, customer or intended use</source>
            <translation>Rechercher une référence, un client ou un usage prévu</translation>
        </message>
        <message>
            <source>Show every order again</source>
            <translation>Afficher à nouveau toutes les commandes</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>A&amp;u:</translation>
        </message>
        <message>
            <source>The risk tier from the screening</source>
            <translation>Le niveau de risque issu de l'analyse</translation>
        </message>
        <message>
            <source>Where the order stands: on hold and blocked orders wait for a decision</source>
            <translation>Où en est la commande: les commandes suspendues et bloquées attendent une décision</translation>
        </message>
    </context>
    <context>
        <name>OrdersTableModel</name>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Nouvelle commande</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message>
            <source>Create an order (Ctrl+N)</source>
            <translation>Créer une commande (Ctrl+N)</translation>
        </message>
        <message>
            <source>More than {0} orders</source>
            <translation>Plus de {0} commandes</translation>
        </message>
        <message>
            <source>No orders match these filters.</source>
            <translation>Aucune commande ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>No orders yet. Create one with New order (Ctrl+N), or import your orders from a CSV file (File menu).</source>
            <translation>Pas encore de commandes. Créez-en une avec Nouvelle commande (Ctrl+N), ou importez vos commandes depuis un fichier CSV (menu Fichier).</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Screen &amp;again</source>
            <translation>Anal&amp;yser à nouveau</translation>
        </message>
        <message>
            <source>Screen all open orders a&amp;gain</source>
            <translation>Analyser à nouveau toutes les commandes &amp;ouvertes</translation>
        </message>
        <message>
            <source>Screen every order that is not declined again, for example after the catalog learnt product categories that imported orders left blank</source>
            <translation>Analyser à nouveau chaque commande non refusée, par exemple après que le catalogue a reçu les catégories de produit laissées vides par des commandes importées</translation>
        </message>
        <message>
            <source>Screen the selected orders again with the current catalog and criteria pack</source>
            <translation>Analyser à nouveau les commandes sélectionnées avec le catalogue et le jeu de critères actuels</translation>
        </message>
        <message>
            <source>{0} match the filters</source>
            <translation>{0} correspondant aux filtres</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} commandes</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>Envoyer &amp;maintenant</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Un fichier e-mail que votre logiciel de messagerie ouvre, prêt à envoyer : la solution quand l'envoi depuis cette application n'est pas configuré ou échoue.</translation>
        </message>
        <message>
            <source>Answer on {0}</source>
            <translation>Réponse sur {0}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Cancelled by {0} on {1}: it is never sent.</source>
            <translation>Annulé par {0} le {1} : il n’est jamais envoyé.</translation>
        </message>
        <message>
            <source>Details of the selected message</source>
            <translation>Détails du message sélectionné</translation>
        </message>
        <message>
            <source>Do not send the selected message</source>
            <translation>Ne pas envoyer le message sélectionné</translation>
        </message>
        <message>
            <source>Do&amp;n't send</source>
            <translation>&amp;Ne pas envoyer</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Rapport de diligence raisonnable</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet: packets wait here until you enter your mail server.</source>
            <translation>L'envoi d'e-mails n'est pas encore configuré: les dossiers attendent ici jusqu'à ce que vous indiquiez votre serveur de messagerie.</translation>
        </message>
        <message>
            <source>Escalation of {0}</source>
            <translation>Escalade de {0}</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Message-ID {0}</source>
            <translation>Message-ID {0}</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Signalement d'utilisation abusive {0}</translation>
        </message>
        <message>
            <source>Never send the selected message: it stays listed as cancelled, with who and when</source>
            <translation>Ne jamais envoyer le message sélectionné : il reste listé comme annulé, avec qui et quand</translation>
        </message>
        <message>
            <source>Next attempt / sent</source>
            <translation>Prochaine tentative / envoi</translation>
        </message>
        <message>
            <source>Not sent. The reason: {0}</source>
            <translation>Non envoyé. Raison: {0}</translation>
        </message>
        <message>
            <source>Open Settin&amp;gs…</source>
            <translation>Ouvrir les &amp;paramètres…</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Boîte d'envoi</translation>
        </message>
        <message>
            <source>Packets wait here until the mail server takes them. What cannot be sent now is tried again after 1, 2, 4… minutes, also after a restart; a message is never lost and never sent as a different one.</source>
            <translation>Les dossiers attendent ici que le serveur de messagerie les prenne en charge. Ce qui ne peut pas être envoyé maintenant est réessayé après 1, 2, 4… minutes, même après un redémarrage; un message n'est jamais perdu et n'est jamais envoyé sous une autre forme.</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En file d'attente</translation>
        </message>
        <message>
            <source>Retry the selected message</source>
            <translation>Réessayer le message sélectionné</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Enregistrer en .em&amp;l…</translation>
        </message>
        <message>
            <source>Save the selected message as an e-mail file</source>
            <translation>Enregistrer le message sélectionné comme fichier e-mail</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>{0} enregistré. Ouvrez-le dans votre logiciel de messagerie et envoyez-le de là.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Send everything queued now</source>
            <translation>Envoyer maintenant tout ce qui est en file d'attente</translation>
        </message>
        <message>
            <source>Send what is waiting now, without waiting for the next try (every minute)</source>
            <translation>Envoyer maintenant ce qui attend, sans attendre le prochain essai (toutes les minutes)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi en cours</translation>
        </message>
        <message>
            <source>Sending through {0}, port {1}, as {2}.</source>
            <translation>Envoi via {0}, port {1}, en tant que {2}.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi en cours…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Set up e-&amp;mail…</source>
            <translation>&amp;Configurer l'envoi d'e-mails…</translation>
        </message>
        <message>
            <source>Set up e-mail sending</source>
            <translation>Configurer l'envoi d'e-mails</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>Le fichier e-mail n'a pas été enregistré : {0}</translation>
        </message>
        <message>
            <source>The last attempt did not go through ({0}). Next attempt: {1}.</source>
            <translation>La dernière tentative a échoué ({0}). Prochaine tentative: {1}.</translation>
        </message>
        <message>
            <source>The server's answer: {0}</source>
            <translation>Réponse du serveur: {0}</translation>
        </message>
        <message>
            <source>The server's words</source>
            <translation>Réponse du serveur</translation>
        </message>
        <message>
            <source>This message carries a decision file: save it from the distributor desk (Escalation &gt; Distributor desk…).</source>
            <translation>Ce message contient un fichier de décision : enregistrez-le depuis le bureau du distributeur (Escalade &gt; Bureau du distributeur…).</translation>
        </message>
        <message>
            <source>This message is a daily digest: it has no packet to save as a file.</source>
            <translation>Ce message est un résumé quotidien : il n'a pas de paquet à enregistrer comme fichier.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Try a failed message again, the same message with the same Message-ID</source>
            <translation>Réessayer un message en échec: le même message, avec le même Message-ID</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Your mail server (File &gt; Settings)</source>
            <translation>Votre serveur de messagerie (Fichier &gt; Paramètres)</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>un utilisateur</translation>
        </message>
        <message>
            <source>sent {0}</source>
            <translation>envoyé le {0}</translation>
        </message>
        <message>
            <source>{0} to {1}: {2}</source>
            <translation>{0}, destinataire {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Continue the draft…</source>
            <translation>Contin&amp;uer le projet…</translation>
        </message>
        <message>
            <source>&amp;Edit the policy…</source>
            <translation>&amp;Modifier la politique…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Write the policy…</source>
            <translation>&amp;Rédiger la politique…</translation>
        </message>
        <message>
            <source>A PDF to print, sign or send.</source>
            <translation>Un PDF à imprimer, signer ou envoyer.</translation>
        </message>
        <message>
            <source>A web page to publish on your company website.</source>
            <translation>Une page web à publier sur le site de votre entreprise.</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptée</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvée par</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approuvée le</translation>
        </message>
        <message>
            <source>Continue the draft</source>
            <translation>Continuer le projet</translation>
        </message>
        <message>
            <source>Edit the policy (starts a new draft)</source>
            <translation>Modifier la politique (crée un nouveau projet)</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Exporter en &amp;HTML…</translation>
        </message>
        <message>
            <source>Export &amp;text…</source>
            <translation>Exporter en &amp;texte…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exporter en P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the policy as PDF</source>
            <translation>Exporter la politique en PDF</translation>
        </message>
        <message>
            <source>Export the policy as a web page</source>
            <translation>Exporter la politique sous forme de page web</translation>
        </message>
        <message>
            <source>Export the policy as plain text</source>
            <translation>Exporter la politique en texte brut</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine révision</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet. The wizard writes it with you, step by step, in about half an hour; your draft is saved as you type.</source>
            <translation>Aucune politique en matière de droits de l'homme n'est encore adoptée. L'assistant la rédige avec vous, étape par étape, en une demi-heure environ; votre projet est enregistré pendant la saisie.</translation>
        </message>
        <message>
            <source>No version is adopted yet: this produces the draft, marked DRAFT.</source>
            <translation>Aucune version n'est encore adoptée: cela produit le projet, marqué PROJET.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Non adoptée</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Rien n'est encore rédigé.</translation>
        </message>
        <message>
            <source>Open draft</source>
            <translation>Projet en cours</translation>
        </message>
        <message>
            <source>Paper size for the PDF</source>
            <translation>Format de papier du PDF</translation>
        </message>
        <message>
            <source>Paper: automatic</source>
            <translation>Papier: automatique</translation>
        </message>
        <message>
            <source>Paper: {0}</source>
            <translation>Papier: {0}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Preview of the policy</source>
            <translation>Aperçu de la politique</translation>
        </message>
        <message>
            <source>Print the policy</source>
            <translation>Imprimer la politique</translation>
        </message>
        <message>
            <source>Print the policy (Ctrl+P)</source>
            <translation>Imprimer la politique (Ctrl+P)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>The policy appears here once you start it.</source>
            <translation>La politique apparaît ici dès que vous la commencez.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version {0} is your company's adopted human rights policy.</source>
            <translation>La version {0} est la politique en matière de droits de l'homme adoptée par votre entreprise.</translation>
        </message>
        <message>
            <source>Version {0}, last saved {1}</source>
            <translation>Version {0}, dernier enregistrement le {1}</translation>
        </message>
        <message>
            <source>Write the policy</source>
            <translation>Rédiger la politique</translation>
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
            <translation>Aucune commande, réponse, aucun suivi ni message ne demande votre attention pour le moment. Les commandes qui demandent une décision apparaissent ici.</translation>
        </message>
        <message>
            <source>No sanctions list imported: customers are not checked against sanctions lists. Import the lists you must check, or update them from their publishers.</source>
            <translation>Aucune liste de sanctions importée : les clients ne sont pas vérifiés par rapport aux listes de sanctions. Importez les listes que vous devez vérifier, ou mettez-les à jour depuis leurs éditeurs.</translation>
        </message>
        <message>
            <source>Nothing needs your attention today.</source>
            <translation>Rien ne demande votre attention aujourd'hui.</translation>
        </message>
        <message>
            <source>Open app&amp;rovals</source>
            <translation>Ouvrir les appro&amp;bations</translation>
        </message>
        <message>
            <source>Open sanctions &amp;lists</source>
            <translation>Ouvrir les &amp;listes de sanctions</translation>
        </message>
        <message>
            <source>Open the &amp;answered order</source>
            <translation>Ouvrir la &amp;commande concernée</translation>
        </message>
        <message>
            <source>Open the o&amp;utbox</source>
            <translation>Ouvrir la boîte d'en&amp;voi</translation>
        </message>
        <message>
            <source>Open the polic&amp;y</source>
            <translation>Ouvrir la p&amp;olitique</translation>
        </message>
        <message>
            <source>Orders by risk tier</source>
            <translation>Commandes par niveau de risque</translation>
        </message>
        <message>
            <source>Review &amp;matches</source>
            <translation>Examiner les &amp;correspondances</translation>
        </message>
        <message>
            <source>Show &amp;blocked orders</source>
            <translation>Afficher les commandes &amp;bloquées</translation>
        </message>
        <message>
            <source>Show confirmed ma&amp;tches</source>
            <translation>Afficher les correspondances con&amp;firmées</translation>
        </message>
        <message>
            <source>Show es&amp;calated orders</source>
            <translation>Afficher les commandes &amp;transmises</translation>
        </message>
        <message>
            <source>Show follo&amp;w-ups</source>
            <translation>Afficher les s&amp;uivis</translation>
        </message>
        <message>
            <source>Show orders on h&amp;old</source>
            <translation>Afficher les commandes &amp;suspendues</translation>
        </message>
        <message>
            <source>The customers and orders whose name is on a sanctions list</source>
            <translation>Les clients et commandes dont le nom figure sur une liste de sanctions</translation>
        </message>
        <message>
            <source>The customers and orders whose sanctions check found a possible match</source>
            <translation>Les clients et commandes dont la vérification des sanctions a trouvé une correspondance possible</translation>
        </message>
        <message>
            <source>The decisions waiting for your approval</source>
            <translation>Les décisions en attente de votre approbation</translation>
        </message>
        <message>
            <source>The follow-ups page</source>
            <translation>La page des suivis</translation>
        </message>
        <message>
            <source>The human rights policy window</source>
            <translation>La fenêtre de la politique en matière de droits de l'homme</translation>
        </message>
        <message>
            <source>The last 12 months, by order date. Hover over a month for its numbers.</source>
            <translation>Les 12 derniers mois, par date de commande. Survolez un mois pour voir ses chiffres.</translation>
        </message>
        <message>
            <source>The order the newest answer is about</source>
            <translation>La commande concernée par la réponse la plus récente</translation>
        </message>
        <message>
            <source>The orders list, filtered to blocked orders</source>
            <translation>La liste des commandes, filtrée sur les commandes bloquées</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders on hold</source>
            <translation>La liste des commandes, filtrée sur les commandes suspendues</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders waiting for the distributor</source>
            <translation>La liste des commandes, filtrée sur les commandes qui attendent le distributeur</translation>
        </message>
        <message>
            <source>The outbox page, with the server's reasons</source>
            <translation>La page de la boîte d'envoi, avec les raisons données par le serveur</translation>
        </message>
        <message>
            <source>The sanctions lists window: import or update them</source>
            <translation>La fenêtre des listes de sanctions : les importer ou les mettre à jour</translation>
        </message>
        <message>
            <source>Today, {0}</source>
            <translation>Aujourd'hui, {0}</translation>
        </message>
        <message>
            <source>What needs your attention</source>
            <translation>Ce qui demande votre attention</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The policy wizard writes it with you.</source>
            <translation>Votre entreprise n'a pas encore de politique en matière de droits de l'homme. L'assistant de politique la rédige avec vous.</translation>
        </message>
        <message>
            <source>Your human rights policy is adopted. {0}.</source>
            <translation>Votre politique en matière de droits de l'homme est adoptée. {0}.</translation>
        </message>
        <message>
            <source>answer from the distributor in the last {0} days:</source>
            <translation>réponse du distributeur ces {0} derniers jours:</translation>
        </message>
        <message>
            <source>answers from the distributor in the last {0} days:</source>
            <translation>réponses du distributeur ces {0} derniers jours:</translation>
        </message>
        <message>
            <source>confirmed sanctions match: the name is on a sanctions list.</source>
            <translation>correspondance de sanctions confirmée : le nom figure sur une liste de sanctions.</translation>
        </message>
        <message>
            <source>confirmed sanctions matches: the names are on sanctions lists.</source>
            <translation>correspondances de sanctions confirmées : les noms figurent sur des listes de sanctions.</translation>
        </message>
        <message>
            <source>decision is waiting for your approval.</source>
            <translation>décision attend votre approbation.</translation>
        </message>
        <message>
            <source>decisions are waiting for your approval.</source>
            <translation>décisions attendent votre approbation.</translation>
        </message>
        <message>
            <source>escalation is waiting for the distributor's answer.</source>
            <translation>escalade attend la réponse du distributeur.</translation>
        </message>
        <message>
            <source>escalations are waiting for the distributor's answer.</source>
            <translation>escalades attendent la réponse du distributeur.</translation>
        </message>
        <message>
            <source>follow-up is due today.</source>
            <translation>suivi arrive à échéance aujourd'hui.</translation>
        </message>
        <message>
            <source>follow-up is due, and overdue.</source>
            <translation>suivi est arrivé à échéance et est en retard.</translation>
        </message>
        <message>
            <source>follow-ups are due today.</source>
            <translation>suivis arrivent à échéance aujourd'hui.</translation>
        </message>
        <message>
            <source>follow-ups are due, {0} of them overdue.</source>
            <translation>suivis sont arrivés à échéance, dont {0} en retard.</translation>
        </message>
        <message>
            <source>imported {0}</source>
            <translation>importée le {0}</translation>
        </message>
        <message>
            <source>message in the outbox could not be sent.</source>
            <translation>message de la boîte d'envoi n'a pas pu être envoyé.</translation>
        </message>
        <message>
            <source>messages in the outbox could not be sent.</source>
            <translation>messages de la boîte d'envoi n'ont pas pu être envoyés.</translation>
        </message>
        <message>
            <source>order is blocked (a prohibited use or a confirmed sanctions match): it can only be declined.</source>
            <translation>commande est bloquée (un usage interdit ou une correspondance confirmée avec une liste de sanctions) : elle ne peut qu'être refusée.</translation>
        </message>
        <message>
            <source>order is on hold, waiting for your decision.</source>
            <translation>commande suspendue attend votre décision.</translation>
        </message>
        <message>
            <source>orders are blocked (a prohibited use or a confirmed sanctions match): they can only be declined.</source>
            <translation>commandes sont bloquées (un usage interdit ou une correspondance confirmée avec une liste de sanctions) : elles ne peuvent qu'être refusées.</translation>
        </message>
        <message>
            <source>orders are on hold, waiting for your decision.</source>
            <translation>commandes suspendues attendent votre décision.</translation>
        </message>
        <message>
            <source>possible sanctions match to review: a customer or an order's party resembles a listed name.</source>
            <translation>correspondance de sanctions possible à examiner : un client ou une partie d'une commande ressemble à un nom listé.</translation>
        </message>
        <message>
            <source>possible sanctions matches to review: customers or orders' parties resemble listed names.</source>
            <translation>correspondances de sanctions possibles à examiner : des clients ou des parties de commandes ressemblent à des noms listés.</translation>
        </message>
        <message>
            <source>published {0}</source>
            <translation>publiée le {0}</translation>
        </message>
        <message>
            <source>{0} is {1} days old ({2})</source>
            <translation>{0} date de {1} jours ({2})</translation>
        </message>
        <message>
            <source>{0}. A list older than {1} days misses the parties listed since: update it.</source>
            <translation>{0}. Une liste de plus de {1} jours ne contient pas les parties inscrites depuis : mettez-la à jour.</translation>
        </message>
        <message>
            <source>{0}: check your human rights policy is still right and adopt it again.</source>
            <translation>{0}: vérifiez que votre politique en matière de droits de l'homme est toujours adaptée et adoptez-la à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>PackImportDialog</name>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier:</translation>
        </message>
        <message>
            <source>&amp;Import and keep it (not in use)</source>
            <translation>&amp;Importer et le conserver (sans l'utiliser)</translation>
        </message>
        <message>
            <source>&amp;Import and use this pack</source>
            <translation>&amp;Importer et utiliser ce jeu</translation>
        </message>
        <message>
            <source>&amp;Review this pack to use it again</source>
            <translation>&amp;Revoir ce jeu pour le réutiliser</translation>
        </message>
        <message>
            <source>A criteria pack holds the rules the screening uses. Your distributor or an industry body may send you an updated one. Check who issued it and what it changes before you import it. Earlier screenings keep the pack they used.</source>
            <translation>Un jeu de critères contient les règles utilisées par l'analyse. Votre distributeur ou un organisme professionnel peut vous en envoyer une version mise à jour. Vérifiez qui l'a publié et ce qu'il change avant de l'importer. Les analyses antérieures conservent le jeu qu'elles ont utilisé.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Questions de la liste de contrôle</translation>
        </message>
        <message>
            <source>Choose a criteria pack</source>
            <translation>Choisir un jeu de critères</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Niveaux de risque des pays</translation>
        </message>
        <message>
            <source>Criteria packs (*.json);;All files (*)</source>
            <translation>Jeux de critères (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Types de clients</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Missions publiques</translation>
        </message>
        <message>
            <source>Import a criteria pack</source>
            <translation>Importer un jeu de critères</translation>
        </message>
        <message>
            <source>Import criteria pack</source>
            <translation>Importer un jeu de critères</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Informations manquantes</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Mots de négation</translation>
        </message>
        <message>
            <source>Pack file</source>
            <translation>Fichier du jeu</translation>
        </message>
        <message>
            <source>Packs &amp;kept in this database (older screenings keep the pack they used):</source>
            <translation>&amp;Jeux conservés dans cette base de données (les analyses antérieures gardent le jeu qu'elles ont utilisé):</translation>
        </message>
        <message>
            <source>Packs kept in this database</source>
            <translation>Jeux conservés dans cette base de données</translation>
        </message>
        <message>
            <source>Part of the pack</source>
            <translation>Partie du jeu</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Catégories de produits</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Garanties</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Secteurs</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>The pack is checked completely before anything is changed.</source>
            <translation>Le jeu est entièrement vérifié avant toute modification.</translation>
        </message>
        <message>
            <source>This pack cannot be used. {0}</source>
            <translation>Ce jeu ne peut pas être utilisé. {0}</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Cas d'usage</translation>
        </message>
        <message>
            <source>Version {0} of {1}, issued on {2}; imported {3}</source>
            <translation>Version {0} de {1}, publiée le {2}; importée le {3}</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Expressions d'alerte</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Attention : {0}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Quand les commandes sont suspendues</translation>
        </message>
        <message>
            <source>{0}
Pack {1}, version {2}, issued by {3} on {4}.</source>
            <translation>{0}
Jeu {1}, version {2}, publié par {3} le {4}.</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (en cours d'utilisation)</translation>
        </message>
        <message>
            <source>{0}; signed by {1} (fingerprint {2})</source>
            <translation>{0} ; signé par {1} (empreinte {2})</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>&amp;Back to change it</source>
            <translation>&amp;Retour pour modifier</translation>
        </message>
        <message>
            <source>Build and pre&amp;view</source>
            <translation>Constituer et pré&amp;visualiser</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>PacketPane</name>
        <message>
            <source>Choose a packet in the list, or open one.</source>
            <translation>Choisissez un paquet dans la liste, ou ouvrez-en un.</translation>
        </message>
        <message>
            <source>Its signature was not checked: no key of {0} is pinned.</source>
            <translation>Sa signature n'a pas été vérifiée : aucune clé de {0} n'est épinglée.</translation>
        </message>
        <message>
            <source>Open the PDF in your vie&amp;wer</source>
            <translation>Ouvrir le PDF dans votre &amp;visionneuse</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Signé par {0} (empreinte {1}).</translation>
        </message>
        <message>
            <source>{0}, order {1} (packet {2}). {3}</source>
            <translation>{0}, commande {1} (paquet {2}). {3}</translation>
        </message>
    </context>
    <context>
        <name>PacketPanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send.</source>
            <translation>Un fichier e-mail que votre logiciel de messagerie ouvre, prêt à être envoyé.</translation>
        </message>
        <message>
            <source>Choose the folder to save the packet in</source>
            <translation>Choisir le répertoire où enregistrer le dossier</translation>
        </message>
        <message>
            <source>Due diligence report {0}</source>
            <translation>Rapport de diligence raisonnable {0}</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>Fichiers e-mail (*.eml)</translation>
        </message>
        <message>
            <source>E-mail sending is not set up in this app yet. Save as .eml…, then open the file in your mail program: it opens as a message to the distributor with every file attached, and you send it from there.</source>
            <translation>L'envoi d'e-mails n'est pas encore configuré dans cette application. Enregistrer en .eml…, puis ouvrez le fichier dans votre logiciel de messagerie : il s'ouvre comme un message au distributeur avec tous les fichiers joints, et vous l'envoyez de là.</translation>
        </message>
        <message>
            <source>Escalation packet {0}</source>
            <translation>Dossier d'escalade {0}</translation>
        </message>
        <message>
            <source>Files in the packet</source>
            <translation>Fichiers du dossier</translation>
        </message>
        <message>
            <source>Files: {0}. manifest.json holds the SHA-256 of every other file, so the distributor can check that nothing changed.</source>
            <translation>Fichiers: {0}. manifest.json contient le SHA-256 de chacun des autres fichiers, pour que le distributeur puisse vérifier que rien n'a changé.</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Comment l'envoyer</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Signalement d'utilisation abusive {0}</translation>
        </message>
        <message>
            <source>Packet {0} for {1} &lt;{2}&gt;. Check the PDF below: it is what the distributor reads.</source>
            <translation>Dossier {0} pour {1} &lt;{2}&gt;. Vérifiez le PDF ci-dessous: c'est ce que lit le distributeur.</translation>
        </message>
        <message>
            <source>Print the PDF of the packet</source>
            <translation>Imprimer le PDF du dossier</translation>
        </message>
        <message>
            <source>Puts the packet in the outbox; it is sent at once, or as soon as the mail server can be reached.</source>
            <translation>Place le dossier dans la boîte d'envoi; il est envoyé immédiatement, ou dès que le serveur de messagerie est joignable.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Save as &amp;zip…</source>
            <translation>Enregistrer en &amp;zip…</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Enregistrer en .em&amp;l…</translation>
        </message>
        <message>
            <source>Save as an e-mail file</source>
            <translation>Enregistrer comme fichier e-mail</translation>
        </message>
        <message>
            <source>Save as fol&amp;der…</source>
            <translation>Enregistrer dans un ré&amp;pertoire…</translation>
        </message>
        <message>
            <source>Save the files as a zip archive</source>
            <translation>Enregistrer les fichiers dans une archive zip</translation>
        </message>
        <message>
            <source>Save the files in a folder</source>
            <translation>Enregistrer les fichiers dans un répertoire</translation>
        </message>
        <message>
            <source>Save the packet</source>
            <translation>Enregistrer le dossier</translation>
        </message>
        <message>
            <source>Saved the files in {0}.</source>
            <translation>Fichiers enregistrés dans {0}.</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} enregistré.</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it.</source>
            <translation>{0} enregistré. Ouvrez-le dans votre logiciel de messagerie et envoyez-le.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Send the packet by e-mail</source>
            <translation>Envoyer le dossier par e-mail</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyée à l'imprimante.</translation>
        </message>
        <message>
            <source>The PDF has 1 page.</source>
            <translation>Le PDF compte 1 page.</translation>
        </message>
        <message>
            <source>The PDF has {0} pages: scroll to read them all.</source>
            <translation>Le PDF compte {0} pages: faites défiler pour toutes les lire.</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>Le PDF n'a pas été imprimé : {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox and is being sent to {0}. The Outbox page shows when the server has taken it.</source>
            <translation>Le dossier est dans la boîte d'envoi et il est en cours d'envoi à {0}. La page Boîte d'envoi indique quand le serveur l'a pris en charge.</translation>
        </message>
        <message>
            <source>The packet is in the outbox. E-mail sending is not set up yet: open File &gt; Settings to enter your mail server, and it goes out.</source>
            <translation>Le dossier est dans la boîte d'envoi. L'envoi d'e-mails n'est pas encore configuré: ouvrez Fichier &gt; Paramètres pour indiquer votre serveur de messagerie, et il partira.</translation>
        </message>
        <message>
            <source>The packet was not saved: {0}</source>
            <translation>Le dossier n'a pas été enregistré: {0}</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archives zip (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>Packets</name>
        <message>
            <source>Answered</source>
            <translation>Réponse reçue</translation>
        </message>
        <message>
            <source>Built, not sent</source>
            <translation>Constitué, non envoyé</translation>
        </message>
        <message>
            <source>In the outbox</source>
            <translation>Dans la boîte d'envoi</translation>
        </message>
        <message>
            <source>Saved to send another way</source>
            <translation>Enregistré pour un envoi par un autre moyen</translation>
        </message>
        <message>
            <source>Sent, waiting for the answer</source>
            <translation>Envoyé, en attente de la réponse</translation>
        </message>
    </context>
    <context>
        <name>PartyCheckDialog</name>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Nom correspondant : {name} ; score {score}</translation>
        </message>
        <message>
            <source>No listed name resembles this customer.</source>
            <translation>Aucun nom des listes ne ressemble à ce client.</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: import a list to check every customer.</source>
            <translation>Pas encore contrôlé avec les listes de sanctions : importez une liste pour contrôler tous les clients.</translation>
        </message>
        <message>
            <source>Reviewed by {who}: {verdict}. {reason}</source>
            <translation>Examiné par {who} : {verdict}. {reason}</translation>
        </message>
        <message>
            <source>Sanctions check of {0}</source>
            <translation>Contrôle des sanctions de {0}</translation>
        </message>
        <message>
            <source>not the same party</source>
            <translation>pas la même partie</translation>
        </message>
        <message>
            <source>the same party (confirmed match)</source>
            <translation>la même partie (correspondance confirmée)</translation>
        </message>
        <message>
            <source>{0} (checked on {1})</source>
            <translation>{0} (contrôlé le {1})</translation>
        </message>
        <message>
            <source>{source} entry {entry}: {listed}</source>
            <translation>{source}, entrée {entry} : {listed}</translation>
        </message>
    </context>
    <context>
        <name>PartyChecks</name>
        <message>
            <source>Customer {0}</source>
            <translation>Client {0}</translation>
        </message>
        <message>
            <source>Order {0} ({1})</source>
            <translation>Commande {0} ({1})</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>aucune correspondance</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>destinataire</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>client</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>utilisateur final</translation>
        </message>
        <message>
            <source>match</source>
            <translation>correspondance</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>non vérifié</translation>
        </message>
        <message>
            <source>possible match</source>
            <translation>correspondance possible</translation>
        </message>
    </context>
    <context>
        <name>PartyFindings</name>
        <message>
            <source>Consignee</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Liste consolidée des sanctions financières de l'UE</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Utilisateur final</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>Liste SDN de l'OFAC</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Liste des sanctions du Royaume-Uni</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Liste récapitulative du Conseil de sécurité de l'ONU</translation>
        </message>
    </context>
    <context>
        <name>PartyFindingsBox</name>
        <message>
            <source>Checked against: {0}</source>
            <translation>Vérifié avec : {0}</translation>
        </message>
        <message>
            <source>No party resembles a listed entry ({0}).</source>
            <translation>Aucune partie ne ressemble à une entrée des listes ({0}).</translation>
        </message>
        <message>
            <source>Restricted-party screening</source>
            <translation>Contrôle des parties soumises à restrictions</translation>
        </message>
        <message>
            <source>{list} published {date} (version {version})</source>
            <translation>{list} publiée le {date} (version {version})</translation>
        </message>
        <message>
            <source>{list}, publication date not stated (version {version})</source>
            <translation>{list}, date de publication non indiquée (version {version})</translation>
        </message>
    </context>
    <context>
        <name>PartyRescreenDialog</name>
        <message>
            <source>A new sanctions list or criteria pack is in use, so every catalog customer and every open order is checked again. You can keep working meanwhile. Cancel keeps the customers' earlier checks.</source>
            <translation>Une nouvelle liste de sanctions ou un nouveau pack de critères est utilisé : chaque client du catalogue et chaque commande ouverte sont donc vérifiés à nouveau. Vous pouvez continuer à travailler pendant ce temps. Annuler conserve les vérifications précédentes des clients.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Checked again</source>
            <translation>Vérifié à nouveau</translation>
        </message>
        <message>
            <source>Checking again stopped</source>
            <translation>Nouvelle vérification interrompue</translation>
        </message>
        <message>
            <source>Checking customers and open orders again…</source>
            <translation>Nouvelle vérification des clients et des commandes ouvertes…</translation>
        </message>
        <message>
            <source>Checking progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Client ou commande</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Sanctions lists: checking again</source>
            <translation>Listes de sanctions : nouvelle vérification</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>The parties could not be checked again</source>
            <translation>Les parties n'ont pas pu être vérifiées à nouveau</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>What changed in the sanctions checks</source>
            <translation>Ce qui a changé dans les vérifications de sanctions</translation>
        </message>
        <message>
            <source>match gone</source>
            <translation>correspondance disparue</translation>
        </message>
        <message>
            <source>new match</source>
            <translation>nouvelle correspondance</translation>
        </message>
        <message>
            <source>new possible match</source>
            <translation>nouvelle correspondance possible</translation>
        </message>
        <message>
            <source>now only a possible match</source>
            <translation>désormais seulement une correspondance possible</translation>
        </message>
        <message>
            <source>{0} of {1} customers and orders</source>
            <translation>{0} sur {1} clients et commandes</translation>
        </message>
    </context>
    <context>
        <name>PartyReviewDialog</name>
        <message>
            <source>&amp;Not the same party</source>
            <translation>&amp;Pas la même partie</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motif (obligatoire) :</translation>
        </message>
        <message>
            <source>&amp;Save the review</source>
            <translation>&amp;Enregistrer l'examen</translation>
        </message>
        <message>
            <source>&amp;The same party (confirmed match)</source>
            <translation>&amp;La même partie (correspondance confirmée)</translation>
        </message>
        <message>
            <source>A confirmed match blocks the order: only declining it will remain possible, and the distributor is told through the misuse report.</source>
            <translation>Une correspondance confirmée bloque la commande : seul le refus restera possible, et le distributeur est informé par le signalement d'usage abusif.</translation>
        </message>
        <message>
            <source>Choose: not the same party, or the same party (a confirmed match).</source>
            <translation>Choisissez : pas la même partie, ou la même partie (une correspondance confirmée).</translation>
        </message>
        <message>
            <source>Compare the party with the entry on the list. Your answer is recorded with your name and reason, and this pair does not alert again until the party's name or country or the listed entry changes.</source>
            <translation>Comparez la partie avec l'entrée de la liste. Votre réponse est enregistrée avec votre nom et votre motif, et cette paire n'alerte plus tant que le nom ou le pays de la partie ou l'entrée de la liste ne change pas.</translation>
        </message>
        <message>
            <source>Countries:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <source>Dates of birth:</source>
            <translation>Dates de naissance :</translation>
        </message>
        <message>
            <source>Is this the listed party?</source>
            <translation>Est-ce la partie de la liste ?</translation>
        </message>
        <message>
            <source>Matched name:</source>
            <translation>Nom correspondant :</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Noms :</translation>
        </message>
        <message>
            <source>Programmes:</source>
            <translation>Programmes :</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Remarques :</translation>
        </message>
        <message>
            <source>Review a possible match</source>
            <translation>Examiner une correspondance possible</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <source>Say what tells the party apart from the entry, or what confirms it is the same.</source>
            <translation>Dites ce qui distingue la partie de l'entrée, ou ce qui confirme qu'il s'agit de la même.</translation>
        </message>
        <message>
            <source>Say why in at most {0} characters.</source>
            <translation>Donnez le motif en {0} caractères au plus.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Dites pourquoi : p. ex. autre date de naissance, autre pays, autre numéro d'immatriculation.</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Score :</translation>
        </message>
        <message>
            <source>The party</source>
            <translation>La partie</translation>
        </message>
        <message>
            <source>Why it was found</source>
            <translation>Pourquoi elle a été trouvée</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Pourquoi :</translation>
        </message>
        <message>
            <source>Why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Pourquoi : p. ex. autre date de naissance, autre pays, autre numéro d'immatriculation.</translation>
        </message>
        <message>
            <source>Your review</source>
            <translation>Votre examen</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>destinataire</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>client</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>utilisateur final</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>{0} entry {1}</source>
            <translation>{0}, entrée {1}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Compte:</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Mot de passe du serveur de messagerie</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>The password is kept in memory until you quit Channel Diligence; it is not saved anywhere.</source>
            <translation>Le mot de passe est gardé en mémoire jusqu'à ce que vous quittiez Channel Diligence; il n'est enregistré nulle part.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Page {0} sur {1}</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Préparation de l'aperçu…</translation>
        </message>
        <message>
            <source>Preview of the PDF</source>
            <translation>Aperçu du PDF</translation>
        </message>
        <message>
            <source>The preview could not be shown: {0}</source>
            <translation>L'aperçu n'a pas pu être affiché: {0}</translation>
        </message>
    </context>
    <context>
        <name>PdfPrint</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>Impossible d'écrire {0}: {1}</translation>
        </message>
        <message>
            <source>Print preview: {0}</source>
            <translation>Aperçu avant impression : {0}</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Printing page {0} of {1}…</source>
            <translation>Impression de la page {0} sur {1}…</translation>
        </message>
        <message>
            <source>Printing was cancelled after {0} of {1} pages.</source>
            <translation>L'impression a été annulée après {0} pages sur {1}.</translation>
        </message>
        <message>
            <source>Printing {0}…</source>
            <translation>Impression de {0}…</translation>
        </message>
        <message>
            <source>The printer could not be opened. Check that it is switched on and chosen in the print dialog.</source>
            <translation>L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et choisie dans la boîte de dialogue d'impression.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Bloquée jusqu'à</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>&amp;Administrator's name:</source>
            <translation>Nom de l'&amp;administrateur :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Someone else is the senior approver</source>
            <translation>Quelqu'un d'autre est l'appr&amp;obateur au plus haut niveau</translation>
        </message>
        <message>
            <source>Administrator's &amp;e-mail:</source>
            <translation>&amp;E-mail de l'administrateur :</translation>
        </message>
        <message>
            <source>App&amp;rover's passphrase again:</source>
            <translation>Phrase secrète de l'approbateu&amp;r, encore :</translation>
        </message>
        <message>
            <source>Appro&amp;ver's name:</source>
            <translation>Nom de l'appro&amp;vateur :</translation>
        </message>
        <message>
            <source>Approver's e-ma&amp;il:</source>
            <translation>E-ma&amp;il de l'approbateur :</translation>
        </message>
        <message>
            <source>Approver's passp&amp;hrase:</source>
            <translation>P&amp;hrase secrète de l'approbateur :</translation>
        </message>
        <message>
            <source>At least 10 characters; a few words are easy to remember. Nobody can read it later, not even an administrator.</source>
            <translation>Au moins 10 caractères ; quelques mots sont faciles à retenir. Personne ne pourra la lire ensuite, pas même un administrateur.</translation>
        </message>
        <message>
            <source>Leave the passphrase empty to skip this for now.</source>
            <translation>Laissez la phrase secrète vide pour passer cette étape pour l'instant.</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain:</source>
            <translation>Phrase secrète enc&amp;ore :</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Recommended: decisions are recorded in each person's name, and the senior approver confirms approvals with their own passphrase.</source>
            <translation>Recommandé : les décisions sont enregistrées au nom de chaque personne, et l'approbateur au plus haut niveau confirme les approbations avec sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Les deux phrases secrètes diffèrent : saisissez deux fois la même.</translation>
        </message>
    </context>
    <context>
        <name>PeopleWindow</name>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Ajouter une personne…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>Désac&amp;tiver</translation>
        </message>
        <message>
            <source>Change &amp;role</source>
            <translation>&amp;Changer le rôle</translation>
        </message>
        <message>
            <source>Managing people needs the role administrator; {0} has the role {1}. You can look at the list; an administrator makes the changes.</source>
            <translation>Gérer les personnes : il faut le rôle administrateur ; {0} a le rôle {1}. Vous pouvez consulter la liste ; un administrateur fait les modifications.</translation>
        </message>
        <message>
            <source>New role</source>
            <translation>Nouveau rôle</translation>
        </message>
        <message>
            <source>Nobody is in the list yet: everything is recorded under this computer's login. Add the first person, the administrator, to record who does what.</source>
            <translation>Personne n'est encore dans la liste : tout est enregistré sous le compte de cet ordinateur. Ajoutez la première personne, l'administrateur, pour enregistrer qui fait quoi.</translation>
        </message>
        <message>
            <source>Nobody is signed in: sign in as an administrator to change the list (Switch person in the status bar).</source>
            <translation>Personne n'est connecté : connectez-vous en tant qu'administrateur pour modifier la liste (Changer de personne dans la barre d'état).</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>R&amp;eactivate</source>
            <translation>&amp;Réactiver</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>Rô&amp;le :</translation>
        </message>
        <message>
            <source>Reset &amp;passphrase…</source>
            <translation>Réinitialiser la &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>You are working as {0}, administrator: you can add people, change roles, deactivate people and reset passphrases.</source>
            <translation>Vous travaillez en tant que {0}, administrateur : vous pouvez ajouter des personnes, changer des rôles, désactiver des personnes et réinitialiser des phrases secrètes.</translation>
        </message>
        <message>
            <source>{0} &lt;{1}&gt; was added as {2}.</source>
            <translation>{0} &lt;{1}&gt; a été ajouté(e) comme {2}.</translation>
        </message>
        <message>
            <source>{0} has a new passphrase: tell it to them.</source>
            <translation>{0} a une nouvelle phrase secrète : communiquez-la-lui.</translation>
        </message>
        <message>
            <source>{0} is active again.</source>
            <translation>{0} est de nouveau active.</translation>
        </message>
        <message>
            <source>{0} is no longer active: they cannot sign in or act; what they did keeps their name.</source>
            <translation>{0} n'est plus active : elle ne peut plus se connecter ni agir ; ce qu'elle a fait garde son nom.</translation>
        </message>
        <message>
            <source>{0} now has the role {1}.</source>
            <translation>{0} a désormais le rôle {1}.</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminder</name>
        <message>
            <source>Adopted</source>
            <translation>Adoptée</translation>
        </message>
        <message>
            <source>Next review in {0} days</source>
            <translation>Prochaine révision dans {0} jours</translation>
        </message>
        <message>
            <source>No policy adopted</source>
            <translation>Aucune politique adoptée</translation>
        </message>
        <message>
            <source>Review due in {0} days</source>
            <translation>Révision prévue dans {0} jours</translation>
        </message>
        <message>
            <source>Review due today</source>
            <translation>Révision prévue aujourd'hui</translation>
        </message>
        <message>
            <source>Review due tomorrow</source>
            <translation>Révision prévue demain</translation>
        </message>
        <message>
            <source>Review overdue by 1 day</source>
            <translation>Révision en retard d'un jour</translation>
        </message>
        <message>
            <source>Review overdue by {0} days</source>
            <translation>Révision en retard de {0} jours</translation>
        </message>
        <message>
            <source>The yearly review of your human rights policy is due (review date {0}). Open it from the Policy menu, check it is still right and adopt it again.</source>
            <translation>La révision annuelle de votre politique en matière de droits de l'homme est arrivée à échéance (date de révision: {0}). Ouvrez-la depuis le menu Politique, vérifiez qu'elle est toujours adaptée et adoptez-la à nouveau.</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The UN Guiding Principles expect one; the policy wizard writes it with you in about half an hour (Policy menu).</source>
            <translation>Votre entreprise n'a pas encore de politique en matière de droits de l'homme. Les Principes directeurs des Nations Unies en attendent une; l'assistant de politique la rédige avec vous en une demi-heure environ (menu Politique).</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminderBar</name>
        <message>
            <source>Open the human rights policy</source>
            <translation>Ouvrir la politique en matière de droits de l'homme</translation>
        </message>
        <message>
            <source>Open the policy…</source>
            <translation>Ouvrir la politique…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWindow</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>V&amp;ersions</translation>
        </message>
        <message>
            <source>Co&amp;mmunication</source>
            <translation>&amp;Communication</translation>
        </message>
        <message>
            <source>Export the policy as {0}</source>
            <translation>Exporter la politique ({0})</translation>
        </message>
        <message>
            <source>Human rights policy</source>
            <translation>Politique en matière de droits de l'homme</translation>
        </message>
        <message>
            <source>Human rights policy — Channel Diligence</source>
            <translation>Politique en matière de droits de l'homme — Channel Diligence</translation>
        </message>
        <message>
            <source>Human rights policy, version {0}</source>
            <translation>Politique en matière de droits de l'homme, version {0}</translation>
        </message>
        <message>
            <source>It is the draft, marked DRAFT: adopt the policy before you publish it.</source>
            <translation>Il s'agit du projet, marqué PROJET: adoptez la politique avant de la publier.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} enregistré.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyée à l'imprimante.</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
        <message>
            <source>The policy could not be exported: {0}</source>
            <translation>La politique n'a pas pu être exportée: {0}</translation>
        </message>
        <message>
            <source>The policy was not printed: {0}</source>
            <translation>La politique n'a pas été imprimée : {0}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: write the policy first.</source>
            <translation>Il n'y a encore rien à exporter: rédigez d'abord la politique.</translation>
        </message>
        <message>
            <source>Version {0} is adopted. Next: print or publish it, and record to whom you sent it (Communication).</source>
            <translation>La version {0} est adoptée. Ensuite: imprimez-la ou publiez-la, et enregistrez à qui vous l'avez envoyée (Communication).</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Pages web (*.html *.htm)</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Écriture de {0}…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWizard</name>
        <message>
            <source>&amp;Adopt</source>
            <translation>&amp;Adopter</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Save and close</source>
            <translation>&amp;Enregistrer et fermer</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(facultatif)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>Adopt the policy as approved by the senior person named on this page.</source>
            <translation>Adopter la politique telle qu'approuvée par le membre de la direction indiqué sur cette page.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Adopter la politique nécessite la confirmation de l'approbateur au plus haut niveau : choisissez-le et laissez-le saisir sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>Draft saved {0}.</source>
            <translation>Projet enregistré {0}.</translation>
        </message>
        <message>
            <source>Enter the approver's job title, for example Managing Director.</source>
            <translation>Saisissez la fonction de l'approbateur, par exemple gérant.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approves the policy: the owner, managing director or a board member.</source>
            <translation>Saisissez le nom du membre de la direction qui approuve la politique: le propriétaire, le dirigeant ou un membre du conseil d'administration.</translation>
        </message>
        <message>
            <source>For example: {0}</source>
            <translation>Par exemple: {0}</translation>
        </message>
        <message>
            <source>Human rights policy — version {0} (draft)</source>
            <translation>Politique en matière de droits de l'homme — version {0} (projet)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Non enregistré: {0}</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>One per line, for example: {0}</source>
            <translation>Un élément par ligne, par exemple: {0}</translation>
        </message>
        <message>
            <source>Saved, except {0}: shorten the text to save it.</source>
            <translation>Enregistré, sauf {0}: raccourcissez le texte pour l'enregistrer.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Étape {0} sur {1}</translation>
        </message>
        <message>
            <source>Step {0} of {1}: the senior approver adopts the policy</source>
            <translation>Étape {0} sur {1}: l'approbateur adopte la politique</translation>
        </message>
        <message>
            <source>Your draft is saved as you type; you can continue it later.</source>
            <translation>Votre projet est enregistré pendant la saisie; vous pouvez le reprendre plus tard.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom:</translation>
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation>&amp;Référence (SKU):</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>&amp;Fabricant:</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Saisissez la référence (SKU) du produit.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Saisissez le nom du produit.</translation>
        </message>
        <message>
            <source>Risk &amp;category:</source>
            <translation>&amp;Catégorie de risque:</translation>
        </message>
        <message>
            <source>The category says what the product can do. Surveillance-capable products (cameras, biometrics, analytics, network monitoring) are screened more closely.</source>
            <translation>La catégorie indique ce que le produit peut faire. Les produits permettant la surveillance (caméras, biométrie, analytique, surveillance réseau) sont analysés de plus près.</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <source>&amp;New product…</source>
            <translation>&amp;Nouveau produit…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Risk category</source>
            <translation>Catégorie de risque</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence (SKU)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>What you sell. The risk category says what a product can do; surveillance-capable products are screened more closely.</source>
            <translation>Ce que vous vendez. La catégorie de risque indique ce qu'un produit peut faire; les produits permettant la surveillance sont analysés de plus près.</translation>
        </message>
    </context>
    <context>
        <name>QuestionItem</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>Not &amp;sure yet</source>
            <translation>Je ne sais &amp;pas encore</translation>
        </message>
        <message>
            <source>Note (optional): what the customer told you</source>
            <translation>Remarque (facultatif): ce que le client vous a dit</translation>
        </message>
        <message>
            <source>Note for: {0}</source>
            <translation>Remarque pour: {0}</translation>
        </message>
        <message>
            <source>This answer points to a risk: say in the decision how it is addressed.</source>
            <translation>Cette réponse indique un risque: précisez dans la décision comment il est traité.</translation>
        </message>
    </context>
    <context>
        <name>ReceivedTable</name>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Réponse enregistrée</translation>
        </message>
        <message>
            <source>Answered, sending failed</source>
            <translation>Répondu, échec de l'envoi</translation>
        </message>
        <message>
            <source>Answered, sent</source>
            <translation>Répondu, envoyé</translation>
        </message>
        <message>
            <source>Answered, waiting to send</source>
            <translation>Répondu, en attente d'envoi</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Received packets</source>
            <translation>Paquets reçus</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Revendeur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
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
            <translation>&amp;Ouvrir Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>All reminders…</source>
            <translation>Tous les rappels…</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence: nothing is due</source>
            <translation>Channel Diligence : rien n'est à faire</translation>
        </message>
        <message>
            <source>Channel Diligence: {0} reminders</source>
            <translation>Channel Diligence : {0} rappels</translation>
        </message>
        <message>
            <source>No system tray here: reminders are not notified, and closing the window quits the app.</source>
            <translation>Pas de zone de notification : pas d'avis de rappel, et fermer la fenêtre quitte l'application.</translation>
        </message>
        <message>
            <source>Nothing is due</source>
            <translation>Rien n'est à faire</translation>
        </message>
        <message>
            <source>Still running in the tray: reminders keep coming. Quit from the tray icon's menu.</source>
            <translation>Toujours en cours dans la zone de notification : les rappels continuent d'arriver. Quittez depuis le menu de l'icône de notification.</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettingsBox</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Remind of an order &amp;held for more than:</source>
            <translation>Rappeler une commande &amp;suspendue depuis plus de :</translation>
        </message>
        <message>
            <source>Remind when the criteria &amp;pack is older than:</source>
            <translation>Rappeler quand le &amp;jeu de critères a plus de :</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Reminders also name follow-ups that are due, e-mails that could not be sent, answers from the distributor and the policy's yearly review. The age at which a sanctions list reminds is set in the Sanctions lists box.</source>
            <translation>Les rappels signalent aussi les suivis à faire, les e-mails qui n'ont pas pu être envoyés, les réponses du distributeur et la revue annuelle de la politique. L'âge à partir duquel une liste de sanctions fait l'objet d'un rappel se règle dans la rubrique Listes de sanctions.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Include names of customers and people</source>
            <translation>&amp;Inclure les noms des clients et des personnes</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Trimestre :</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Ajoutez d'abord, dans le profil de l'entreprise, un distributeur avec une adresse e-mail d'escalade.</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Constituer le signalement et prévisualiser le PDF</translation>
        </message>
        <message>
            <source>Choose the quarter.</source>
            <translation>Choisissez le trimestre.</translation>
        </message>
        <message>
            <source>Counting the quarter and building the report…</source>
            <translation>Décompte du trimestre et préparation du rapport…</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Rapport de diligence raisonnable</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Noms :</translation>
        </message>
        <message>
            <source>Q{0} {1}</source>
            <translation>{0}e trimestre {1}</translation>
        </message>
        <message>
            <source>Report already sent</source>
            <translation>Rapport déjà envoyé</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>&amp;Destinataire:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>Le signalement n'a pas été constitué: {0}</translation>
        </message>
        <message>
            <source>The {0} report was already sent or saved for {1}: building it again makes a new one.</source>
            <translation>Le rapport {0} a déjà été envoyé ou enregistré pour {1} : le préparer à nouveau en crée un nouveau.</translation>
        </message>
        <message>
            <source>What you screened in a quarter, for your distributor: orders by risk tier, product category and destination, what was held, declined and escalated, follow-ups, your policy and the criteria pack and lists you used. The guidance asks resellers to share this up the chain regularly.</source>
            <translation>Ce que vous avez examiné dans un trimestre, pour votre distributeur : commandes par niveau de risque, catégorie de produit et destination, ce qui a été retenu, refusé et escaladé, les suivis, votre politique, le pack de critères et les listes utilisés. Le guide demande aux revendeurs de partager régulièrement ces informations en amont de la chaîne.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent. Without the tick, it names no customers and no people: only counts.</source>
            <translation>Vous voyez le rapport en PDF avant tout envoi. Sans la coche, il ne nomme ni clients ni personnes : seulement des chiffres.</translation>
        </message>
        <message>
            <source>{0} (under way)</source>
            <translation>{0} (en cours)</translation>
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
            <translation>Satisfait</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquant</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>met</source>
            <translation>satisfait</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prêt</translation>
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
            <translation>Projet enregistré</translation>
        </message>
        <message>
            <source>Met once the adopted policy is recorded as sent or shown to staff or partners (the Communication tab of the policy window).</source>
            <translation>Satisfait lorsque l'envoi ou la présentation de la politique adoptée au personnel ou aux partenaires est enregistré (onglet Communication de la fenêtre de la politique).</translation>
        </message>
        <message>
            <source>Met when the policy is adopted on the last page.</source>
            <translation>Satisfait lorsque la politique est adoptée à la dernière page.</translation>
        </message>
        <message>
            <source>Principle 16 checklist</source>
            <translation>Liste de contrôle du principe 16</translation>
        </message>
        <message>
            <source>Principle 16 of the UN Guiding Principles lists five elements, (a) to (e), of a human rights policy statement.</source>
            <translation>Le principe 16 des Principes directeurs des Nations Unies énumère cinq éléments, de a) à e), d'une déclaration de politique en matière de droits de l'homme.</translation>
        </message>
        <message>
            <source>{0} of {1} met</source>
            <translation>Exigences satisfaites: {0} sur {1}</translation>
        </message>
    </context>
    <context>
        <name>RescreenDialog</name>
        <message>
            <source>&amp;Screen again</source>
            <translation>&amp;Analyser à nouveau</translation>
        </message>
        <message>
            <source>1 changed (listed below).</source>
            <translation>1 a changé (ci-dessous).</translation>
        </message>
        <message>
            <source>1 order screened again.</source>
            <translation>1 commande analysée à nouveau.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Each order is screened with the criteria pack in use and what the catalog knows now: product categories and customer types the order left blank are filled in from the catalog. The earlier screening stays in the order's history, with an entry saying what changed. A decision that no longer fits the new screening no longer applies, as after an edit.</source>
            <translation>Chaque commande est analysée avec le jeu de critères en vigueur et ce que le catalogue sait maintenant: les catégories de produit et les types de client laissés vides dans la commande sont complétés depuis le catalogue. L'analyse précédente reste dans l'historique de la commande, avec une entrée indiquant ce qui a changé. Une décision qui ne correspond plus à la nouvelle analyse ne s'applique plus, comme après une modification.</translation>
        </message>
        <message>
            <source>Every order that is not declined is screened again.</source>
            <translation>Chaque commande qui n'est pas refusée est analysée à nouveau.</translation>
        </message>
        <message>
            <source>No screening result changed.</source>
            <translation>Aucun résultat d'analyse n'a changé.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Orders whose screening changed</source>
            <translation>Commandes dont l'analyse a changé</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Screen all open orders again</source>
            <translation>Analyser à nouveau toutes les commandes ouvertes</translation>
        </message>
        <message>
            <source>Screen orders again</source>
            <translation>Analyser des commandes à nouveau</translation>
        </message>
        <message>
            <source>Screen the selected order again</source>
            <translation>Analyser à nouveau la commande sélectionnée</translation>
        </message>
        <message>
            <source>Screen {0} selected orders again</source>
            <translation>Analyser à nouveau {0} commandes sélectionnées</translation>
        </message>
        <message>
            <source>Screened again</source>
            <translation>Analysées à nouveau</translation>
        </message>
        <message>
            <source>Screening again stopped</source>
            <translation>Nouvelle analyse arrêtée</translation>
        </message>
        <message>
            <source>Screening again…</source>
            <translation>Nouvelle analyse…</translation>
        </message>
        <message>
            <source>Screening progress</source>
            <translation>Progression de l'analyse</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <source>The orders could not be screened again</source>
            <translation>Les commandes n'ont pas pu être analysées à nouveau</translation>
        </message>
        <message>
            <source>The other orders were not screened again.</source>
            <translation>Les autres commandes n'ont pas été analysées à nouveau.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>You can cancel at any time: the orders screened so far keep their new screening.</source>
            <translation>Vous pouvez annuler à tout moment: les commandes déjà analysées gardent leur nouvelle analyse.</translation>
        </message>
        <message>
            <source>new warnings: {0}</source>
            <translation>nouvelles alertes: {0}</translation>
        </message>
        <message>
            <source>no longer on hold</source>
            <translation>n'est plus en attente</translation>
        </message>
        <message>
            <source>now on hold</source>
            <translation>maintenant en attente</translation>
        </message>
        <message>
            <source>screened with the current pack, same result</source>
            <translation>analysée avec le jeu actuel, même résultat</translation>
        </message>
        <message>
            <source>the earlier decision no longer applies</source>
            <translation>la décision précédente ne s'applique plus</translation>
        </message>
        <message>
            <source>warnings gone: {0}</source>
            <translation>alertes disparues: {0}</translation>
        </message>
        <message>
            <source>{0} changed (listed below).</source>
            <translation>{0} ont changé (ci-dessous).</translation>
        </message>
        <message>
            <source>{0} of {1} orders</source>
            <translation>{0} sur {1} commandes</translation>
        </message>
        <message>
            <source>{0} orders screened again.</source>
            <translation>{0} commandes analysées à nouveau.</translation>
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
            <translation>&amp;Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Réinitialiser</translation>
        </message>
        <message>
            <source>A new passphrase for {0} &lt;{1}&gt;: the old one stops working, and a lock after wrong passphrases is lifted.</source>
            <translation>Une nouvelle phrase secrète pour {0} &lt;{1}&gt; : l'ancienne ne fonctionne plus, et un blocage dû à des phrases secrètes erronées est levé.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nouvelle phrase secrète, encore une fois</translation>
        </message>
        <message>
            <source>Reset passphrase</source>
            <translation>Réinitialiser la phrase secrète</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>Encore une &amp;fois :</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Les deux phrases secrètes diffèrent : saisissez deux fois la même.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>A copy of the database is made every day you use the app and kept for 14 days, in {0}. Restoring replaces all current data with the copy; the data as it is now is copied aside first, so a restore can itself be undone.</source>
            <translation>Une copie de la base de données est faite chaque jour où vous utilisez l'application et conservée 14 jours, dans {0}. La restauration remplace toutes les données actuelles par la copie; les données actuelles sont d'abord copiées à part, si bien qu'une restauration peut elle-même être annulée.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Channel Diligence backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Sauvegardes Channel Diligence (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Checking and restoring {0}…</source>
            <translation>Vérification et restauration de {0}…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Nothing was restored: close the open windows first.</source>
            <translation>Rien n'a été restauré: fermez d'abord les fenêtres ouvertes.</translation>
        </message>
        <message>
            <source>Nothing was restored: {0}</source>
            <translation>Rien n'a été restauré: {0}</translation>
        </message>
        <message>
            <source>Replace all current data with the backup {0}?

The data as it is now is copied aside first. Open order and policy windows are closed, and the app then opens the restored data.</source>
            <translation>Remplacer toutes les données actuelles par la sauvegarde {0}?

Les données actuelles sont d'abord copiées à part. Les fenêtres de commande et de politique ouvertes sont fermées, puis l'application ouvre les données restaurées.</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurer depuis un &amp;fichier…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Restaurer depuis un fichier</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restored from {0}. The data as it was before is kept in {1}. Close this window: the app opens the restored data.</source>
            <translation>Restauration effectuée depuis {0}. Les données d'avant sont conservées dans {1}. Fermez cette fenêtre: l'application ouvre les données restaurées.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Créée le</translation>
        </message>
        <message>
            <source>There are no backups yet: File &gt; Back up now makes one.</source>
            <translation>Il n'y a pas encore de sauvegarde: Fichier &gt; Sauvegarder maintenant en crée une.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>sauvegarde</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>avant une restauration</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPanel</name>
        <message>
            <source>Add a customer, a product and the intended use to see the screening.</source>
            <translation>Ajoutez un client, un produit et l'usage prévu pour voir l'analyse.</translation>
        </message>
        <message>
            <source>Blocked: {0}</source>
            <translation>Bloquée: {0}</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <source>Nothing in this order raises a concern.</source>
            <translation>Rien dans cette commande ne soulève de préoccupation.</translation>
        </message>
        <message>
            <source>On hold: {0}</source>
            <translation>Suspendue: {0}</translation>
        </message>
        <message>
            <source>Review the possible match with {0} entry {1}</source>
            <translation>Examiner la correspondance possible avec l'entrée {1} de {0}</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Examiner…</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Screening result</source>
            <translation>Résultat de l'analyse</translation>
        </message>
        <message>
            <source>The products, their use and the destination raise no special risk, but a party of the order resembles a name on a sanctions list: see below.</source>
            <translation>Les produits, leur usage et la destination ne présentent pas de risque particulier, mais une partie de la commande ressemble à un nom d'une liste de sanctions : voir ci-dessous.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Nothing to fill in here: this section of the policy is standard text. Read it in the preview of the draft.</source>
            <translation>Rien à remplir ici: cette section de la politique est un texte standard. Lisez-la dans l'aperçu du projet.</translation>
        </message>
        <message>
            <source>Press Enter to start the next item.</source>
            <translation>Appuyez sur Entrée pour commencer l'élément suivant.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source> inside {element}</source>
            <translation> dans {element}</translation>
        </message>
        <message>
            <source>"{text}" is not a period: write a quarter like 2026Q4, a month like 2026-11 or a year like 2026.</source>
            <translation>« {text} » n'est pas une période : indiquez un trimestre comme 2026Q4, un mois comme 2026-11 ou une année comme 2026.</translation>
        </message>
        <message>
            <source>'{address}' is not a web address: it starts with https:// and names the publisher's server.</source>
            <translation>« {address} » n'est pas une adresse web : elle commence par https:// et nomme le serveur de l'éditeur de la liste.</translation>
        </message>
        <message>
            <source>'{address}' is not an e-mail address.</source>
            <translation>« {address} » n'est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>'{country}' is not an ISO 3166-1 country code.</source>
            <translation>« {country} » n'est pas un code de pays ISO 3166-1.</translation>
        </message>
        <message>
            <source>'{outcome}' is not a decision.</source>
            <translation>« {outcome} » n'est pas une décision.</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>« {text} » n'est pas un nombre</translation>
        </message>
        <message>
            <source>'{value}' is no date order: day first is 'dmy', month first 'mdy'.</source>
            <translation>'{value}' n'est pas un ordre de dates : jour d'abord se dit 'dmy', mois d'abord 'mdy'.</translation>
        </message>
        <message>
            <source>'{value}' is no sales model: an order taken by a salesperson is 'assisted', one placed in a webshop 'self_service'.</source>
            <translation>« {value} » n'est pas un mode de vente : une commande prise par un vendeur est « assisted », une commande passée dans une boutique en ligne « self_service ».</translation>
        </message>
        <message>
            <source>'{value}' is not a customer type of the criteria pack in use; choose one of: {types}.</source>
            <translation>'{value}' n'est pas un type de client du pack de critères utilisé ; choisissez parmi : {types}.</translation>
        </message>
        <message>
            <source>'{value}' is not a date: enter it as YYYY-MM-DD.</source>
            <translation>« {value} » n'est pas une date: saisissez-la au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 3166-1 alpha-2 country code</source>
            <translation>« {value} » n'est pas un code de pays ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <source>(The server said: {reason})</source>
            <translation>(Réponse du serveur: {reason})</translation>
        </message>
        <message>
            <source>1 change compared with the pack in use:</source>
            <translation>1 modification par rapport au jeu utilisé:</translation>
        </message>
        <message>
            <source>1 match gone</source>
            <translation>1 correspondance disparue</translation>
        </message>
        <message>
            <source>1 match now only possible</source>
            <translation>1 correspondance désormais seulement possible</translation>
        </message>
        <message>
            <source>1 new match</source>
            <translation>1 nouvelle correspondance</translation>
        </message>
        <message>
            <source>1 new possible match</source>
            <translation>1 nouvelle correspondance possible</translation>
        </message>
        <message>
            <source>A catalog customer is reviewed as the customer.</source>
            <translation>Un client du catalogue est examiné en tant que client.</translation>
        </message>
        <message>
            <source>A different pack with the same id and version ({pack} {version}) is already installed. Ask its issuer for a new version number. Nothing was imported.</source>
            <translation>Un autre jeu de critères avec le même identifiant et la même version ({pack} {version}) est déjà installé. Demandez à celui qui l'a publié un nouveau numéro de version. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>A follow-up is due today: order {refs}.</source>
            <translation>Un suivi est à faire aujourd'hui : commande {refs}.</translation>
        </message>
        <message>
            <source>A follow-up is overdue: order {refs}.</source>
            <translation>Un suivi est en retard : commande {refs}.</translation>
        </message>
        <message>
            <source>A name may have at most {count} characters.</source>
            <translation>Un nom peut comporter au plus {count} caractères.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to check: a party's name has at most 1,000.</source>
            <translation>Un nom de {count} caractères est trop long pour être vérifié : le nom d'une partie compte au plus 1 000 caractères.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to review: a party's name has at most 1,000.</source>
            <translation>Un nom de {count} caractères est trop long pour être examiné : le nom d'une partie compte au plus 1 000 caractères.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match): nobody can approve it, the only possible decision is to decline, and the distributor must be told through the misuse report or an escalation.</source>
            <translation>Une partie de cette commande figure sur une liste de sanctions (une correspondance confirmée) : personne ne peut l'approuver, la seule décision possible est de la refuser, et le distributeur doit être informé par le signalement d'usage abusif ou une escalade.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list: it can only be declined, there is nothing to escalate. Tell the distributor with the misuse report.</source>
            <translation>Une partie de cette commande figure sur une liste de sanctions : elle ne peut qu'être refusée, il n'y a rien à escalader. Informez le distributeur avec le signalement d'usage abusif.</translation>
        </message>
        <message>
            <source>A passphrase may have at most {count} characters.</source>
            <translation>Une phrase secrète peut comporter au plus {count} caractères.</translation>
        </message>
        <message>
            <source>A passphrase must not be the person's name or e-mail address.</source>
            <translation>La phrase secrète ne doit pas être le nom ni l'adresse e-mail de la personne.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters; a few words are easy to remember.</source>
            <translation>Une phrase secrète doit comporter au moins {count} caractères ; quelques mots se retiennent facilement.</translation>
        </message>
        <message>
            <source>A passphrase needs more than one or two different characters.</source>
            <translation>Une phrase secrète doit contenir plus d'un ou deux caractères différents.</translation>
        </message>
        <message>
            <source>A possible match is reviewed on an order or a catalog customer.</source>
            <translation>Une correspondance possible s'examine sur une commande ou un client du catalogue.</translation>
        </message>
        <message>
            <source>A private key is {expected} bytes long, not {size}.</source>
            <translation>Une clé privée fait {expected} octets, pas {size}.</translation>
        </message>
        <message>
            <source>A public key is {expected} bytes long, not {size}.</source>
            <translation>Une clé publique fait {expected} octets, pas {size}.</translation>
        </message>
        <message>
            <source>A {tier}-risk order may proceed only with the approval of {approver}.</source>
            <translation>Une commande à risque {tier} ne peut être acceptée qu'avec l'approbation de {approver}.</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Ajoutez d'abord, dans le profil de l'entreprise, un distributeur avec une adresse e-mail d'escalade.</translation>
        </message>
        <message>
            <source>Add at least one item: this is needed before the policy can be adopted.</source>
            <translation>Ajoutez au moins un élément: c'est nécessaire avant de pouvoir adopter la politique.</translation>
        </message>
        <message>
            <source>Add at least one product line.</source>
            <translation>Ajoutez au moins une ligne de produit.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Adopter la politique nécessite la confirmation de l'approbateur au plus haut niveau : choisissez-le et laissez-le saisir sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>An approval with conditions must list them.</source>
            <translation>Une approbation sous conditions doit les énumérer.</translation>
        </message>
        <message>
            <source>An e-mail could not be sent: open the outbox to retry or export it.</source>
            <translation>Un e-mail n'a pas pu être envoyé : ouvrez la boîte d'envoi pour réessayer ou l'exporter.</translation>
        </message>
        <message>
            <source>An order with the reference {reference} already exists.</source>
            <translation>Une commande avec la référence {reference} existe déjà.</translation>
        </message>
        <message>
            <source>Another backup of this database is running. Try again in a minute.</source>
            <translation>Une autre sauvegarde de cette base de données est en cours. Réessayez dans une minute.</translation>
        </message>
        <message>
            <source>Another product already has the SKU {sku}.</source>
            <translation>Un autre produit a déjà la référence {sku}.</translation>
        </message>
        <message>
            <source>Another program is writing to the database {path} and did not finish in time, so nothing was saved. Wait a moment and try again; if it keeps happening, close other copies of Channel Diligence.</source>
            <translation>Un autre programme est en train d'écrire dans la base de données {path} et n'a pas terminé à temps: rien n'a donc été enregistré. Patientez un instant et réessayez; si cela se reproduit, fermez les autres exemplaires ouverts de Channel Diligence.</translation>
        </message>
        <message>
            <source>Answer yes, no or not sure yet (unknown).</source>
            <translation>Répondez oui, non ou « Je ne sais pas encore » (unknown).</translation>
        </message>
        <message>
            <source>Answering checklists</source>
            <translation>Répondre aux listes de contrôle</translation>
        </message>
        <message>
            <source>Approved at the approver's own desk, with their passphrase.</source>
            <translation>Approuvé depuis le poste de l'approbateur lui-même, avec sa phrase secrète.</translation>
        </message>
        <message>
            <source>Approved at the most senior level</source>
            <translation>Approuvée au plus haut niveau</translation>
        </message>
        <message>
            <source>Approving orders that need the senior approver</source>
            <translation>Approuver les commandes qui exigent l'approbateur</translation>
        </message>
        <message>
            <source>Asking for approval at the approver's own desk needs the people who use the app: set them up first, or let the approver confirm in this form.</source>
            <translation>Demander l'approbation au poste de l'approbateur suppose les personnes qui utilisent l'application : enregistrez-les d'abord, ou laissez l'approbateur confirmer dans ce formulaire.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {error}.</source>
            <translation>Impossible de lire {file} : {error}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {error}.</source>
            <translation>Impossible d'écrire dans {folder}: {error}.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {error}.</source>
            <translation>Impossible d'écrire {file}: {error}.</translation>
        </message>
        <message>
            <source>Changed: {fields}.</source>
            <translation>Champs modifiés: {fields}.</translation>
        </message>
        <message>
            <source>Changing settings</source>
            <translation>Modifier les paramètres</translation>
        </message>
        <message>
            <source>Checklist answered</source>
            <translation>Liste de contrôle remplie</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Questions de la liste de contrôle</translation>
        </message>
        <message>
            <source>Checklist: 1 question answered.</source>
            <translation>Liste de contrôle: réponse à 1 question.</translation>
        </message>
        <message>
            <source>Checklist: {count} questions answered.</source>
            <translation>Liste de contrôle: réponses à {count} questions.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter.</source>
            <translation>Choisissez A4 ou Letter.</translation>
        </message>
        <message>
            <source>Choose STARTTLS, SSL or none.</source>
            <translation>Choisissez STARTTLS, SSL ou aucune.</translation>
        </message>
        <message>
            <source>Choose approved, approved with conditions or rejected.</source>
            <translation>Choisissez approuvée, approuvée sous conditions ou rejetée.</translation>
        </message>
        <message>
            <source>Choose approved, approved_with_conditions or rejected.</source>
            <translation>Choisissez approved, approved_with_conditions ou rejected.</translation>
        </message>
        <message>
            <source>Choose at least one safeguard or write down the conditions.</source>
            <translation>Choisissez au moins une garantie ou écrivez les conditions.</translation>
        </message>
        <message>
            <source>Choose distributor or reseller.</source>
            <translation>Choisissez distributeur ou revendeur.</translation>
        </message>
        <message>
            <source>Choose how you sell.</source>
            <translation>Choisissez votre mode de vente.</translation>
        </message>
        <message>
            <source>Choose one of: {choices}.</source>
            <translation>Choisissez l'une de ces valeurs: {choices}.</translation>
        </message>
        <message>
            <source>Choose one: this is needed before the policy can be adopted.</source>
            <translation>Faites un choix: c'est nécessaire avant de pouvoir adopter la politique.</translation>
        </message>
        <message>
            <source>Choose password or OAuth2 sign-in.</source>
            <translation>Choisissez le mot de passe ou la connexion OAuth2.</translation>
        </message>
        <message>
            <source>Choose pdf, html or txt.</source>
            <translation>Choisissez pdf, html ou txt.</translation>
        </message>
        <message>
            <source>Choose the column that holds the order reference.</source>
            <translation>Choisissez la colonne qui contient la référence de la commande.</translation>
        </message>
        <message>
            <source>Choose the country your company is based in.</source>
            <translation>Choisissez le pays où votre entreprise est établie.</translation>
        </message>
        <message>
            <source>Choose the date of the next review, usually one year after approval.</source>
            <translation>Choisissez la date de la prochaine révision, en général un an après l'approbation.</translation>
        </message>
        <message>
            <source>Choose the order or the customer this is about.</source>
            <translation>Choisissez la commande ou le client concerné.</translation>
        </message>
        <message>
            <source>Choose the product's category.</source>
            <translation>Choisissez la catégorie du produit.</translation>
        </message>
        <message>
            <source>Choose the size of your company.</source>
            <translation>Choisissez la taille de votre entreprise.</translation>
        </message>
        <message>
            <source>Choose what you recommend: approve, approve with conditions, reject, or no recommendation.</source>
            <translation>Choisissez ce que vous recommandez: approuver, approuver sous conditions, rejeter, ou pas de recommandation.</translation>
        </message>
        <message>
            <source>Choose who received the policy: {choices}.</source>
            <translation>Choisissez qui a reçu la politique: {choices}.</translation>
        </message>
        <message>
            <source>Concerned: {names}.</source>
            <translation>Concernés : {names}.</translation>
        </message>
        <message>
            <source>Conditions only go with an approval with conditions; this answer is {outcome}. Nothing was recorded: leave the conditions out, or choose approved with conditions.</source>
            <translation>Les conditions ne vont qu'avec une approbation sous conditions; cette réponse est « {outcome} ». Rien n'a été enregistré: retirez les conditions, ou choisissez « approuvée sous conditions ».</translation>
        </message>
        <message>
            <source>Confirmed the same party by {who} on {date}: {reason}</source>
            <translation>Confirmé comme la même partie par {who} le {date} : {reason}</translation>
        </message>
        <message>
            <source>Consignee country (if not the destination)</source>
            <translation>Pays du destinataire (s'il n'est pas la destination)</translation>
        </message>
        <message>
            <source>Consignee name (company receiving the goods)</source>
            <translation>Nom du destinataire (entreprise qui reçoit la marchandise)</translation>
        </message>
        <message>
            <source>Consignee person name (where no company is given)</source>
            <translation>Nom de la personne destinataire (si aucune entreprise n'est indiquée)</translation>
        </message>
        <message>
            <source>Contradicts: the country {country} is not the entry's ({countries}).</source>
            <translation>Contredit : le pays {country} n'est pas celui de l'entrée ({countries}).</translation>
        </message>
        <message>
            <source>Contradicts: the list calls the matched name a weak alias.</source>
            <translation>Contredit : la liste qualifie le nom correspondant d'alias faible.</translation>
        </message>
        <message>
            <source>Contradicts: the party is {kind}, the entry {listed}.</source>
            <translation>Contredit : la partie est {kind}, l'entrée {listed}.</translation>
        </message>
        <message>
            <source>Corroborates: both are {kind}.</source>
            <translation>Corrobore : les deux sont {kind}.</translation>
        </message>
        <message>
            <source>Corroborates: the country {country} is the entry's ({countries}).</source>
            <translation>Corrobore : le pays {country} est celui de l'entrée ({countries}).</translation>
        </message>
        <message>
            <source>Could not check that the server is really {host} (its certificate was refused): nothing was fetched. {stay}</source>
            <translation>Impossible de vérifier que le serveur est bien {host} (son certificat a été refusé) : rien n'a été téléchargé. {stay}</translation>
        </message>
        <message>
            <source>Could not fetch the list from {host} ({error}). {stay}</source>
            <translation>Impossible de télécharger la liste depuis {host} ({error}). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: it refused the connection (the computer may be offline, or the address is wrong). {stay}</source>
            <translation>Impossible de joindre {host} : il a refusé la connexion (l'ordinateur est peut-être hors ligne, ou l'adresse est erronée). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: the computer seems to be offline. {stay}</source>
            <translation>Impossible de joindre {host} : l'ordinateur semble hors ligne. {stay}</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Niveaux de risque des pays</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Customer country</source>
            <translation>Pays du client</translation>
        </message>
        <message>
            <source>Customer details filled in from the catalog: {names}.</source>
            <translation>Données clients complétées depuis le catalogue: {names}.</translation>
        </message>
        <message>
            <source>Customer identified</source>
            <translation>Client identifié</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Nom du client</translation>
        </message>
        <message>
            <source>Customer person name (where no company is given)</source>
            <translation>Nom de la personne cliente (quand aucune société n'est indiquée)</translation>
        </message>
        <message>
            <source>Customer sector</source>
            <translation>Secteur du client</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Type de client</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Types de clients</translation>
        </message>
        <message>
            <source>Customer {customer} does not exist.</source>
            <translation>Le client {customer} n'existe pas.</translation>
        </message>
        <message>
            <source>Daily digest of {day} put in the outbox to {to}: {overdue} overdue, {waiting} waiting.</source>
            <translation>Résumé quotidien du {day} placé dans la boîte d'envoi pour {to} : {overdue} en retard, {waiting} en attente.</translation>
        </message>
        <message>
            <source>Daily digest put in the outbox to {to}.</source>
            <translation>Résumé quotidien placé dans la boîte d'envoi pour {to}.</translation>
        </message>
        <message>
            <source>Date of birth on the list: {dates}; the order holds none to compare.</source>
            <translation>Date de naissance sur la liste : {dates} ; la commande n'en contient aucune à comparer.</translation>
        </message>
        <message>
            <source>Deciding about orders</source>
            <translation>Décider des commandes</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}, approved by {approver}.</source>
            <translation>Décision de {who}, approuvée par {approver}: {outcome}.</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}.</source>
            <translation>Décision de {who}: {outcome}.</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Décrivez ce que vous avez vu, en quelques phrases.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>Pays de destination</translation>
        </message>
        <message>
            <source>Due diligence report for {period} prepared for {distributor}.</source>
            <translation>Rapport de diligence raisonnable de {period} préparé pour {distributor}.</translation>
        </message>
        <message>
            <source>Due diligence report put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Rapport de diligence raisonnable mis dans la boîte d'envoi pour {to} ; il part dès que possible.</translation>
        </message>
        <message>
            <source>Due diligence report saved as {file}.</source>
            <translation>Rapport de diligence raisonnable enregistré sous {file}.</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet.</source>
            <translation>L'envoi d'e-mails n'est pas encore configuré.</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Liste consolidée des sanctions financières de l'UE</translation>
        </message>
        <message>
            <source>End user country</source>
            <translation>Pays de l'utilisateur final</translation>
        </message>
        <message>
            <source>End user name</source>
            <translation>Nom de l'utilisateur final</translation>
        </message>
        <message>
            <source>End user named</source>
            <translation>Utilisateur final nommé</translation>
        </message>
        <message>
            <source>End user type</source>
            <translation>Type d'utilisateur final</translation>
        </message>
        <message>
            <source>Enter a date: this is needed before the policy can be adopted.</source>
            <translation>Saisissez une date: c'est nécessaire avant de pouvoir adopter la politique.</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Saisissez une référence pour la commande.</translation>
        </message>
        <message>
            <source>Enter at least one address the daily digest goes to.</source>
            <translation>Saisissez au moins une adresse à laquelle envoyer le résumé quotidien.</translation>
        </message>
        <message>
            <source>Enter the address the e-mails come from.</source>
            <translation>Saisissez l'adresse d'expédition des e-mails.</translation>
        </message>
        <message>
            <source>Enter the approver's job title.</source>
            <translation>Saisissez la fonction de l'approbateur.</translation>
        </message>
        <message>
            <source>Enter the conditions of the approval, one a line.</source>
            <translation>Saisissez les conditions de l'approbation, une par ligne.</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Saisissez le nom du client.</translation>
        </message>
        <message>
            <source>Enter the date of the acknowledgement.</source>
            <translation>Saisissez la date de la prise de connaissance.</translation>
        </message>
        <message>
            <source>Enter the date of the answer.</source>
            <translation>Saisissez la date de la réponse.</translation>
        </message>
        <message>
            <source>Enter the date the policy was approved.</source>
            <translation>Saisissez la date d'approbation de la politique.</translation>
        </message>
        <message>
            <source>Enter the date the policy was sent or shown.</source>
            <translation>Saisissez la date à laquelle la politique a été envoyée ou présentée.</translation>
        </message>
        <message>
            <source>Enter the distributor's e-mail address for escalations.</source>
            <translation>Saisissez l'adresse e-mail du distributeur pour les escalades.</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Saisissez le nom du distributeur.</translation>
        </message>
        <message>
            <source>Enter the distributor's reference.</source>
            <translation>Saisissez la référence du distributeur.</translation>
        </message>
        <message>
            <source>Enter the mail server's name, e.g. smtp.example.com.</source>
            <translation>Saisissez le nom du serveur de messagerie, par exemple smtp.example.com.</translation>
        </message>
        <message>
            <source>Enter the name of the person who approves high-risk sales.</source>
            <translation>Saisissez le nom de la personne qui approuve les ventes à haut risque.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approved the policy (owner, managing director or board).</source>
            <translation>Saisissez le nom du membre de la direction qui a approuvé la politique (propriétaire, dirigeant ou conseil d'administration).</translation>
        </message>
        <message>
            <source>Enter the order date.</source>
            <translation>Saisissez la date de la commande.</translation>
        </message>
        <message>
            <source>Enter the person's e-mail address.</source>
            <translation>Saisissez l'adresse e-mail de la personne.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Saisissez le nom de la personne.</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Saisissez la référence (SKU) du produit.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Saisissez le nom du produit.</translation>
        </message>
        <message>
            <source>Enter when you saw it (not a future date).</source>
            <translation>Indiquez quand vous l'avez vu (pas une date future).</translation>
        </message>
        <message>
            <source>Enter who decided at the distributor.</source>
            <translation>Indiquez qui a décidé chez le distributeur.</translation>
        </message>
        <message>
            <source>Enter who decided.</source>
            <translation>Indiquez qui a décidé.</translation>
        </message>
        <message>
            <source>Enter who received the policy (a name, a team or a web address).</source>
            <translation>Indiquez qui a reçu la politique (un nom, une équipe ou une adresse web).</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Saisissez le nom de votre entreprise.</translation>
        </message>
        <message>
            <source>Enter your reference for this answer.</source>
            <translation>Indiquez votre référence pour cette réponse.</translation>
        </message>
        <message>
            <source>Entry {entry} is not on the newest {list} list (of {date}): it was taken off the list or never was on it, so there is nothing to review.</source>
            <translation>L'entrée {entry} ne figure pas sur la liste {list} la plus récente (du {date}) : elle en a été retirée ou n'y a jamais figuré, il n'y a donc rien à examiner.</translation>
        </message>
        <message>
            <source>Escalating orders</source>
            <translation>Escalader des commandes</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Dossier d'escalade placé dans la boîte d'envoi pour {to}; il est envoyé dès que possible.</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox; it is sent as soon as possible.</source>
            <translation>Dossier d'escalade placé dans la boîte d'envoi; il est envoyé dès que possible.</translation>
        </message>
        <message>
            <source>Escalation packet saved as {file}.</source>
            <translation>Dossier d'escalade enregistré sous {file}.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared for {to}.</source>
            <translation>Dossier d'escalade {packet} préparé pour {to}.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared.</source>
            <translation>Dossier d'escalade {packet} préparé.</translation>
        </message>
        <message>
            <source>Fill this in: it is needed before the policy can be adopted.</source>
            <translation>Remplissez ce champ: c'est nécessaire avant de pouvoir adopter la politique.</translation>
        </message>
        <message>
            <source>Follow-up done: {text}</source>
            <translation>Suivi effectué: {text}</translation>
        </message>
        <message>
            <source>Follow-up done: {text} ({note})</source>
            <translation>Suivi effectué: {text} ({note})</translation>
        </message>
        <message>
            <source>Follow-up due {date}: {text}</source>
            <translation>Suivi prévu le {date}: {text}</translation>
        </message>
        <message>
            <source>Give the number of days as a whole number from {low} to {high}.</source>
            <translation>Indiquez le nombre de jours sous forme d'un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <source>Government function</source>
            <translation>Mission publique</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Missions publiques</translation>
        </message>
        <message>
            <source>Help: {url}</source>
            <translation>Aide: {url}</translation>
        </message>
        <message>
            <source>How: {url}</source>
            <translation>Comment faire: {url}</translation>
        </message>
        <message>
            <source>If the browser does not open, open this address:</source>
            <translation>Si le navigateur ne s'ouvre pas, ouvrez cette adresse :</translation>
        </message>
        <message>
            <source>If the login is refused, your administrator must allow "Authenticated SMTP" for this mailbox in Microsoft 365.</source>
            <translation>Si la connexion est refusée, votre administrateur doit autoriser "SMTP authentifié" pour cette boîte aux lettres dans Microsoft 365.</translation>
        </message>
        <message>
            <source>Imported from {file} with 1 order.</source>
            <translation>Import depuis {file}: 1 commande.</translation>
        </message>
        <message>
            <source>Imported from {file} with {count} orders.</source>
            <translation>Import depuis {file}: {count} commandes.</translation>
        </message>
        <message>
            <source>Informed by relevant internal and/or external expertise</source>
            <translation>Fondée sur une expertise interne et/ou externe pertinente</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Usage prévu</translation>
        </message>
        <message>
            <source>Intended use in the customer's words</source>
            <translation>Usage prévu dans les mots du client</translation>
        </message>
        <message>
            <source>It changes nothing compared with the pack in use.</source>
            <translation>Il ne change rien par rapport au jeu utilisé.</translation>
        </message>
        <message>
            <source>It is not a packet: there is no manifest.json.</source>
            <translation>Ce n'est pas un paquet : il n'y a pas de manifest.json.</translation>
        </message>
        <message>
            <source>It is not signed: there is no signature.</source>
            <translation>Ce n'est pas signé : il n'y a pas de signature.</translation>
        </message>
        <message>
            <source>It is signed by another key (fingerprint {theirs}, naming {signer}), not by {owner}'s key (fingerprint {ours}).</source>
            <translation>C'est signé avec une autre clé (empreinte {theirs}, au nom de {signer}), pas avec la clé de {owner} (empreinte {ours}).</translation>
        </message>
        <message>
            <source>It was altered after signing: it is not what {owner} signed.</source>
            <translation>Modifié après la signature : ce n'est pas ce que {owner} a signé.</translation>
        </message>
        <message>
            <source>It was altered after signing: {files} differ from what {owner} signed (missing, changed or added).</source>
            <translation>Modifié après la signature : {files} diffèrent de ce que {owner} a signé (manquants, modifiés ou ajoutés).</translation>
        </message>
        <message>
            <source>Item {item} is {length} characters long; keep each item to {limit} characters or split it in two.</source>
            <translation>L'élément {item} compte {length} caractères; limitez chaque élément à {limit} caractères ou divisez-le en deux.</translation>
        </message>
        <message>
            <source>Keep it under {limit} characters; add longer documents as evidence files.</source>
            <translation>Restez sous {limit} caractères; ajoutez les documents plus longs comme fichiers de preuve.</translation>
        </message>
        <message>
            <source>Log in with the part of your address before the @ and your mail password.</source>
            <translation>Connectez-vous avec la partie de votre adresse avant le @ et le mot de passe de votre messagerie.</translation>
        </message>
        <message>
            <source>Log in with your full e-mail address and your mail password.</source>
            <translation>Connectez-vous avec votre adresse e-mail complète et le mot de passe de votre messagerie.</translation>
        </message>
        <message>
            <source>Managing criteria packs</source>
            <translation>Gérer les jeux de critères</translation>
        </message>
        <message>
            <source>Managing lists</source>
            <translation>Gérer les listes</translation>
        </message>
        <message>
            <source>Managing people</source>
            <translation>Gérer les personnes</translation>
        </message>
        <message>
            <source>Message {message} is being sent right now: it cannot be changed.</source>
            <translation>Le message {message} est en cours d’envoi : il ne peut pas être modifié.</translation>
        </message>
        <message>
            <source>Message {message} is still queued: the next send tries it.</source>
            <translation>Le message {message} est toujours en file d’attente : le prochain envoi l’essaie.</translation>
        </message>
        <message>
            <source>Message {message} was cancelled: it is never sent.</source>
            <translation>Le message {message} a été annulé : il n’est jamais envoyé.</translation>
        </message>
        <message>
            <source>Message {message} was sent: it cannot be changed any more.</source>
            <translation>Le message {message} a été envoyé : il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Informations manquantes</translation>
        </message>
        <message>
            <source>Misuse report sent to {to}.</source>
            <translation>Signalement d'utilisation abusive envoyé (destinataire: {to}).</translation>
        </message>
        <message>
            <source>Name at least one condition or safeguard you propose.</source>
            <translation>Indiquez au moins une condition ou une garantie que vous proposez.</translation>
        </message>
        <message>
            <source>Name the distributor the desk's key speaks for (for example TechDistri Europe).</source>
            <translation>Indiquez le distributeur au nom duquel parle la clé du poste (par exemple TechDistri Europe).</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Mots de négation</translation>
        </message>
        <message>
            <source>New matches: {new_match}; new possible matches: {new_possible_match}; matches gone: {match_gone}; matches now only possible: {weaker}.</source>
            <translation>Nouvelles correspondances : {new_match} ; nouvelles correspondances possibles : {new_possible_match} ; correspondances disparues : {match_gone} ; correspondances désormais seulement possibles : {weaker}.</translation>
        </message>
        <message>
            <source>No criteria pack is active.</source>
            <translation>Aucun jeu de critères n'est actif.</translation>
        </message>
        <message>
            <source>No criteria pack is active: import one (File &gt; Criteria pack).</source>
            <translation>Aucun jeu de critères n'est actif: importez-en un (Fichier &gt; Importer un jeu de critères).</translation>
        </message>
        <message>
            <source>No criteria pack with SHA-256 {sha256}.</source>
            <translation>Aucun jeu de critères avec le SHA-256 {sha256}.</translation>
        </message>
        <message>
            <source>No distributor is called "{name}": the company profile lists {names}.</source>
            <translation>Aucun distributeur ne s'appelle « {name} » : le profil de l'entreprise indique {names}.</translation>
        </message>
        <message>
            <source>No escalation packet {packet} was sent from here: the decision file is for another packet.</source>
            <translation>Aucun dossier d'escalade {packet} n'a été envoyé depuis cette application: le fichier de décision concerne un autre dossier.</translation>
        </message>
        <message>
            <source>No human rights policy has been adopted yet: adopt one in the app (Policy &gt; Human rights policy), or export the draft with --draft.</source>
            <translation>Aucune politique en matière de droits de l'homme n'a encore été adoptée: adoptez-en une dans l'application (Politique &gt; Politique en matière de droits de l'homme), ou exportez le projet avec --draft.</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet.</source>
            <translation>Aucune politique des droits humains n'est encore adoptée.</translation>
        </message>
        <message>
            <source>No key of {name} is pinned: its unsigned decision files are accepted with a warning already. Pin its key first.</source>
            <translation>Aucune clé de {name} n’est épinglée : ses fichiers de décision non signés sont déjà acceptés avec un avertissement. Épinglez d’abord sa clé.</translation>
        </message>
        <message>
            <source>No key of {reseller} is pinned on this desk, so its signature cannot be checked; the files match the manifest. Pin the reseller's key after comparing its fingerprint.</source>
            <translation>Aucune clé de {reseller} n’est épinglée sur ce poste, sa signature ne peut donc pas être vérifiée ; les fichiers correspondent au manifeste. Épinglez la clé du revendeur après avoir comparé son empreinte.</translation>
        </message>
        <message>
            <source>No pack is installed yet: this one will be used.</source>
            <translation>Aucun jeu de critères n'est encore installé: celui-ci sera utilisé.</translation>
        </message>
        <message>
            <source>No packet {packet} was received on this desk.</source>
            <translation>Aucun paquet {packet} n’a été reçu sur ce poste.</translation>
        </message>
        <message>
            <source>No password is stored for this server: enter it to send.</source>
            <translation>Aucun mot de passe n'est enregistré pour ce serveur: saisissez-le pour envoyer.</translation>
        </message>
        <message>
            <source>No password is stored for {user} on {host}: enter it to send.</source>
            <translation>Aucun mot de passe n'est enregistré pour {user} sur {host}: saisissez-le pour envoyer.</translation>
        </message>
        <message>
            <source>No policy: no human rights policy version was adopted by {date}.</source>
            <translation>Pas de politique: aucune version de la politique en matière de droits de l'homme n'était adoptée au {date}.</translation>
        </message>
        <message>
            <source>No restricted-party list is imported: parties are not checked against sanctions lists.</source>
            <translation>Aucune liste de parties soumises à restrictions n'est importée : les parties ne sont pas vérifiées contre les listes de sanctions.</translation>
        </message>
        <message>
            <source>No row of {file} is split into the columns its first row names ({columns} columns, separated by {separators}); row {row}: {reason}. Nothing was imported: save or export the file again as CSV.</source>
            <translation>Aucune ligne de {file} n'est découpée selon les colonnes que nomme sa première ligne ({columns} colonnes, séparées par des {separators}) ; ligne {row} : {reason}. Rien n'a été importé : enregistrez ou exportez à nouveau le fichier en CSV.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the OFAC, UN, EU or UK list first (reseller-app lists import FILE, or Sanctions lists in the app).</source>
            <translation>Aucune liste de sanctions n'est encore importée : importez d'abord la liste OFAC, ONU, UE ou Royaume-Uni (reseller-app lists import FILE, ou Listes de sanctions dans l'application).</translation>
        </message>
        <message>
            <source>No sanctions list is imported: the customers were not checked.</source>
            <translation>Aucune liste de sanctions n'est importée : les clients n'ont pas été vérifiés.</translation>
        </message>
        <message>
            <source>No sanctions result changed.</source>
            <translation>Aucun résultat de sanctions n'a changé.</translation>
        </message>
        <message>
            <source>No use case is tagged.</source>
            <translation>Aucun cas d'usage n'est coché.</translation>
        </message>
        <message>
            <source>No {list} list is imported: import it before reviewing its entries.</source>
            <translation>Aucune liste {list} n'est importée : importez-la avant d'examiner ses entrées.</translation>
        </message>
        <message>
            <source>Nobody with the e-mail address {email} is in the list of people.</source>
            <translation>Personne n'a l'adresse e-mail {email} dans la liste des personnes.</translation>
        </message>
        <message>
            <source>Not compared: the party has no country; the entry names {countries}.</source>
            <translation>Non comparé : la partie n'a pas de pays ; l'entrée indique {countries}.</translation>
        </message>
        <message>
            <source>Not every checklist question is answered yes or no.</source>
            <translation>Toutes les questions de la liste de contrôle n'ont pas une réponse oui ou non.</translation>
        </message>
        <message>
            <source>Nothing answers at {host} on port {port}. Check the port (usually 587 for STARTTLS, 465 for SSL) and that a firewall lets the app out.</source>
            <translation>Rien ne répond sur {host} au port {port}. Vérifiez le port (en général 587 pour STARTTLS, 465 pour SSL) et qu'un pare-feu laisse sortir l'application.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server cannot be reached or the secure connection failed ({reason}). Every message stays queued. Check the server, port and security in Settings (mail server), or the network.</source>
            <translation>Rien de plus n’a été envoyé : le serveur de messagerie est injoignable ou la connexion sécurisée a échoué ({reason}). Tous les messages restent en file d’attente. Vérifiez le serveur, le port et la sécurité dans Paramètres (serveur de messagerie), ou le réseau.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} ({reason}). Every message stays queued. Correct the user name or password in Settings (mail server), then send again.</source>
            <translation>Rien de plus n’a été envoyé : le serveur de messagerie a refusé la connexion de {user} ({reason}). Tous les messages restent en file d’attente. Corrigez le nom d’utilisateur ou le mot de passe dans Paramètres (serveur de messagerie), puis renvoyez.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password given ({reason}). Every message stays queued. Check the password, or the user name in Settings (mail server).</source>
            <translation>Rien de plus n’a été envoyé : le serveur de messagerie a refusé la connexion de {user} avec le mot de passe donné ({reason}). Tous les messages restent en file d’attente. Vérifiez le mot de passe, ou le nom d’utilisateur dans Paramètres (serveur de messagerie).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password in the environment variable {variable} ({reason}). Every message stays queued. Correct the password there, or the user name in Settings (mail server).</source>
            <translation>Rien de plus n’a été envoyé : le serveur de messagerie a refusé la connexion de {user} avec le mot de passe de la variable d’environnement {variable} ({reason}). Tous les messages restent en file d’attente. Corrigez-y le mot de passe, ou le nom d’utilisateur dans Paramètres (serveur de messagerie).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server wants a login ({reason}). Every message stays queued. Enter the user name and password in Settings (mail server), then send again.</source>
            <translation>Rien de plus n’a été envoyé : le serveur de messagerie demande une connexion ({reason}). Tous les messages restent en file d’attente. Saisissez le nom d’utilisateur et le mot de passe dans Paramètres (serveur de messagerie), puis renvoyez.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n’a été importé.</translation>
        </message>
        <message>
            <source>Nothing was recorded.</source>
            <translation>Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be copied aside first ({error}).</source>
            <translation>Rien n'a été restauré: la base de données actuelle n'a pas pu être copiée à part au préalable ({error}).</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}. Try again, and tell your IT contact if it happens again.</source>
            <translation>Rien n'a été enregistré: {reason}. Réessayez, et prévenez votre contact informatique si cela se reproduit.</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>Liste SDN de l'OFAC</translation>
        </message>
        <message>
            <source>Only a decision to proceed with a {tier}-risk order waits for the senior approver; order {reference} needs no approval for this decision: record it directly.</source>
            <translation>Seule la décision de poursuivre une commande à risque {tier} attend l'approbateur principal ; la commande {reference} ne demande pas d'approbation pour cette décision : enregistrez-la directement.</translation>
        </message>
        <message>
            <source>Only an adopted policy can be communicated: adopt the draft first.</source>
            <translation>Seule une politique adoptée peut être communiquée: adoptez d'abord le projet.</translation>
        </message>
        <message>
            <source>Only the senior approver, {approver}, can approve a {tier}-risk order: type their name once they have approved it.</source>
            <translation>Seul l'approbateur, {approver}, peut approuver une commande à risque {tier}: saisissez son nom une fois l'approbation donnée.</translation>
        </message>
        <message>
            <source>Only {person}, who is signed in at this desk, can approve here; {approver} approves at their own desk.</source>
            <translation>Seul(e) {person}, connecté(e) à ce poste, peut approuver ici ; {approver} approuve à son propre poste.</translation>
        </message>
        <message>
            <source>Open {app} to deal with them.</source>
            <translation>Ouvrez {app} pour vous en occuper.</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Date de la commande</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Référence de la commande</translation>
        </message>
        <message>
            <source>Order {order} does not exist.</source>
            <translation>La commande {order} n'existe pas.</translation>
        </message>
        <message>
            <source>Order {reference} changed after approval was asked (it was edited, screened again or decided on): the request is stale and cannot be approved. Ask for approval again.</source>
            <translation>La commande {reference} a changé après la demande d'approbation (modifiée, évaluée à nouveau ou décidée) : la demande est périmée et ne peut pas être approuvée. Demandez l'approbation à nouveau.</translation>
        </message>
        <message>
            <source>Order {reference} edited and screened again: {tier}, {status}.</source>
            <translation>Commande {reference} modifiée et analysée à nouveau: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} entered and screened: {tier}, {status}.</source>
            <translation>Commande {reference} saisie et analysée: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} has no screening.</source>
            <translation>La commande {reference} n'a pas d'analyse.</translation>
        </message>
        <message>
            <source>Order {reference} has not been screened.</source>
            <translation>La commande {reference} n'a pas été analysée.</translation>
        </message>
        <message>
            <source>Order {reference} is already waiting for approval (asked by {person}).</source>
            <translation>La commande {reference} attend déjà une approbation (demandée par {person}).</translation>
        </message>
        <message>
            <source>Order {reference} is {status}: it cannot be escalated.</source>
            <translation>La commande {reference} est {status}: elle ne peut pas être transmise au distributeur.</translation>
        </message>
        <message>
            <source>Order {reference} names no {role} to review.</source>
            <translation>La commande {reference} n'indique aucun {role} à examiner.</translation>
        </message>
        <message>
            <source>Order {reference} screened again with the current catalog and criteria pack: {tier}, {status}.</source>
            <translation>Commande {reference} analysée à nouveau avec le catalogue et le jeu de critères actuels: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built and now asks for a prohibited use: nobody can approve it, it can only be declined. Nothing was recorded.</source>
            <translation>La commande {reference} a été modifiée après la constitution du dossier {packet} et concerne désormais un usage interdit: personne ne peut l'approuver, elle ne peut qu'être refusée. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built: it is now screened {tier}, not as the distributor saw it. Nothing was recorded; build and send a new packet for the order as it is now.</source>
            <translation>La commande {reference} a été modifiée après la constitution du dossier {packet}: son analyse donne désormais le niveau {tier}, différent de celui qu'a vu le distributeur. Rien n'a été enregistré; constituez et envoyez un nouveau dossier pour la commande telle qu'elle est maintenant.</translation>
        </message>
        <message>
            <source>Order {refs} has been held for more than {days} days without a decision.</source>
            <translation>La commande {refs} est suspendue depuis plus de {days} jours sans décision.</translation>
        </message>
        <message>
            <source>Orders named: {refs}</source>
            <translation>Commandes citées : {refs}</translation>
        </message>
        <message>
            <source>Orders: {refs}</source>
            <translation>Commandes : {refs}</translation>
        </message>
        <message>
            <source>Other users of this computer can read the password file {file}: make it readable by you only (chmod 600 {file}) and try again.</source>
            <translation>D’autres utilisateurs de cet ordinateur peuvent lire le fichier de mot de passe {file} : rendez-le lisible par vous seul (chmod 600 {file}) et réessayez.</translation>
        </message>
        <message>
            <source>Overdue ({count}):</source>
            <translation>En retard ({count}) :</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) is not answered yet: record the answer first.</source>
            <translation>Le paquet {packet} ({reseller}, commande {reference}) n'a pas encore de réponse : enregistrez d'abord la réponse.</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) was already answered ({outcome}, reference {their_reference}, by {person}). Nothing was written.</source>
            <translation>Le paquet {packet} ({reseller}, commande {reference}) a déjà reçu une réponse ({outcome}, référence {their_reference}, par {person}). Rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Packet {packet} has no file {name}.</source>
            <translation>Le dossier {packet} ne contient pas de fichier {name}.</translation>
        </message>
        <message>
            <source>Packet {packet} is not the latest escalation of order {reference}: packet {latest} of {date} replaced it. Nothing was recorded; record the answer to the latest packet.</source>
            <translation>Le dossier {packet} n'est pas la dernière escalade de la commande {reference}: le dossier {latest} du {date} l'a remplacé. Rien n'a été enregistré; enregistrez la réponse au dossier le plus récent.</translation>
        </message>
        <message>
            <source>Packet {packet} of {reseller} was received before with other content (manifest SHA-256 {before}…, now {now}…). Nothing was changed; ask the reseller which one holds.</source>
            <translation>Le paquet {packet} de {reseller} a déjà été reçu avec un autre contenu (SHA-256 du manifeste {before}…, maintenant {now}…). Rien n’a été modifié ; demandez au revendeur lequel fait foi.</translation>
        </message>
        <message>
            <source>Packet {packet} was answered meanwhile. Nothing was recorded.</source>
            <translation>Le paquet {packet} a reçu une réponse entre-temps. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Packet {packet} was built here but never sent: it was not e-mailed or saved to send another way, so the distributor cannot have answered it. Nothing was recorded; send the packet first.</source>
            <translation>Le dossier {packet} a été constitué ici mais jamais envoyé: il n'a été ni envoyé par e-mail ni enregistré pour être envoyé autrement, le distributeur ne peut donc pas y avoir répondu. Rien n'a été enregistré; envoyez d'abord le dossier.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer until the administrator is set up: it has no system keyring (password store), so the company's signing key will be kept in a file encrypted with the administrator's passphrase.</source>
            <translation>Les dossiers ne seront pas signés sur cet ordinateur tant que l'administrateur n'est pas configuré : il n'a pas de trousseau système (gestionnaire de mots de passe), la clé de signature de l'entreprise sera donc conservée dans un fichier chiffré avec la phrase secrète de l'administrateur.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer: it has no system keyring (password store) to keep the company's signing key. Everything else works; sign packets from a computer with a keyring.</source>
            <translation>Les dossiers ne seront pas signés sur cet ordinateur : il n'a pas de trousseau système (gestionnaire de mots de passe) pour garder la clé de signature de l'entreprise. Tout le reste fonctionne ; signez les dossiers depuis un ordinateur doté d'un trousseau.</translation>
        </message>
        <message>
            <source>People are already set up: an administrator adds people in the list of people.</source>
            <translation>Les personnes sont déjà configurées : un administrateur ajoute des personnes dans la liste des personnes.</translation>
        </message>
        <message>
            <source>Policy communication {communication} does not exist.</source>
            <translation>La communication de la politique {communication} n'existe pas.</translation>
        </message>
        <message>
            <source>Policy version {version} does not exist.</source>
            <translation>La version {version} de la politique n'existe pas.</translation>
        </message>
        <message>
            <source>Possible restricted party: {finding}. Review the match (the same party or not) before the order can ship.</source>
            <translation>Partie soumise à restrictions possible : {finding}. Examinez la correspondance (même partie ou non) avant que la commande puisse être expédiée.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Catégories de produits</translation>
        </message>
        <message>
            <source>Product categories filled in from the catalog: {skus}.</source>
            <translation>Catégories de produit complétées depuis le catalogue: {skus}.</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Catégorie de produit</translation>
        </message>
        <message>
            <source>Product {product} does not exist.</source>
            <translation>Le produit {product} n'existe pas.</translation>
        </message>
        <message>
            <source>Publicly available and communicated internally and externally</source>
            <translation>Accessible au public et communiquée en interne et en externe</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>{quarter}e trimestre {year}</translation>
        </message>
        <message>
            <source>Recording orders</source>
            <translation>Enregistrer des commandes</translation>
        </message>
        <message>
            <source>Reflected in operational policies and procedures</source>
            <translation>Reflétée dans les politiques et procédures opérationnelles</translation>
        </message>
        <message>
            <source>Reminder settings saved: orders held more than {held} days, criteria pack older than {pack} days.</source>
            <translation>Réglages des rappels enregistrés : commandes suspendues depuis plus de {held} jours, jeu de critères de plus de {pack} jours.</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, held orders and failed messages, in the tray</source>
            <translation>Rappels des suivis, des commandes en attente et des messages en échec, dans la zone de notification</translation>
        </message>
        <message>
            <source>Restoring a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restricted party: {finding}, a confirmed match. The order cannot proceed: decline it and tell the distributor through the misuse report or an escalation.</source>
            <translation>Partie soumise à restrictions : {finding}, une correspondance confirmée. La commande ne peut pas aboutir : refusez-la et informez le distributeur par le signalement d'usage abusif ou une escalade.</translation>
        </message>
        <message>
            <source>Restricted-party lists older than {days} days: {lists}. Update them.</source>
            <translation>Listes de parties soumises à restrictions de plus de {days} jours : {lists}. Mettez-les à jour.</translation>
        </message>
        <message>
            <source>Reviewed on {date} by {who} when the party was {was}: its name or country changed since, so it is checked again.</source>
            <translation>Examiné le {date} par {who} quand la partie était {was} : son nom ou son pays a changé depuis, elle est donc vérifiée à nouveau.</translation>
        </message>
        <message>
            <source>Reviewed: not the same party, by {who} on {date}: {reason}</source>
            <translation>Examiné : pas la même partie, par {who} le {date} : {reason}</translation>
        </message>
        <message>
            <source>Row {row} of {file} cannot be read as CSV ({error}).</source>
            <translation>La ligne {row} de {file} ne peut pas être lue comme CSV ({error}).</translation>
        </message>
        <message>
            <source>Row {row} of {file} has more than {limit} characters in its {column} cell, more than a CSV cell may hold: a quotation mark is probably not closed, or the file is damaged there. Nothing was imported.</source>
            <translation>La ligne {row} de {file} a plus de {limit} caractères dans sa cellule {column}, plus que ne peut contenir une cellule CSV : un guillemet n'est probablement pas fermé, ou le fichier est endommagé à cet endroit. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence (SKU)</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Garanties</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Mode de vente</translation>
        </message>
        <message>
            <source>Sanctions lists: {customers} customers and {orders} open orders checked again.</source>
            <translation>Listes de sanctions : {customers} clients et {orders} commandes ouvertes vérifiés à nouveau.</translation>
        </message>
        <message>
            <source>Sanctions programmes: {programs}.</source>
            <translation>Programmes de sanctions : {programs}.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this.</source>
            <translation>Expliquez en une ou deux phrases pourquoi vous recommandez cela.</translation>
        </message>
        <message>
            <source>Say what to follow up.</source>
            <translation>Indiquez ce qu'il faut suivre.</translation>
        </message>
        <message>
            <source>Say whether the party is the listed one (same) or not (not_same).</source>
            <translation>Dites si la partie est celle de la liste (same) ou non (not_same).</translation>
        </message>
        <message>
            <source>Say who approves: the approver confirms with their own passphrase.</source>
            <translation>Indiquez qui approuve : l'approbateur confirme avec sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>Say who decided.</source>
            <translation>Indiquez qui a décidé.</translation>
        </message>
        <message>
            <source>Say who sends it back: the approver confirms with their own passphrase.</source>
            <translation>Indiquez qui la renvoie : l'approbateur confirme avec sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>Say why it goes back: the person who asked reads it on the order.</source>
            <translation>Dites pourquoi elle est renvoyée : la personne qui a demandé le lit sur la commande.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Dites pourquoi : p. ex. autre date de naissance, autre pays, autre numéro d'immatriculation.</translation>
        </message>
        <message>
            <source>Say why: the rationale is required.</source>
            <translation>Indiquez pourquoi: le motif est obligatoire.</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Secteurs</translation>
        </message>
        <message>
            <source>Self-service is not allowed for this order: deciding to proceed records the sales-assisted review, and the order becomes sales-assisted.</source>
            <translation>Le libre-service n'est pas autorisé pour cette commande: décider de l'accepter enregistre l'examen en vente assistée, et la commande passe en vente assistée.</translation>
        </message>
        <message>
            <source>Set up e-mail sending first (Settings: mail server).</source>
            <translation>Configurez d'abord l'envoi d'e-mails (Paramètres: serveur de messagerie).</translation>
        </message>
        <message>
            <source>Set up the company profile first (who you are and your distributor).</source>
            <translation>Configurez d'abord le profil de l'entreprise (qui vous êtes et votre distributeur).</translation>
        </message>
        <message>
            <source>Settings of {provider}.</source>
            <translation>Réglages de {provider}.</translation>
        </message>
        <message>
            <source>Sign-in is available for Microsoft and Google only.</source>
            <translation>La connexion n'est disponible que pour Microsoft et Google.</translation>
        </message>
        <message>
            <source>Signed by {owner} (fingerprint {fingerprint}).</source>
            <translation>Signé par {owner} (empreinte {fingerprint}).</translation>
        </message>
        <message>
            <source>Signed in to {provider} as {address}: e-mail is sent with this sign-in.</source>
            <translation>Connecté à {provider} en tant que {address} : les e-mails sont envoyés avec cette connexion.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and go back to Channel Diligence.</source>
            <translation>Connecté. Vous pouvez fermer cette fenêtre et revenir à Channel Diligence.</translation>
        </message>
        <message>
            <source>Signing in with your account (OAuth2) works too where the app offers it.</source>
            <translation>La connexion avec votre compte (OAuth2) fonctionne aussi là où l'application la propose.</translation>
        </message>
        <message>
            <source>Signing in with {provider} (OAuth2) needs a client id: your organisation registers the app with {provider} once and enters its client id in Settings &gt; E-mail (the README says how).</source>
            <translation>La connexion avec {provider} (OAuth2) nécessite un identifiant client : votre organisation enregistre l'application une fois auprès de {provider} et saisit son identifiant client dans Paramètres &gt; E-mail (le README explique comment).</translation>
        </message>
        <message>
            <source>Someone with the e-mail address {email} is already in the list.</source>
            <translation>Une personne avec l'adresse e-mail {email} figure déjà dans la liste.</translation>
        </message>
        <message>
            <source>Stipulates expectations of personnel, business partners and other parties directly linked to the business</source>
            <translation>Énonce les attentes envers le personnel, les partenaires commerciaux et les autres parties directement liées à l'activité</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers keep their earlier checks.</source>
            <translation>Interrompu avant la fin : les clients conservent leurs vérifications précédentes.</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers kept their earlier checks.</source>
            <translation>Interrompu avant la fin : les clients ont conservé leurs vérifications précédentes.</translation>
        </message>
        <message>
            <source>That is the database in use, not a backup.</source>
            <translation>C'est la base de données utilisée, pas une sauvegarde.</translation>
        </message>
        <message>
            <source>The acknowledgement cannot be earlier than the day the policy was sent ({date}).</source>
            <translation>La prise de connaissance ne peut pas être antérieure au jour de l'envoi de la politique ({date}).</translation>
        </message>
        <message>
            <source>The address of this database holds its password, and the entry that starts Channel Diligence with your session is a plain file anyone using this computer account can read. Keep the password in PostgreSQL's password file (pgpass) and start Channel Diligence with the address without it, then tick this again.</source>
            <translation>L'adresse de cette base de données contient son mot de passe, et l'entrée qui démarre Channel Diligence avec votre session est un simple fichier que toute personne utilisant ce compte de l'ordinateur peut lire. Gardez le mot de passe dans le fichier de mots de passe de PostgreSQL (pgpass), démarrez Channel Diligence avec l'adresse sans lui, puis cochez de nouveau cette case.</translation>
        </message>
        <message>
            <source>The answer is dated {answered}, before packet {packet} was built on {built}: it cannot be the answer to this packet. Nothing was recorded; check the date.</source>
            <translation>La réponse est datée du {answered}, avant la constitution du dossier {packet} le {built}: elle ne peut pas être la réponse à ce dossier. Rien n'a été enregistré; vérifiez la date.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} is already in the outbox to {to}.</source>
            <translation>La réponse au paquet {packet} est déjà dans la boîte d'envoi pour {to}.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} was already sent to {to}.</source>
            <translation>La réponse au paquet {packet} a déjà été envoyée à {to}.</translation>
        </message>
        <message>
            <source>The answer to this packet is already recorded ({outcome}, reference {reference}).</source>
            <translation>La réponse à ce dossier est déjà enregistrée ({outcome}, référence {reference}).</translation>
        </message>
        <message>
            <source>The app stopped while sending an e-mail; it is sent again.</source>
            <translation>L'application s'est arrêtée pendant l'envoi d'un e-mail; il est envoyé à nouveau.</translation>
        </message>
        <message>
            <source>The approval date {date} is before the approval of version {number} ({previous}), which this version replaces: enter the day this version was approved. Nothing was adopted.</source>
            <translation>La date d'approbation {date} est antérieure à l'approbation de la version {number} ({previous}), que cette version remplace: saisissez le jour où cette version a été approuvée. Rien n'a été adopté.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future: enter the day the policy was actually approved.</source>
            <translation>La date d'approbation {date} est dans le futur: saisissez le jour où la politique a réellement été approuvée.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>L'approbateur saisit sa propre phrase secrète pour confirmer l'approbation.</translation>
        </message>
        <message>
            <source>The audit log is empty: there is no head to sign yet.</source>
            <translation>Le journal d'audit est vide : il n'y a pas encore de tête à signer.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({error}). The database as it was is in {safety}.</source>
            <translation>La sauvegarde n'a pas pu être restaurée ({error}). La base de données dans son état antérieur se trouve dans {safety}.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {error}.</source>
            <translation>La sauvegarde n'a pas pu être écrite dans {folder}: {error}.</translation>
        </message>
        <message>
            <source>The backup was saved as {file}, but it could not be noted in the audit log: {reason}.</source>
            <translation>La sauvegarde a été enregistrée sous {file}, mais elle n'a pas pu être inscrite dans le journal d'audit: {reason}.</translation>
        </message>
        <message>
            <source>The browser opens for the {provider} sign-in; come back here when it says so.</source>
            <translation>Le navigateur s'ouvre pour la connexion {provider} ; revenez ici quand il vous le dit.</translation>
        </message>
        <message>
            <source>The certificate of {host} has expired. Tell your provider or IT person; nothing is sent until it is renewed.</source>
            <translation>Le certificat de {host} a expiré. Prévenez votre fournisseur ou votre informaticien; rien n'est envoyé avant son renouvellement.</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted by this computer. Check the server name, or ask your IT person.</source>
            <translation>Cet ordinateur ne fait pas confiance au certificat de {host}. Vérifiez le nom du serveur ou demandez à votre informaticien.</translation>
        </message>
        <message>
            <source>The chain head's event_hash is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>L'event_hash de la tête de chaîne n'est pas un SHA-256 (64 chiffres hexadécimaux en minuscules).</translation>
        </message>
        <message>
            <source>The chain head's key_fingerprint is not a fingerprint.</source>
            <translation>Le key_fingerprint de la tête de chaîne n'est pas une empreinte.</translation>
        </message>
        <message>
            <source>The chain head's seq is not an event number.</source>
            <translation>Le seq de la tête de chaîne n'est pas un numéro d'événement.</translation>
        </message>
        <message>
            <source>The chain head's signed_at is not a time.</source>
            <translation>Le signed_at de la tête de chaîne n'est pas une heure.</translation>
        </message>
        <message>
            <source>The chain's head is not signed yet (the company's signing key is not on this computer, or nothing was signed since), so deleting the newest events would not show here.</source>
            <translation>La tête de la chaîne n'est pas encore signée (la clé de signature de l'entreprise n'est pas sur cet ordinateur, ou rien n'a été signé depuis) : la suppression des événements les plus récents ne se verrait donc pas ici.</translation>
        </message>
        <message>
            <source>The company profile lists no distributors: add the distributor in the app (Company profile) first.</source>
            <translation>Le profil de l'entreprise n'indique aucun distributeur : ajoutez d'abord le distributeur dans l'application (Profil de l'entreprise).</translation>
        </message>
        <message>
            <source>The company's signing key (fingerprint {fingerprint}) is not in this computer's keyring, so nothing can be signed here. Sign on the computer where the key was made.</source>
            <translation>La clé de signature de l'entreprise (empreinte {fingerprint}) n'est pas dans le trousseau de cet ordinateur : rien ne peut être signé ici. Signez sur l'ordinateur où la clé a été créée.</translation>
        </message>
        <message>
            <source>The company's signing key could not be stored in the system keyring: {error}.</source>
            <translation>La clé de signature de l'entreprise n'a pas pu être enregistrée dans le trousseau du système : {error}.</translation>
        </message>
        <message>
            <source>The company's signing key could not be written to {file}: {error}.</source>
            <translation>La clé de signature de l'entreprise n'a pas pu être écrite dans {file} : {error}.</translation>
        </message>
        <message>
            <source>The company's signing key is in a file encrypted with the passphrase of {person}, the administrator: give it once to sign in this session.</source>
            <translation>La clé de signature de l'entreprise se trouve dans un fichier chiffré avec la phrase secrète de {person}, l'administrateur : saisissez-la une fois pour signer pendant cette session.</translation>
        </message>
        <message>
            <source>The consignee is the customer or the end user already: choose the party that receives the goods for them, or none.</source>
            <translation>Le destinataire est déjà le client ou l'utilisateur final : choisissez la partie qui reçoit la marchandise pour eux, ou aucune.</translation>
        </message>
        <message>
            <source>The criteria pack '{title}', version {version}, is {days} days old (dated {date}): check for a newer one.</source>
            <translation>Le jeu de critères '{title}', version {version}, a {days} jours (daté du {date}) : vérifiez s'il en existe un plus récent.</translation>
        </message>
        <message>
            <source>The criteria pack has no question {question}.</source>
            <translation>Le jeu de critères n'a pas de question {question}.</translation>
        </message>
        <message>
            <source>The criteria pack in use ({pack} {version}) was changed in the database after it was imported: its fingerprint no longer matches. Screening is stopped so that no order is screened with altered rules. Import the pack again from its file, or restore a backup.</source>
            <translation>Le pack de critères utilisé ({pack} {version}) a été modifié dans la base de données après son importation : son empreinte ne correspond plus. L'analyse est arrêtée afin qu'aucune commande ne soit analysée avec des règles modifiées. Importez de nouveau le pack depuis son fichier, ou restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, and no key of its issuer {name} is pinned: who wrote it cannot be proven. Import it only if you trust where it came from.</source>
            <translation>Le jeu de critères n’est pas signé et aucune clé de son émetteur {name} n’est épinglée : on ne peut pas prouver qui l’a écrit. Ne l’importez que si vous avez confiance en sa provenance.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned pack could have been written by anyone. {nothing} Choose the pack file that came with its signature (the .sig.json file) beside it.</source>
            <translation>Le jeu de critères n’est pas signé, mais la clé de {name} est épinglée (empreinte {fingerprint}) : un jeu non signé pourrait avoir été écrit par n’importe qui. {nothing} Choisissez le fichier du jeu arrivé avec sa signature (le fichier .sig.json) à côté.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>Le jeu de critères n’est pas signé ; il est accepté car les fichiers non signés de {name} sont autorisés (choix d’un administrateur).</translation>
        </message>
        <message>
            <source>The criteria pack is refused: {reason} {nothing}</source>
            <translation>Le jeu de critères est refusé : {reason} {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack is signed by {signer} (fingerprint {fingerprint}), but no key of {signer} or of its issuer {name} is pinned, so the signature proves nothing yet. Pin the distributor's key after comparing its fingerprint.</source>
            <translation>Le jeu de critères est signé par {signer} (empreinte {fingerprint}), mais aucune clé de {signer} ni de son émetteur {name} n’est épinglée : la signature ne prouve donc encore rien. Épinglez la clé du distributeur après avoir comparé son empreinte.</translation>
        </message>
        <message>
            <source>The criteria pack names {name} as its issuer but is signed with the key of {other} (fingerprint {fingerprint}). {nothing}</source>
            <translation>Le jeu de critères indique {name} comme émetteur mais il est signé avec la clé de {other} (empreinte {fingerprint}). {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack's signature cannot be read: {reason} {nothing}</source>
            <translation>La signature du jeu de critères est illisible : {reason} {nothing}</translation>
        </message>
        <message>
            <source>The customer is not identified: give the customer's name and country.</source>
            <translation>Le client n'est pas identifié : indiquez son nom et son pays.</translation>
        </message>
        <message>
            <source>The daily digest cannot be sent: set up e-mail sending first (Settings: mail server).</source>
            <translation>Le résumé quotidien ne peut pas être envoyé : configurez d'abord l'envoi des e-mails (Paramètres : serveur de messagerie).</translation>
        </message>
        <message>
            <source>The daily digest goes to nobody: enter its addresses in Settings (Daily digest).</source>
            <translation>Le résumé quotidien n'a aucun destinataire : saisissez ses adresses dans Paramètres (Résumé quotidien).</translation>
        </message>
        <message>
            <source>The database {database} cannot be opened: {error}.</source>
            <translation>La base de données {database} ne peut pas être ouverte: {error}.</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so nothing was saved. Restore the newest backup (File &gt; Restore from backup) or ask your IT contact for help.</source>
            <translation>La base de données {path} est endommagée: rien n'a donc été enregistré. Restaurez la sauvegarde la plus récente (Fichier &gt; Restaurer une sauvegarde) ou demandez de l'aide à votre contact informatique.</translation>
        </message>
        <message>
            <source>The database {path} is read-only, so nothing was saved. Ask your IT contact to give you write access to the file and its folder, then try again.</source>
            <translation>La base de données {path} est en lecture seule: rien n'a donc été enregistré. Demandez à votre contact informatique de vous donner l'accès en écriture au fichier et à son dossier, puis réessayez.</translation>
        </message>
        <message>
            <source>The date of the answer is in the future.</source>
            <translation>La date de la réponse est dans le futur.</translation>
        </message>
        <message>
            <source>The date {date} is before the policy was approved ({approved}).</source>
            <translation>La date {date} est antérieure à l'approbation de la politique ({approved}).</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La date {date} est dans le futur.</translation>
        </message>
        <message>
            <source>The date {date} is in the future: record a communication once it has happened.</source>
            <translation>La date {date} est dans le futur: enregistrez une communication une fois qu'elle a eu lieu.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be day first. Choose day first, or leave the choice to the file.</source>
            <translation>Les dates de {file} ne sont pas dans l'ordre choisi : {date} ne peut être que jour d'abord. Choisissez jour d'abord, ou laissez le fichier décider.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be month first. Choose month first, or leave the choice to the file.</source>
            <translation>Les dates de {file} ne sont pas dans l'ordre choisi : {date} ne peut être que mois d'abord. Choisissez mois d'abord, ou laissez le fichier décider.</translation>
        </message>
        <message>
            <source>The dates in {file} are written in two orders: {day_first} is day first and {month_first} month first. Nothing was imported: correct the dates in the file.</source>
            <translation>Les dates de {file} sont écrites dans deux ordres : {day_first} est jour d'abord et {month_first} mois d'abord. Rien n'a été importé : corrigez les dates dans le fichier.</translation>
        </message>
        <message>
            <source>The dates in {file} can be read two ways: {date} is day first or month first, and no date in the file tells which. Choose the date order of the file.</source>
            <translation>Les dates de {file} se lisent de deux façons : {date} peut être jour d'abord ou mois d'abord, et aucune date du fichier ne permet de trancher. Choisissez l'ordre des dates du fichier.</translation>
        </message>
        <message>
            <source>The decision file is for packet {answered}, not for packet {expected}.</source>
            <translation>Le fichier de décision concerne le dossier {answered}, et non le dossier {expected}.</translation>
        </message>
        <message>
            <source>The decision file is not signed, and no key of {name} is pinned: who wrote it cannot be proven. Pin {name}'s key to check its decision files.</source>
            <translation>Le fichier de décision n’est pas signé et aucune clé de {name} n’est épinglée : on ne peut pas prouver qui l’a écrit. Épinglez la clé de {name} pour vérifier ses fichiers de décision.</translation>
        </message>
        <message>
            <source>The decision file is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned file could have been written by anyone. {nothing} Choose the decision file that came with its signature ({signature_file}) beside it.</source>
            <translation>Le fichier de décision n’est pas signé, mais la clé de {name} est épinglée (empreinte {fingerprint}) : un fichier non signé pourrait avoir été écrit par n’importe qui. {nothing} Choisissez le fichier de décision arrivé avec sa signature ({signature_file}) à côté.</translation>
        </message>
        <message>
            <source>The decision file is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>Le fichier de décision n’est pas signé ; il est accepté car les fichiers non signés de {name} sont autorisés (choix d’un administrateur).</translation>
        </message>
        <message>
            <source>The decision file is refused: {reason} {nothing}</source>
            <translation>Le fichier de décision est refusé : {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed by {signer} (fingerprint {fingerprint}), but no key of {name} is pinned, so the signature proves nothing yet. Pin {name}'s key after comparing its fingerprint.</source>
            <translation>Le fichier de décision est signé par {signer} (empreinte {fingerprint}), mais aucune clé de {name} n’est épinglée : la signature ne prouve donc encore rien. Épinglez la clé de {name} après avoir comparé son empreinte.</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), but the packet was sent to {name}. {nothing}</source>
            <translation>Le fichier de décision est signé avec la clé de {other} (empreinte {fingerprint}), mais le paquet a été envoyé à {name}. {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), not with the key of {name}, to whom the packet was sent. {nothing}</source>
            <translation>Le fichier de décision est signé avec la clé de {other} (empreinte {fingerprint}), et non avec celle de {name}, à qui le paquet a été envoyé. {nothing}</translation>
        </message>
        <message>
            <source>The decision file lists conditions, but its outcome is {outcome}: conditions only go with approved_with_conditions. Ask the distributor for a corrected file.</source>
            <translation>Le fichier de décision contient des conditions, mais sa décision est {outcome}: les conditions ne vont qu'avec approved_with_conditions. Demandez au distributeur un fichier corrigé.</translation>
        </message>
        <message>
            <source>The decision file must be a JSON object.</source>
            <translation>Le fichier de décision doit être un objet JSON.</translation>
        </message>
        <message>
            <source>The decision file was altered after it was sealed: its content no longer matches its seal.</source>
            <translation>Le fichier de décision a été modifié après avoir été scellé: son contenu ne correspond plus à son sceau.</translation>
        </message>
        <message>
            <source>The decision file's signature cannot be read: {reason} {nothing}</source>
            <translation>La signature du fichier de décision est illisible : {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision is for packet {answered}, not for packet {sent}.</source>
            <translation>La décision concerne le dossier {answered}, et non le dossier {sent}.</translation>
        </message>
        <message>
            <source>The decision names neither the manifest's SHA-256 nor the file {name} of the packet sent: it cannot be told which packet it answers.</source>
            <translation>La décision n’indique ni le SHA-256 du manifeste ni le fichier {name} du paquet envoyé : on ne peut pas savoir à quel paquet elle répond.</translation>
        </message>
        <message>
            <source>The destination country is not given.</source>
            <translation>Le pays de destination n'est pas indiqué.</translation>
        </message>
        <message>
            <source>The digest goes to at most {count} addresses.</source>
            <translation>Le résumé est envoyé à {count} adresses au plus.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space on the drive that holds {path} and try again.</source>
            <translation>Le disque est plein: rien n'a donc été enregistré. Libérez de l'espace sur le disque qui contient {path} et réessayez.</translation>
        </message>
        <message>
            <source>The distributor already answered for order {reference} ({outcome}, reference {their_reference}, {date}): the order follows that answer and is not escalated again. If the order changes, save it: when the new screening differs, you can escalate it again.</source>
            <translation>Le distributeur a déjà répondu pour la commande {reference} ({outcome}, référence {their_reference}, {date}): la commande suit cette réponse et n'est pas transmise à nouveau. Si la commande change, enregistrez-la: si la nouvelle analyse est différente, vous pourrez de nouveau la transmettre au distributeur.</translation>
        </message>
        <message>
            <source>The distributor answered on order {refs}.</source>
            <translation>Le distributeur a répondu pour la commande {refs}.</translation>
        </message>
        <message>
            <source>The distributor {outcome} ({who}).</source>
            <translation>Le distributeur {outcome} ({who}).</translation>
        </message>
        <message>
            <source>The distributor {outcome}.</source>
            <translation>Le distributeur {outcome}.</translation>
        </message>
        <message>
            <source>The distributor's answer on order {reference} is already recorded ({outcome}, reference {their_reference}). Nothing was recorded; to ask again, build a new packet.</source>
            <translation>La réponse du distributeur sur la commande {reference} est déjà enregistrée ({outcome}, référence {their_reference}). Rien n'a été enregistré; pour reposer la question, constituez un nouveau dossier.</translation>
        </message>
        <message>
            <source>The drive that holds {path} could not be read or written, so nothing was saved. Check that the drive or network share is connected and try again; tell your IT contact if it happens again.</source>
            <translation>Le disque qui contient {path} n'a pas pu être lu ou écrit: rien n'a donc été enregistré. Vérifiez que le disque ou le partage réseau est connecté et réessayez; prévenez votre contact informatique si cela se reproduit.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} is due today.</source>
            <translation>Le rapport de diligence raisonnable de {period} pour {who} est dû aujourd'hui.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} was due on {date}.</source>
            <translation>Le rapport de diligence raisonnable de {period} pour {who} était dû le {date}.</translation>
        </message>
        <message>
            <source>The e-mail to {to} could not be sent: {reason}</source>
            <translation>L'e-mail à {to} n'a pas pu être envoyé: {reason}</translation>
        </message>
        <message>
            <source>The e-mail to {to} was cancelled.</source>
            <translation>L'e-mail à {to} a été annulé.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was not sent yet; it is tried again later.</source>
            <translation>L'e-mail à {to} n'a pas encore été envoyé; un nouvel essai aura lieu plus tard.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was put back in the outbox.</source>
            <translation>L'e-mail à {to} a été remis dans la boîte d'envoi.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was sent.</source>
            <translation>L'e-mail à {to} a été envoyé.</translation>
        </message>
        <message>
            <source>The earlier decision no longer applies.</source>
            <translation>La décision précédente ne s'applique plus.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <source>The end user is not named: choose the end user, or the customer itself if it uses the goods.</source>
            <translation>L'utilisateur final n'est pas nommé : choisissez l'utilisateur final, ou le client lui-même s'il utilise les produits.</translation>
        </message>
        <message>
            <source>The entry is {listed}.</source>
            <translation>L'entrée est {listed}.</translation>
        </message>
        <message>
            <source>The entry that starts Channel Diligence with your session could not be changed ({where}): {reason}</source>
            <translation>L'entrée qui démarre Channel Diligence avec votre session n'a pas pu être modifiée ({where}) : {reason}</translation>
        </message>
        <message>
            <source>The file does not hold the named fields of {what}.</source>
            <translation>Le fichier ne contient pas les champs nommés d'{what}.</translation>
        </message>
        <message>
            <source>The file fetched from {host} cannot be used: {reason} Nothing was imported. {stay}</source>
            <translation>Le fichier téléchargé depuis {host} est inutilisable : {reason} Rien n'a été importé. {stay}</translation>
        </message>
        <message>
            <source>The file has column names but no orders below them: nothing was imported. Check that you chose the right file.</source>
            <translation>Le fichier contient des noms de colonnes, mais aucune commande en dessous: rien n'a été importé. Vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>The file has no column named {column}.</source>
            <translation>Le fichier n'a pas de colonne nommée {column}.</translation>
        </message>
        <message>
            <source>The file has no {field}.</source>
            <translation>Le fichier n'a pas de {field}.</translation>
        </message>
        <message>
            <source>The file holds a single value, not the data it should hold: it {problem}</source>
            <translation>Le fichier ne contient qu'une seule valeur, pas les données qu'il devrait contenir : {problem}</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The file is not a sealed signing key of Channel Diligence.</source>
            <translation>Le fichier n'est pas une clé de signature chiffrée de Channel Diligence.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: it is not UTF-8 text (the byte at position {position} is not part of any character). Save it as UTF-8 and try again.</source>
            <translation>Le fichier n'est pas du JSON valide : ce n'est pas du texte UTF-8 (l'octet à la position {position} ne fait partie d'aucun caractère). Enregistrez-le en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {error}.</source>
            <translation>Le fichier n'est pas du JSON valide : {error}.</translation>
        </message>
        <message>
            <source>The file is version {found}; this app reads version {expected}. Update the app to read it.</source>
            <translation>Le fichier est en version {found} ; cette application lit la version {expected}. Mettez l'application à jour pour le lire.</translation>
        </message>
        <message>
            <source>The file is {size} bytes long; {what} is a few hundred bytes (at most {limit}). Check that you chose the right file.</source>
            <translation>Le fichier fait {size} octets ; {what} fait quelques centaines d'octets (au plus {limit}). Vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>The file nests its data more than {limit} levels deep; no file this app reads does that. Check that you chose the right file.</source>
            <translation>Le fichier imbrique ses données sur plus de {limit} niveaux ; aucun fichier lu par cette application ne le fait. Vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {error}.</source>
            <translation>Le fichier {file} ne peut pas être lu: {error}.</translation>
        </message>
        <message>
            <source>The file {name} the distributor read was altered after the manifest was made: its SHA-256 differs.</source>
            <translation>Le fichier {name} lu par le distributeur a été modifié après la création du manifeste: son SHA-256 est différent.</translation>
        </message>
        <message>
            <source>The file's algorithm is {found}; only {expected} is used.</source>
            <translation>L'algorithme du fichier est {found} ; seul {expected} est utilisé.</translation>
        </message>
        <message>
            <source>The file's {field} is not a name (longer than {limit} characters, or not printable).</source>
            <translation>Le champ {field} du fichier n'est pas un nom (plus de {limit} caractères, ou non imprimable).</translation>
        </message>
        <message>
            <source>The file's {field} is not valid base64.</source>
            <translation>Le champ {field} du fichier n'est pas du base64 valide.</translation>
        </message>
        <message>
            <source>The file's {field} is {size} bytes long, not {expected}: it is cut short or not one.</source>
            <translation>Le champ {field} du fichier fait {size} octets, pas {expected} : il est tronqué ou n'en est pas un.</translation>
        </message>
        <message>
            <source>The file's {field} must be a name in quotes.</source>
            <translation>Le champ {field} du fichier doit être un nom entre guillemets.</translation>
        </message>
        <message>
            <source>The file's {field} must be base64 text.</source>
            <translation>Le champ {field} du fichier doit être du texte base64.</translation>
        </message>
        <message>
            <source>The files are larger than 20 MB together, more than most mail servers accept: leave some out.</source>
            <translation>Les fichiers dépassent 20 Mo au total, plus que ce qu'acceptent la plupart des serveurs de messagerie: retirez-en quelques-uns.</translation>
        </message>
        <message>
            <source>The first row must hold the column names.</source>
            <translation>La première ligne doit contenir les noms des colonnes.</translation>
        </message>
        <message>
            <source>The first row of {file} separates its column names with {header} but the rows below it use {rows}: nothing was imported. Save or export the file again with one separator.</source>
            <translation>La première ligne de {file} sépare les noms de colonnes par des {header} mais les lignes suivantes utilisent des {rows} : rien n'a été importé. Enregistrez ou exportez à nouveau le fichier avec un seul séparateur.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>The human rights policy has no review date: set its next yearly review.</source>
            <translation>La politique des droits humains n'a pas de date de revue : fixez sa prochaine revue annuelle.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review is due today.</source>
            <translation>La revue annuelle de la politique des droits humains est due aujourd'hui.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review was due on {date} ({days} days ago).</source>
            <translation>La revue annuelle de la politique des droits humains était due le {date} (il y a {days} jours).</translation>
        </message>
        <message>
            <source>The intended use is not written down in the customer's words.</source>
            <translation>L'usage prévu n'est pas noté dans les mots du client.</translation>
        </message>
        <message>
            <source>The key file's fingerprint is {found}, not {expected} as given: it is not the key its owner read out. Nothing was pinned; ask for the right key file.</source>
            <translation>L’empreinte du fichier de clé est {found}, et non {expected} comme indiqué : ce n’est pas la clé que son titulaire a lue. Rien n’a été épinglé ; demandez le bon fichier de clé.</translation>
        </message>
        <message>
            <source>The listed entry changed since it was reviewed on {date} by {who} (then: not the same party, {reason}).</source>
            <translation>L'entrée de la liste a changé depuis son examen le {date} par {who} (alors : pas la même partie, {reason}).</translation>
        </message>
        <message>
            <source>The lists already imported stay in use.</source>
            <translation>Les listes déjà importées restent utilisées.</translation>
        </message>
        <message>
            <source>The mail server {host} does not exist (no such name on the internet). Check its spelling; your provider's help pages name it.</source>
            <translation>Le serveur de messagerie {host} n'existe pas (ce nom est inconnu sur internet). Vérifiez son orthographe; les pages d'aide de votre fournisseur l'indiquent.</translation>
        </message>
        <message>
            <source>The manifest cannot be read ({error}).</source>
            <translation>Le manifeste ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <source>The message is {state}: it cannot be changed now.</source>
            <translation>Le message est {state}: il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>The name is empty or holds only spaces, punctuation or invisible characters: there is nothing to check against the sanctions lists.</source>
            <translation>Le nom est vide ou ne contient que des espaces, de la ponctuation ou des caractères invisibles : il n'y a rien à vérifier dans les listes de sanctions.</translation>
        </message>
        <message>
            <source>The name is {length} characters long, longer than any party's name (at most {limit}): enter the party's name, not a text or a file.</source>
            <translation>Le nom compte {length} caractères, plus que le nom de n'importe quelle partie (au plus {limit}) : saisissez le nom de la partie, pas un texte ni un fichier.</translation>
        </message>
        <message>
            <source>The name of {name} contains characters that reverse the text and can hide what the file really is: rename the file and add it again.</source>
            <translation>Le nom de {name} contient des caractères qui inversent le texte et peuvent masquer la vraie nature du fichier : renommez le fichier et ajoutez-le à nouveau.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>La nouvelle phrase secrète est l'actuelle.</translation>
        </message>
        <message>
            <source>The packet holds a file named {name}, which cannot be written safely: build the packet again.</source>
            <translation>Le paquet contient un fichier nommé {name}, qui ne peut pas être écrit en toute sécurité : construisez à nouveau le paquet.</translation>
        </message>
        <message>
            <source>The packet of {reseller} names no contact e-mail address: enter the address to send the answer to.</source>
            <translation>Le paquet de {reseller} n'indique aucune adresse e-mail de contact : saisissez l'adresse à laquelle envoyer la réponse.</translation>
        </message>
        <message>
            <source>The packet sent has no file {name}.</source>
            <translation>Le dossier envoyé ne contient pas de fichier {name}.</translation>
        </message>
        <message>
            <source>The packet the distributor answered was altered after its manifest was made: the manifest hash in the decision ({answered}…) is not the one of the packet sent ({sent}…).</source>
            <translation>Le dossier auquel le distributeur a répondu a été modifié après la création de son manifeste: l'empreinte du manifeste dans la décision ({answered}…) n'est pas celle du dossier envoyé ({sent}…).</translation>
        </message>
        <message>
            <source>The party has no name to review.</source>
            <translation>La partie n'a pas de nom à examiner.</translation>
        </message>
        <message>
            <source>The passphrase does not open the sealed signing key.</source>
            <translation>La phrase secrète n'ouvre pas la clé de signature chiffrée.</translation>
        </message>
        <message>
            <source>The passphrase of {person} is right but does not open the file of the company's signing key ({file}): it was encrypted with the passphrase {person} had before it was reset.</source>
            <translation>La phrase secrète de {person} est correcte mais n'ouvre pas le fichier de la clé de signature de l'entreprise ({file}) : il a été chiffré avec la phrase secrète que {person} avait avant sa réinitialisation.</translation>
        </message>
        <message>
            <source>The password file {file} cannot be read: {reason}.</source>
            <translation>Le fichier de mot de passe {file} ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <source>The password file {file} is empty.</source>
            <translation>Le fichier de mot de passe {file} est vide.</translation>
        </message>
        <message>
            <source>The password file {file} is not text (UTF-8).</source>
            <translation>Le fichier de mot de passe {file} n’est pas du texte (UTF-8).</translation>
        </message>
        <message>
            <source>The password file {file} is too large to hold a password.</source>
            <translation>Le fichier de mot de passe {file} est trop grand pour contenir un mot de passe.</translation>
        </message>
        <message>
            <source>The password would travel unencrypted: choose STARTTLS or SSL for a server that needs a login.</source>
            <translation>Le mot de passe circulerait en clair: choisissez STARTTLS ou SSL pour un serveur qui demande une connexion.</translation>
        </message>
        <message>
            <source>The permission for this app to send e-mail as {address} was withdrawn at {provider}. Sign in to {provider} again in Settings &gt; E-mail and allow sending; the messages stay in the outbox.</source>
            <translation>L'autorisation de cette application d'envoyer des e-mails en tant que {address} a été retirée chez {provider}. Reconnectez-vous à {provider} dans Paramètres &gt; E-mail et autorisez l'envoi ; les messages restent dans la boîte d'envoi.</translation>
        </message>
        <message>
            <source>The policy template is missing from the installation.</source>
            <translation>Le modèle de politique est absent de l'installation.</translation>
        </message>
        <message>
            <source>The port is a number, e.g. 587.</source>
            <translation>Le port est un nombre, par exemple 587.</translation>
        </message>
        <message>
            <source>The port must be between {low} and {high}.</source>
            <translation>Le port doit être compris entre {low} et {high}.</translation>
        </message>
        <message>
            <source>The public key is not an Ed25519 key.</source>
            <translation>La clé publique n'est pas une clé Ed25519.</translation>
        </message>
        <message>
            <source>The reason is {count} characters long: say why in at most {limit}.</source>
            <translation>Le motif compte {count} caractères : donnez-le en {limit} au plus.</translation>
        </message>
        <message>
            <source>The reference is too long (100 characters).</source>
            <translation>La référence est trop longue (100 caractères au maximum).</translation>
        </message>
        <message>
            <source>The request for approval by {who} was not approved: the order changed after it was asked.</source>
            <translation>La demande d'approbation de {who} n'a pas été approuvée : la commande a changé après la demande.</translation>
        </message>
        <message>
            <source>The request for order {reference} is stale: the order changed after approval was asked. Ask for approval again.</source>
            <translation>La demande pour la commande {reference} est périmée : la commande a changé après la demande d'approbation. Demandez l'approbation à nouveau.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already approved by {person}.</source>
            <translation>La demande pour la commande {reference} a déjà été approuvée par {person}.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already sent back by {person}.</source>
            <translation>La demande pour la commande {reference} a déjà été renvoyée par {person}.</translation>
        </message>
        <message>
            <source>The review date {date} is in the past: choose a date from today on, usually one year after approval.</source>
            <translation>La date de révision {date} est dans le passé: choisissez une date à partir d'aujourd'hui, en général un an après l'approbation.</translation>
        </message>
        <message>
            <source>The sanctions lists hold too many distinct words for the name index; import fewer lists.</source>
            <translation>Les listes de sanctions contiennent trop de mots différents pour l'index des noms ; importez moins de listes.</translation>
        </message>
        <message>
            <source>The sealed signing key is damaged: some of its fields are missing or wrong.</source>
            <translation>La clé de signature chiffrée est endommagée : certains de ses champs manquent ou sont erronés.</translation>
        </message>
        <message>
            <source>The sealed signing key is of version {version}, which this version of the app cannot open.</source>
            <translation>La clé de signature chiffrée est de la version {version}, que cette version de l'application ne peut pas ouvrir.</translation>
        </message>
        <message>
            <source>The secure connection to {host} failed. Check the security setting: port 465 goes with SSL, port 587 with STARTTLS.</source>
            <translation>La connexion sécurisée à {host} a échoué. Vérifiez la sécurité: le port 465 va avec SSL, le port 587 avec STARTTLS.</translation>
        </message>
        <message>
            <source>The server's certificate is made out to another name than {host}. Use the exact server name your provider gives (often the certificate's name).</source>
            <translation>Le certificat du serveur est établi pour un autre nom que {host}. Utilisez le nom exact du serveur donné par votre fournisseur (souvent celui du certificat).</translation>
        </message>
        <message>
            <source>The server's certificate is self-signed, so the app cannot tell it is really {host}. Use your provider's official server name, or ask your IT person to install a proper certificate.</source>
            <translation>Le certificat du serveur est auto-signé: l'application ne peut pas savoir s'il s'agit vraiment de {host}. Utilisez le nom officiel du serveur de votre fournisseur ou demandez à votre informaticien d'installer un vrai certificat.</translation>
        </message>
        <message>
            <source>The signature cannot be read: {reason}</source>
            <translation>La signature est illisible : {reason}</translation>
        </message>
        <message>
            <source>The signature file is for {purpose}, which this app does not sign.</source>
            <translation>Le fichier de signature concerne {purpose}, que cette application ne signe pas.</translation>
        </message>
        <message>
            <source>The signature file's key_fingerprint is not a fingerprint.</source>
            <translation>Le key_fingerprint du fichier de signature n'est pas une empreinte.</translation>
        </message>
        <message>
            <source>The signature file's signed_sha256 is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>Le signed_sha256 du fichier de signature n'est pas un SHA-256 (64 chiffres hexadécimaux en minuscules).</translation>
        </message>
        <message>
            <source>The signature is wrong: it was not made with {owner}'s key (fingerprint {ours}), or it was changed.</source>
            <translation>La signature est fausse : elle n'a pas été faite avec la clé de {owner} (empreinte {ours}), ou elle a été modifiée.</translation>
        </message>
        <message>
            <source>The signature was made for something else ({purpose}).</source>
            <translation>La signature a été faite pour autre chose ({purpose}).</translation>
        </message>
        <message>
            <source>The signature would overwrite the pack itself: choose another file. Nothing was signed.</source>
            <translation>La signature écraserait le jeu lui-même : choisissez un autre fichier. Rien n’a été signé.</translation>
        </message>
        <message>
            <source>The signed head of {when} (event {seq}) holds; {key}.</source>
            <translation>La tête signée le {when} (événement {seq}) est valide ; {key}.</translation>
        </message>
        <message>
            <source>The stored criteria pack cannot be read: {error}</source>
            <translation>Le jeu de critères enregistré ne peut pas être lu: {error}</translation>
        </message>
        <message>
            <source>The {provider} sign-in did not finish ({reason}). Try again.</source>
            <translation>La connexion {provider} n'a pas abouti ({reason}). Réessayez.</translation>
        </message>
        <message>
            <source>The {provider} sign-in service could not be reached ({reason}). Nothing was sent; the messages stay in the outbox. Check the internet connection and try again.</source>
            <translation>Le service de connexion {provider} est injoignable ({reason}). Rien n'a été envoyé ; les messages restent dans la boîte d'envoi. Vérifiez la connexion internet et réessayez.</translation>
        </message>
        <message>
            <source>There is no answer {answer}.</source>
            <translation>Il n'y a pas de réponse {answer}.</translation>
        </message>
        <message>
            <source>There is no customer number {id}.</source>
            <translation>Il n'y a pas de client numéro {id}.</translation>
        </message>
        <message>
            <source>There is no distributor {name} in the company profile (distributors: {names}). Add it there first, or use its name or number as listed.</source>
            <translation>Il n’y a pas de distributeur {name} dans le profil de l’entreprise (distributeurs : {names}). Ajoutez-le d’abord, ou utilisez son nom ou son numéro tel qu’il est listé.</translation>
        </message>
        <message>
            <source>There is no draft policy: start one in the app (Policy &gt; Human rights policy).</source>
            <translation>Il n'y a pas de projet de politique: commencez-en un dans l'application (Politique &gt; Politique en matière de droits de l'homme).</translation>
        </message>
        <message>
            <source>There is no encrypted file of the company's signing key on this computer ({file}).</source>
            <translation>Il n'y a pas de fichier chiffré de la clé de signature de l'entreprise sur cet ordinateur ({file}).</translation>
        </message>
        <message>
            <source>There is no escalation packet {packet}.</source>
            <translation>Il n'y a pas de dossier d'escalade {packet}.</translation>
        </message>
        <message>
            <source>There is no file or folder {file}.</source>
            <translation>Il n'y a pas de fichier ou de dossier {file}.</translation>
        </message>
        <message>
            <source>There is no file {file}.</source>
            <translation>Le fichier {file} n’existe pas.</translation>
        </message>
        <message>
            <source>There is no follow-up {follow_up}.</source>
            <translation>Il n'y a pas de suivi {follow_up}.</translation>
        </message>
        <message>
            <source>There is no order with the reference {references}.</source>
            <translation>Aucune commande n'a la référence {references}.</translation>
        </message>
        <message>
            <source>There is no outbox message {message}.</source>
            <translation>Il n'y a pas de message {message} dans la boîte d'envoi.</translation>
        </message>
        <message>
            <source>There is no packet {packet}.</source>
            <translation>Il n'y a pas de dossier {packet}.</translation>
        </message>
        <message>
            <source>There is no person number {id}.</source>
            <translation>Il n'existe pas de personne numéro {id}.</translation>
        </message>
        <message>
            <source>There is no request for approval number {id}.</source>
            <translation>Il n'y a pas de demande d'approbation numéro {id}.</translation>
        </message>
        <message>
            <source>There must always be an active administrator: give someone else the role administrator first. Nothing was changed.</source>
            <translation>Il doit toujours y avoir un administrateur actif : donnez d'abord le rôle administrateur à une autre personne. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>There must always be an active approver for the orders that need the senior approver: give someone else the role approver first. Nothing was changed.</source>
            <translation>Il doit toujours y avoir un approbateur actif pour les commandes qui exigent l'approbateur : donnez d'abord le rôle approbateur à une autre personne. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the sign-in cannot be kept. Use a password instead.</source>
            <translation>Cet ordinateur n'a pas de trousseau de mots de passe (keyring) utilisable par l'application : la connexion ne peut pas être conservée. Utilisez plutôt un mot de passe.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use: the SMTP password cannot be kept, so the app asks for it each time it sends.</source>
            <translation>Cet ordinateur n'a pas de trousseau de mots de passe (keyring) utilisable par l'application: le mot de passe SMTP ne peut pas être conservé, l'application le demande donc à chaque envoi.</translation>
        </message>
        <message>
            <source>This computer has no system keyring (password store), where the company's signing key is kept, so nothing can be signed here. Use the app on a computer with a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</source>
            <translation>Cet ordinateur n'a pas de trousseau système (gestionnaire de mots de passe), où est gardée la clé de signature de l'entreprise : rien ne peut être signé ici. Utilisez l'application sur un ordinateur avec un trousseau (Gestionnaire d'identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet sous Linux).</translation>
        </message>
        <message>
            <source>This computer has no system keyring: the company's signing key is made now, in a file encrypted with the passphrase of {person}, the administrator: give it to sign.</source>
            <translation>Cet ordinateur n'a pas de trousseau système : la clé de signature de l'entreprise est créée maintenant, dans un fichier chiffré avec la phrase secrète de {person}, l'administrateur : saisissez-la pour signer.</translation>
        </message>
        <message>
            <source>This customer is no longer in the catalog.</source>
            <translation>Ce client ne figure plus dans le catalogue.</translation>
        </message>
        <message>
            <source>This database has no company signing key, so {file} cannot be checked against it.</source>
            <translation>Cette base de données n'a pas de clé de signature de l'entreprise : {file} ne peut donc pas être vérifié avec elle.</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server: backing it up and restoring it is the database administrator's job (for example with pg_dump). The app backs up SQLite databases only.</source>
            <translation>Cette base de données est sur un serveur PostgreSQL: sa sauvegarde et sa restauration relèvent de l'administrateur de la base de données (par exemple avec pg_dump). L'application ne sauvegarde que les bases de données SQLite.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver, and none is set up: add one in the company profile first.</source>
            <translation>Cette décision doit être approuvée par l'approbateur, et aucun n'est configuré: ajoutez-en un d'abord dans le profil de l'entreprise.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver: choose the approver, and let them type their own passphrase.</source>
            <translation>Cette décision nécessite l'approbateur au plus haut niveau : choisissez-le et laissez-le saisir sa propre phrase secrète.</translation>
        </message>
        <message>
            <source>This desk has no signing key yet. Make it first with reseller-app distributor keygen --name "YOUR COMPANY" and send its public-key file to your resellers.</source>
            <translation>Ce poste n’a pas encore de clé de signature. Créez-la d’abord avec reseller-app distributor keygen --name "VOTRE ENTREPRISE" et envoyez son fichier de clé publique à vos revendeurs.</translation>
        </message>
        <message>
            <source>This distributor is no longer in the company profile.</source>
            <translation>Ce distributeur ne figure plus dans le profil de l'entreprise.</translation>
        </message>
        <message>
            <source>This e-mail comes once a day while something is due. It is turned on and off, and its recipients chosen, in {app}: Settings, Daily digest.</source>
            <translation>Cet e-mail arrive une fois par jour tant que quelque chose est dû. Il s'active et se désactive, et ses destinataires se choisissent, dans {app} : Paramètres, Résumé quotidien.</translation>
        </message>
        <message>
            <source>This follow-up was done on {date}.</source>
            <translation>Ce suivi a été effectué le {date}.</translation>
        </message>
        <message>
            <source>This is an older version ({version}) than the pack in use ({active}). It will be kept but not put into use. To use it anyway, choose it among the packs kept in this database and review it.</source>
            <translation>Cette version ({version}) est plus ancienne que celle du jeu utilisé ({active}). Ce jeu sera conservé, mais pas utilisé. Pour l'utiliser malgré tout, choisissez-le parmi les jeux conservés dans cette base de données et revoyez-le.</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence chain head (its format is {found}, not {expected}).</source>
            <translation>Ce n'est pas une tête de chaîne Channel Diligence (son format est {found}, pas {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence public-key file (its format is {found}, not {expected}).</source>
            <translation>Ce n'est pas un fichier de clé publique Channel Diligence (son format est {found}, pas {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence signature file (its format is {found}, not {expected}).</source>
            <translation>Ce n'est pas un fichier de signature Channel Diligence (son format est {found}, pas {expected}).</translation>
        </message>
        <message>
            <source>This is not a distributor decision file (format must be '{expected}', found {found}).</source>
            <translation>Ce n'est pas un fichier de décision de distributeur (le format doit être « {expected} », trouvé: {found}).</translation>
        </message>
        <message>
            <source>This is {length} characters long; the limit is {limit}. Please shorten it.</source>
            <translation>Ce texte compte {length} caractères; la limite est de {limit}. Veuillez le raccourcir.</translation>
        </message>
        <message>
            <source>This key (fingerprint {fingerprint}) is already pinned for {other}: one key cannot speak for two. Nothing was pinned.</source>
            <translation>Cette clé (empreinte {fingerprint}) est déjà épinglée pour {other} : une clé ne peut pas parler pour deux. Rien n’a été épinglé.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined, there is nothing to escalate. Report it as misuse instead.</source>
            <translation>Cette commande concerne un usage interdit: elle ne peut qu'être refusée, il n'y a rien à transmettre au distributeur. Signalez-la plutôt comme utilisation abusive.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined. To tell the distributor, report it as misuse.</source>
            <translation>Cette commande concerne un usage interdit: elle ne peut qu'être refusée. Pour en informer le distributeur, signalez-la comme utilisation abusive.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: nobody can approve it, the only possible decision is to decline.</source>
            <translation>Cette commande concerne un usage interdit: personne ne peut l'approuver, la seule décision possible est de la refuser.</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Cette commande n'existe plus.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed and in use: there is nothing to import.</source>
            <translation>Ce jeu ({pack} {version}) est déjà installé et utilisé: il n'y a rien à importer.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed. Importing it again puts it back into use.</source>
            <translation>Ce jeu ({pack} {version}) est déjà installé. L'importer à nouveau le remet en service.</translation>
        </message>
        <message>
            <source>This packet is already in the outbox to {to}.</source>
            <translation>Ce dossier est déjà dans la boîte d'envoi pour {to}.</translation>
        </message>
        <message>
            <source>This packet was sent to {to}.</source>
            <translation>Ce dossier a été envoyé à {to}.</translation>
        </message>
        <message>
            <source>This request asks {person} for approval, not {approver}.</source>
            <translation>Cette demande sollicite l'approbation de {person}, pas de {approver}.</translation>
        </message>
        <message>
            <source>This was the sales-assisted review of a self-service order.</source>
            <translation>Il s'agissait de l'examen en vente assistée d'une commande en libre-service.</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Liste des sanctions du Royaume-Uni</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Liste récapitulative du Conseil de sécurité de l'ONU</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Unknown fields in the mapping: {fields}.</source>
            <translation>Champs inconnus dans l'association des colonnes: {fields}.</translation>
        </message>
        <message>
            <source>Unknown safeguard: {safeguard}.</source>
            <translation>Garantie inconnue: {safeguard}.</translation>
        </message>
        <message>
            <source>Unrecognised event: {action} ({details}).</source>
            <translation>Événement non reconnu : {action} ({details}).</translation>
        </message>
        <message>
            <source>Unrecognised event: {action}.</source>
            <translation>Événement non reconnu : {action}.</translation>
        </message>
        <message>
            <source>Until then, with two-step verification on, an app password works instead of your usual password.</source>
            <translation>En attendant, avec la validation en deux étapes activée, un mot de passe d'application remplace votre mot de passe habituel.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR.</source>
            <translation>Utilisez un code de devise à trois lettres, par exemple EUR.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Cas d'usage</translation>
        </message>
        <message>
            <source>Use cases tagged</source>
            <translation>Cas d'usage cochés</translation>
        </message>
        <message>
            <source>Use the https:// address: a list fetched over plain http could have been changed on its way.</source>
            <translation>Utilisez l'adresse https:// : une liste téléchargée en http non chiffré pourrait avoir été modifiée en chemin.</translation>
        </message>
        <message>
            <source>Use-case tags</source>
            <translation>Étiquettes de cas d'usage</translation>
        </message>
        <message>
            <source>Version {number} of the policy was adopted and can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>La version {number} de la politique a été adoptée et ne peut plus être modifiée. Modifiez la politique pour créer un nouveau projet à partir de celle-ci.</translation>
        </message>
        <message>
            <source>Version {number} of the policy was approved on {date} and adopted, so it can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>La version {number} de la politique a été approuvée le {date} et adoptée: elle ne peut donc plus être modifiée. Modifiez la politique pour créer un nouveau projet à partir de celle-ci.</translation>
        </message>
        <message>
            <source>Waiting ({count}):</source>
            <translation>En attente ({count}) :</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Expressions d'alerte</translation>
        </message>
        <message>
            <source>Warnings added: {added}; removed: {removed}.</source>
            <translation>Alertes ajoutées: {added}; retirées: {removed}.</translation>
        </message>
        <message>
            <source>What is waiting in {app} on {day}</source>
            <translation>Ce qui attend dans {app} le {day}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Quand les commandes sont suspendues</translation>
        </message>
        <message>
            <source>With two-step verification on, use an app-specific password.</source>
            <translation>Avec la validation en deux étapes activée, utilisez un mot de passe propre à l'application.</translation>
        </message>
        <message>
            <source>Write down the distributor's conditions, one per line.</source>
            <translation>Écrivez les conditions du distributeur, une par ligne.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}, {count} times in a row: {person} is locked until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>Phrase secrète incorrecte pour {person}, {count} fois de suite : {person} est bloqué(e) jusqu'à {time}. Réessayez à ce moment-là ou demandez à un administrateur de réinitialiser la phrase secrète.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}. Tries left before a lock of {minutes} minutes: {count}.</source>
            <translation>Phrase secrète incorrecte pour {person}. Essais restants avant un blocage de {minutes} minutes : {count}.</translation>
        </message>
        <message>
            <source>Your own passphrase is changed with your current one, not reset: a reset is for another person's passphrase.</source>
            <translation>Votre propre phrase secrète se change avec l'actuelle, elle ne se réinitialise pas : la réinitialisation concerne la phrase secrète d'une autre personne.</translation>
        </message>
        <message>
            <source>a decision on order {name} has no audit event</source>
            <translation>une décision sur la commande {name} n'a aucun événement d'audit</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>un fichier</translation>
        </message>
        <message>
            <source>a packet about order {name} has no audit event</source>
            <translation>un dossier concernant la commande {name} n'a aucun événement d'audit</translation>
        </message>
        <message>
            <source>a person</source>
            <translation>une personne</translation>
        </message>
        <message>
            <source>a prohibited use</source>
            <translation>usage interdit</translation>
        </message>
        <message>
            <source>a public-key file</source>
            <translation>un fichier de clé publique</translation>
        </message>
        <message>
            <source>a record that the adopted policy was sent or shown to staff or partners</source>
            <translation>une trace de l'envoi ou de la présentation de la politique adoptée au personnel ou aux partenaires</translation>
        </message>
        <message>
            <source>a signature file</source>
            <translation>un fichier de signature</translation>
        </message>
        <message>
            <source>a signed chain head</source>
            <translation>une tête de chaîne signée</translation>
        </message>
        <message>
            <source>a vessel</source>
            <translation>un navire</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <source>an aircraft</source>
            <translation>un aéronef</translation>
        </message>
        <message>
            <source>an order must be a JSON object</source>
            <translation>une commande doit être un objet JSON</translation>
        </message>
        <message>
            <source>an organisation</source>
            <translation>une organisation</translation>
        </message>
        <message>
            <source>another distributor</source>
            <translation>un autre distributeur</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>un autre programme est en train d'écrire dans la base de données</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approuvée</translation>
        </message>
        <message>
            <source>approved the order</source>
            <translation>a approuvé la commande</translation>
        </message>
        <message>
            <source>approved the order with conditions</source>
            <translation>a approuvé la commande sous conditions</translation>
        </message>
        <message>
            <source>approved to proceed</source>
            <translation>acceptée</translation>
        </message>
        <message>
            <source>approved with conditions</source>
            <translation>approuvée sous conditions</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>approbateur</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>à {time}</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloquée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is in this computer's keyring</source>
            <translation>vérifiée avec la clé de l'entreprise, empreinte {fingerprint}, dont la moitié privée est dans le trousseau de cet ordinateur</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is on this computer in a file encrypted with the administrator's passphrase</source>
            <translation>vérifié avec la clé de l'entreprise, empreinte {fingerprint}, dont la moitié privée est sur cet ordinateur dans un fichier chiffré avec la phrase secrète de l'administrateur</translation>
        </message>
        <message>
            <source>checked with the key the database names, fingerprint {fingerprint}, whose private half is not on this computer: compare it with the fingerprint you gave your distributor</source>
            <translation>vérifiée avec la clé indiquée par la base de données, empreinte {fingerprint}, dont la moitié privée n'est pas sur cet ordinateur : comparez-la avec l'empreinte donnée à votre distributeur</translation>
        </message>
        <message>
            <source>cleared to proceed</source>
            <translation>autorisée</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>virgules</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>destinataire</translation>
        </message>
        <message>
            <source>consignee country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>le pays du destinataire « {value} » n'est ni un code de pays comme DE ni un nom de pays comme Allemagne</translation>
        </message>
        <message>
            <source>criteria pack {name}</source>
            <translation>le pack de critères {name}</translation>
        </message>
        <message>
            <source>criteria pack {name} has no audit event</source>
            <translation>le jeu de critères {name} n'a aucun événement d'audit</translation>
        </message>
        <message>
            <source>criteria pack {name} was changed after it was imported: its content no longer matches its SHA-256</source>
            <translation>le pack de critères {name} a été modifié après son importation : son contenu ne correspond plus à son SHA-256</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>client</translation>
        </message>
        <message>
            <source>customer country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>le pays du client « {value} » n'est ni un code de pays tel que DE ni un nom de pays tel que Germany</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>date '{text}' can be read as day first or as month first: choose the date order of the file</source>
            <translation>la date '{text}' peut se lire jour d'abord ou mois d'abord : choisissez l'ordre des dates du fichier</translation>
        </message>
        <message>
            <source>date '{text}' is not a date like 2026-11-25, 25.11.2026 or 2026-11-25 16:36:00 +0100</source>
            <translation>la date '{text}' n'est pas une date comme 2026-11-25, 25.11.2026 ou 2026-11-25 16:36:00 +0100</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>décision</translation>
        </message>
        <message>
            <source>decision {id} of order {name}</source>
            <translation>la décision {id} de la commande {name}</translation>
        </message>
        <message>
            <source>decline</source>
            <translation>refuser</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>destination</source>
            <translation>destination</translation>
        </message>
        <message>
            <source>destination country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>le pays de destination « {value} » n'est ni un code de pays tel que DE ni un nom de pays tel que Germany</translation>
        </message>
        <message>
            <source>distributor's answer</source>
            <translation>réponse du distributeur</translation>
        </message>
        <message>
            <source>does not have the form this field needs</source>
            <translation>n'a pas la forme requise pour ce champ</translation>
        </message>
        <message>
            <source>elevated</source>
            <translation>accru</translation>
        </message>
        <message>
            <source>elevated risk</source>
            <translation>risque accru</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>utilisateur final</translation>
        </message>
        <message>
            <source>end user country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>le pays de l'utilisateur final « {value} » n'est ni un code de pays tel que DE ni un nom de pays tel que Germany</translation>
        </message>
        <message>
            <source>escalate to the distributor</source>
            <translation>transmettre au distributeur</translation>
        </message>
        <message>
            <source>escalated to the distributor</source>
            <translation>transmise au distributeur</translation>
        </message>
        <message>
            <source>event {missing} is missing (the next one is {found})</source>
            <translation>l'événement {missing} manque (le suivant est {found})</translation>
        </message>
        <message>
            <source>events after {last} were deleted: the head signed on {when} names event {seq}</source>
            <translation>des événements après le {last} ont été supprimés : la tête signée le {when} nomme l'événement {seq}</translation>
        </message>
        <message>
            <source>every tag must be a text, such as 'public_space_surveillance'</source>
            <translation>chaque étiquette doit être un texte, par exemple « public_space_surveillance »</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>en échec</translation>
        </message>
        <message>
            <source>has more than {limit} items</source>
            <translation>a plus de {limit} éléments</translation>
        </message>
        <message>
            <source>high</source>
            <translation>élevé</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>risque élevé</translation>
        </message>
        <message>
            <source>holds a NUL character (\u0000), which is not text.</source>
            <translation>contient un caractère NUL (\u0000), qui n'est pas du texte.</translation>
        </message>
        <message>
            <source>holds half of a character (a lone \uD800-\uDFFF escape), which is not text.</source>
            <translation>contient une moitié de caractère (un échappement \uD800-\uDFFF isolé), qui n'est pas du texte.</translation>
        </message>
        <message>
            <source>how distributors, vendors and customers are told about it</source>
            <translation>comment les distributeurs, les fabricants et les clients en sont informés</translation>
        </message>
        <message>
            <source>how orders are checked before they are confirmed</source>
            <translation>comment les commandes sont vérifiées avant d'être confirmées</translation>
        </message>
        <message>
            <source>how your staff are told about it</source>
            <translation>comment votre personnel en est informé</translation>
        </message>
        <message>
            <source>import batch {id}</source>
            <translation>l'import {id}</translation>
        </message>
        <message>
            <source>intended use</source>
            <translation>usage prévu</translation>
        </message>
        <message>
            <source>is a number of {digits} digits; numbers of more than {limit} digits are not read.</source>
            <translation>est un nombre de {digits} chiffres ; les nombres de plus de {limit} chiffres ne sont pas lus.</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>est vide.</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>is longer than {limit} characters.</source>
            <translation>dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>est manquant</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>est absent.</translation>
        </message>
        <message>
            <source>is not a field of a decision file (v1).</source>
            <translation>n'est pas un champ d'un fichier de décision (v1).</translation>
        </message>
        <message>
            <source>is not a field of this file</source>
            <translation>n'est pas un champ de ce fichier</translation>
        </message>
        <message>
            <source>is not a packet id (a UUID such as 2f1c...-...).</source>
            <translation>n'est pas un identifiant de dossier (un UUID tel que 2f1c...-...).</translation>
        </message>
        <message>
            <source>it does not link to the event before it</source>
            <translation>il n'est pas chaîné à l'événement précédent</translation>
        </message>
        <message>
            <source>its content does not match its hash</source>
            <translation>son contenu ne correspond pas à son empreinte</translation>
        </message>
        <message>
            <source>its details are not readable</source>
            <translation>ses détails sont illisibles</translation>
        </message>
        <message>
            <source>left out because another row of order {reference} is bad</source>
            <translation>ignorée parce qu'une autre ligne de la commande {reference} est incorrecte</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>low risk</source>
            <translation>risque faible</translation>
        </message>
        <message>
            <source>may hold only lower-case letters a-z, digits and '_'</source>
            <translation>ne peut contenir que des lettres minuscules a-z, des chiffres et '_'</translation>
        </message>
        <message>
            <source>must be a SHA-256 (64 hexadecimal digits).</source>
            <translation>doit être un SHA-256 (64 chiffres hexadécimaux).</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD).</source>
            <translation>doit être une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>must be a date written YYYY-MM-DD, such as 2026-11-02</source>
            <translation>doit être une date écrite AAAA-MM-JJ, par exemple 2026-11-02</translation>
        </message>
        <message>
            <source>must be a group of named fields in braces, such as {example}</source>
            <translation>doit être un groupe de champs nommés entre accolades, par exemple {example}</translation>
        </message>
        <message>
            <source>must be a list in square brackets, such as {example}</source>
            <translation>doit être une liste entre crochets, par exemple {example}</translation>
        </message>
        <message>
            <source>must be a list of tags, or one text of tags separated by ';'</source>
            <translation>doit être une liste d'étiquettes, ou un seul texte d'étiquettes séparées par « ; »</translation>
        </message>
        <message>
            <source>must be a list of texts.</source>
            <translation>doit être une liste de textes.</translation>
        </message>
        <message>
            <source>must be a list of {fields}.</source>
            <translation>doit être une liste de {fields}.</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>doit être un nombre</translation>
        </message>
        <message>
            <source>must be a number such as 310 or 310.50</source>
            <translation>doit être un nombre, par exemple 310 ou 310.50</translation>
        </message>
        <message>
            <source>must be a whole number greater than zero</source>
            <translation>doit être un nombre entier supérieur à zéro</translation>
        </message>
        <message>
            <source>must be a whole number such as 40, written without quotes or a decimal point</source>
            <translation>doit être un nombre entier, par exemple 40, écrit sans guillemets ni point décimal</translation>
        </message>
        <message>
            <source>must be an ISO 3166-1 alpha-2 code such as 'DE'</source>
            <translation>doit être un code ISO 3166-1 alpha-2 tel que « DE »</translation>
        </message>
        <message>
            <source>must be at least {limit}</source>
            <translation>doit être au moins {limit}</translation>
        </message>
        <message>
            <source>must be less than {limit}</source>
            <translation>doit être inférieur à {limit}</translation>
        </message>
        <message>
            <source>must be more than {limit}</source>
            <translation>doit être supérieur à {limit}</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>doit être l'une des valeurs {choices}</translation>
        </message>
        <message>
            <source>must be one of {choices} (found {found}).</source>
            <translation>doit être l'une des valeurs {choices} (trouvé: {found}).</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>doit être un texte entre guillemets</translation>
        </message>
        <message>
            <source>must be text.</source>
            <translation>doit être du texte.</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit être true ou false</translation>
        </message>
        <message>
            <source>must be {fields}.</source>
            <translation>doit être {fields}.</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <source>must not be more than {limit}</source>
            <translation>ne doit pas dépasser {limit}</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>ne doit pas être négatif</translation>
        </message>
        <message>
            <source>must not contain a line break, a tab or another invisible control character</source>
            <translation>ne doit contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle invisible</translation>
        </message>
        <message>
            <source>no EU reference number</source>
            <translation>sans numéro de référence UE</translation>
        </message>
        <message>
            <source>no reference number</source>
            <translation>sans numéro de référence</translation>
        </message>
        <message>
            <source>no sanctions result changed</source>
            <translation>aucun résultat de sanctions n'a changé</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>of an unknown kind</source>
            <translation>d'un type inconnu</translation>
        </message>
        <message>
            <source>on hold for a decision</source>
            <translation>suspendue jusqu'à une décision</translation>
        </message>
        <message>
            <source>on {date} at {time}</source>
            <translation>le {date} à {time}</translation>
        </message>
        <message>
            <source>order</source>
            <translation>commande</translation>
        </message>
        <message>
            <source>order {name}</source>
            <translation>la commande {name}</translation>
        </message>
        <message>
            <source>order {name} has no audit event</source>
            <translation>la commande {name} n'a aucun événement d'audit</translation>
        </message>
        <message>
            <source>order {reference} already exists with other content: change its reference in the file, or edit the order in the app</source>
            <translation>la commande {reference} existe déjà avec un autre contenu: changez sa référence dans le fichier ou modifiez la commande dans l'application</translation>
        </message>
        <message>
            <source>order {reference}: the consignee differs from row {row}</source>
            <translation>commande {reference} : le destinataire diffère de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the currency differs from row {row}</source>
            <translation>commande {reference}: la devise diffère de celle de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the customer differs from row {row}</source>
            <translation>commande {reference}: le client diffère de celui de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the destination country differs from row {row}</source>
            <translation>commande {reference}: le pays de destination diffère de celui de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the end user differs from row {row}</source>
            <translation>commande {reference}: l'utilisateur final diffère de celui de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the intended use differs from row {row}</source>
            <translation>commande {reference}: l'usage prévu diffère de celui de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the order date differs from row {row}</source>
            <translation>commande {reference}: la date de commande diffère de celle de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the sales model differs from row {row}</source>
            <translation>commande {reference}: le mode de vente diffère de celui de la ligne {row}</translation>
        </message>
        <message>
            <source>order {reference}: the use-case tags differ from row {row}</source>
            <translation>commande {reference}: les étiquettes de cas d'usage diffèrent de celles de la ligne {row}</translation>
        </message>
        <message>
            <source>packet {name}</source>
            <translation>le dossier {name}</translation>
        </message>
        <message>
            <source>packet {name} has no audit event</source>
            <translation>le dossier {name} n'a aucun événement d'audit</translation>
        </message>
        <message>
            <source>person {name}</source>
            <translation>la personne {name}</translation>
        </message>
        <message>
            <source>policy template, {where}: {problem}</source>
            <translation>modèle de politique, {where}: {problem}</translation>
        </message>
        <message>
            <source>policy version {number}</source>
            <translation>la version {number} de la politique</translation>
        </message>
        <message>
            <source>proceed</source>
            <translation>accepter</translation>
        </message>
        <message>
            <source>proceed with conditions</source>
            <translation>accepter sous conditions</translation>
        </message>
        <message>
            <source>products</source>
            <translation>produits</translation>
        </message>
        <message>
            <source>prohibited</source>
            <translation>interdit</translation>
        </message>
        <message>
            <source>quantity '{quantity}' is not a whole number</source>
            <translation>la quantité « {quantity} » n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>quantity {quantity} is more than {limit}, the most one order line can hold</source>
            <translation>la quantité {quantity} dépasse {limit}, le maximum pour une ligne de commande</translation>
        </message>
        <message>
            <source>quantity {quantity} must be greater than zero</source>
            <translation>la quantité {quantity} doit être supérieure à zéro</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en file d'attente</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejetée</translation>
        </message>
        <message>
            <source>rejected the order</source>
            <translation>a rejeté la commande</translation>
        </message>
        <message>
            <source>review {id} of a possible sanctions match</source>
            <translation>examen {id} d'une correspondance possible avec les sanctions</translation>
        </message>
        <message>
            <source>sales model</source>
            <translation>mode de vente</translation>
        </message>
        <message>
            <source>sales model '{value}' is not 'assisted' or 'self_service'</source>
            <translation>le mode de vente « {value} » n'est ni « assisted » ni « self_service »</translation>
        </message>
        <message>
            <source>sanctionEntity number {number} ({reference})</source>
            <translation>sanctionEntity numéro {number} ({reference})</translation>
        </message>
        <message>
            <source>sanctions check {id} of a party</source>
            <translation>vérification de sanctions {id} d'une partie</translation>
        </message>
        <message>
            <source>sanctions list version {id} ({name})</source>
            <translation>version {id} de la liste de sanctions ({name})</translation>
        </message>
        <message>
            <source>screening</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>screening {id} of order {name}</source>
            <translation>l'évaluation {id} de la commande {name}</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>points-virgules</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>en cours d'envoi</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>someone at another desk</source>
            <translation>quelqu'un à un autre poste</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personnel</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>standard</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabulations</translation>
        </message>
        <message>
            <source>the approver's job title</source>
            <translation>la fonction de l'approbateur</translation>
        </message>
        <message>
            <source>the chain was rewritten: event {seq} no longer has the hash signed on {when}</source>
            <translation>la chaîne a été réécrite : l'événement {seq} n'a plus le hachage signé le {when}</translation>
        </message>
        <message>
            <source>the company's key is gone from the database, so the signed heads cannot be checked (the newest names event {seq})</source>
            <translation>la clé de l'entreprise a disparu de la base de données : les têtes signées ne peuvent donc pas être vérifiées (la plus récente nomme l'événement {seq})</translation>
        </message>
        <message>
            <source>the consignee</source>
            <translation>le destinataire</translation>
        </message>
        <message>
            <source>the customer</source>
            <translation>le client</translation>
        </message>
        <message>
            <source>the database is damaged</source>
            <translation>la base de données est endommagée</translation>
        </message>
        <message>
            <source>the database is read-only</source>
            <translation>la base de données est en lecture seule</translation>
        </message>
        <message>
            <source>the date it was approved</source>
            <translation>la date d'approbation</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the distributor</source>
            <translation>le distributeur</translation>
        </message>
        <message>
            <source>the distributor's answer {id} on order {name}</source>
            <translation>la réponse {id} du distributeur sur la commande {name}</translation>
        </message>
        <message>
            <source>the drive could not be read or written</source>
            <translation>le disque n'a pas pu être lu ou écrit</translation>
        </message>
        <message>
            <source>the end user</source>
            <translation>l'utilisateur final</translation>
        </message>
        <message>
            <source>the event saying the chain's head is signed is missing, though signed heads are stored (the oldest names event {seq}): events were deleted</source>
            <translation>l'événement indiquant que la tête de la chaîne est signée manque, alors que des têtes signées sont enregistrées (la plus ancienne nomme l'événement {seq}) : des événements ont été supprimés</translation>
        </message>
        <message>
            <source>the head signed on {when} (event {seq}) holds</source>
            <translation>la tête signée le {when} (événement {seq}) est valide</translation>
        </message>
        <message>
            <source>the name of the senior person who approves it (owner, managing director or board)</source>
            <translation>le nom du membre de la direction qui l'approuve (propriétaire, dirigeant ou conseil d'administration)</translation>
        </message>
        <message>
            <source>the order reference '{reference}' holds {separators}: the row is probably separated otherwise than the first row</source>
            <translation>la référence de commande '{reference}' contient des {separators} : la ligne est probablement séparée autrement que la première ligne</translation>
        </message>
        <message>
            <source>the order reference is empty</source>
            <translation>la référence de la commande est vide</translation>
        </message>
        <message>
            <source>the order reference must not contain a line break, a tab or another invisible control character</source>
            <translation>la référence de la commande ne doit contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle invisible</translation>
        </message>
        <message>
            <source>the policy template is not valid JSON: {error}</source>
            <translation>le modèle de politique n'est pas un JSON valide: {error}</translation>
        </message>
        <message>
            <source>the record hashes of event {seq} were changed</source>
            <translation>les empreintes des enregistrements de l'événement {seq} ont été modifiées</translation>
        </message>
        <message>
            <source>the records of this database were never sealed with their hashes: open it once where it can be saved</source>
            <translation>les enregistrements de cette base de données n'ont jamais été scellés avec leurs empreintes : ouvrez-la une fois là où elle peut être enregistrée</translation>
        </message>
        <message>
            <source>the senior approver (set one up in the company profile)</source>
            <translation>l'approbateur (à configurer dans le profil de l'entreprise)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) does not hold: its signature is not the company key's signature of what it says (it was edited or forged)</source>
            <translation>la tête signée le {when} (événement {seq}) n'est pas valide : sa signature n'est pas celle de la clé de l'entreprise sur ce qu'elle dit (elle a été modifiée ou falsifiée)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) names another key (fingerprint {theirs}), not the company's (fingerprint {ours})</source>
            <translation>la tête signée le {when} (événement {seq}) nomme une autre clé (empreinte {theirs}), pas celle de l'entreprise (empreinte {ours})</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but no signed head is stored</source>
            <translation>les têtes signées ont été supprimées : l'événement {seq} indique que la tête de la chaîne est signée depuis le {when}, mais aucune tête signée n'est enregistrée</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but the oldest signed head stored names event {oldest}</source>
            <translation>les têtes signées ont été supprimées : l'événement {seq} indique que la tête de la chaîne est signée depuis le {when}, mais la plus ancienne tête signée enregistrée nomme l'événement {oldest}</translation>
        </message>
        <message>
            <source>the table of the signed heads was removed from the database</source>
            <translation>la table des têtes signées a été supprimée de la base de données</translation>
        </message>
        <message>
            <source>the uses you will not sell for</source>
            <translation>les usages pour lesquels vous ne vendrez pas</translation>
        </message>
        <message>
            <source>the {column} cell holds a zero byte (NUL), which no text holds: the file is damaged in this row</source>
            <translation>la cellule {column} contient un octet nul (NUL), qu'aucun texte ne contient : le fichier est endommagé dans cette ligne</translation>
        </message>
        <message>
            <source>the {column} cell holds line breaks and {separators}: a quotation mark is probably not closed, so lines {first} to {last} of the file were read into this one row</source>
            <translation>la cellule {column} contient des sauts de ligne et des {separators} : un guillemet n'est probablement pas fermé, et les lignes {first} à {last} du fichier ont été lues dans cette seule ligne</translation>
        </message>
        <message>
            <source>this row has {cells} cells where the first row has {columns} column names: a separator or quotation mark in this row is probably wrong</source>
            <translation>cette ligne a {cells} cellules alors que la première ligne nomme {columns} colonnes : un séparateur ou un guillemet de cette ligne est probablement erroné</translation>
        </message>
        <message>
            <source>unit price {price} is more than {limit}, the most one unit can cost</source>
            <translation>le prix unitaire {price} dépasse {limit}, le maximum pour une unité</translation>
        </message>
        <message>
            <source>unit price {price} must not be negative</source>
            <translation>le prix unitaire {price} ne doit pas être négatif</translation>
        </message>
        <message>
            <source>use cases</source>
            <translation>cas d'usage</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>barres verticales</translation>
        </message>
        <message>
            <source>what you expect of customers</source>
            <translation>ce que vous attendez des clients</translation>
        </message>
        <message>
            <source>what you expect of distributors, vendors and other partners</source>
            <translation>ce que vous attendez des distributeurs, des fabricants et des autres partenaires</translation>
        </message>
        <message>
            <source>what you expect of your staff</source>
            <translation>ce que vous attendez de votre personnel</translation>
        </message>
        <message>
            <source>when you ask your distributor or vendor for advice on a sale</source>
            <translation>quand vous demandez conseil à votre distributeur ou au fabricant sur une vente</translation>
        </message>
        <message>
            <source>where the public can read the policy (for example a page on your website)</source>
            <translation>où le public peut lire la politique (par exemple une page de votre site web)</translation>
        </message>
        <message>
            <source>who inside the company was consulted, or which outside expertise was used (for example your distributor or published guidance)</source>
            <translation>qui a été consulté au sein de l'entreprise, ou quelle expertise externe a été utilisée (par exemple votre distributeur ou des guides publiés)</translation>
        </message>
        <message>
            <source>who is trained, on what, and how often</source>
            <translation>qui est formé, sur quoi et à quelle fréquence</translation>
        </message>
        <message>
            <source>who to contact to raise a concern</source>
            <translation>qui contacter pour signaler une préoccupation</translation>
        </message>
        <message>
            <source>{action} needs the role {needed}; {person} has the role {role}.</source>
            <translation>{action} : il faut le rôle {needed} ; {person} a le rôle {role}.</translation>
        </message>
        <message>
            <source>{address} is not signed in to {provider} on this computer. Sign in to {provider} in Settings &gt; E-mail.</source>
            <translation>{address} n'est pas connecté à {provider} sur cet ordinateur. Connectez-vous à {provider} dans Paramètres &gt; E-mail.</translation>
        </message>
        <message>
            <source>{approver} sent the request for approval back to {who}: {reason}</source>
            <translation>{approver} a renvoyé la demande d'approbation à {who} : {reason}</translation>
        </message>
        <message>
            <source>{app} daily digest of {day}: {overdue} overdue, {waiting} waiting</source>
            <translation>Résumé quotidien {app} du {day} : {overdue} en retard, {waiting} en attente</translation>
        </message>
        <message>
            <source>{country} is not a country's two-letter ISO code (e.g. DE).</source>
            <translation>{country} n'est pas le code ISO à deux lettres d'un pays (p. ex. DE).</translation>
        </message>
        <message>
            <source>{country}: no longer listed, gets the fallback tier ({level}).</source>
            <translation>{country}: ne figure plus dans la liste, reçoit le niveau par défaut ({level}).</translation>
        </message>
        <message>
            <source>{country}: now listed as {level}.</source>
            <translation>{country}: figure désormais dans la liste, niveau {level}.</translation>
        </message>
        <message>
            <source>{country}: {before}, now {after}.</source>
            <translation>{country}: {before}, désormais {after}.</translation>
        </message>
        <message>
            <source>{count} changes compared with the pack in use:</source>
            <translation>{count} modifications par rapport au jeu utilisé:</translation>
        </message>
        <message>
            <source>{count} distributor answers came in the last {days} days: orders {refs}.</source>
            <translation>{count} réponses du distributeur ces {days} derniers jours : commandes {refs}.</translation>
        </message>
        <message>
            <source>{count} e-mails could not be sent: open the outbox to retry or export them.</source>
            <translation>{count} e-mails n'ont pas pu être envoyés : ouvrez la boîte d'envoi pour réessayer ou les exporter.</translation>
        </message>
        <message>
            <source>{count} follow-ups are due today: orders {refs}.</source>
            <translation>{count} suivis sont à faire aujourd'hui : commandes {refs}.</translation>
        </message>
        <message>
            <source>{count} follow-ups are overdue: orders {refs}.</source>
            <translation>{count} suivis sont en retard : commandes {refs}.</translation>
        </message>
        <message>
            <source>{count} matches gone</source>
            <translation>{count} correspondances disparues</translation>
        </message>
        <message>
            <source>{count} matches now only possible</source>
            <translation>{count} correspondances désormais seulement possibles</translation>
        </message>
        <message>
            <source>{count} new matches</source>
            <translation>{count} nouvelles correspondances</translation>
        </message>
        <message>
            <source>{count} new possible matches</source>
            <translation>{count} nouvelles correspondances possibles</translation>
        </message>
        <message>
            <source>{count} orders have been held for more than {days} days without a decision: {refs}.</source>
            <translation>{count} commandes sont suspendues depuis plus de {days} jours sans décision : {refs}.</translation>
        </message>
        <message>
            <source>{count} records stored before their hashes were kept were sealed with their SHA-256.</source>
            <translation>{count} enregistrements stockés avant la conservation de leurs empreintes ont été scellés avec leur SHA-256.</translation>
        </message>
        <message>
            <source>{customers} customers and {orders} open orders checked again</source>
            <translation>{customers} clients et {orders} commandes ouvertes vérifiés à nouveau</translation>
        </message>
        <message>
            <source>{domain} is not in the app's list of providers: these settings are a guess (smtp.{domain}, port {port}, STARTTLS). Check them with your provider or IT person, then send a test message.</source>
            <translation>{domain} ne figure pas dans la liste des fournisseurs de l'application: ces réglages sont une supposition (smtp.{domain}, port {port}, STARTTLS). Vérifiez-les auprès de votre fournisseur ou de votre informaticien, puis envoyez un message de test.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>{element} number {number} ({reference})</source>
            <translation>{element} numéro {number} ({reference})</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address (name@example.com).</source>
            <translation>{email} n'est pas une adresse e-mail (nom@example.com).</translation>
        </message>
        <message>
            <source>{field} is not a field of this file.</source>
            <translation>{field} n'est pas un champ de ce fichier.</translation>
        </message>
        <message>
            <source>{file} has no column 'Unique ID' (nor OFSI's 'Group ID'): it is not the UK sanctions list.</source>
            <translation>{file} n'a pas de colonne 'Unique ID' (ni la colonne 'Group ID' de l'OFSI) : ce n'est pas la liste des sanctions du Royaume-Uni.</translation>
        </message>
        <message>
            <source>{file} has no header row with the column 'Name 6' in its first lines: it is not the UK sanctions list.</source>
            <translation>{file} n'a pas, dans ses premières lignes, de ligne d'en-tête avec la colonne 'Name 6' : ce n'est pas la liste des sanctions du Royaume-Uni.</translation>
        </message>
        <message>
            <source>{file} holds more than {files} files or {size} MB, more than any packet or evidence bundle: check that you chose the right file.</source>
            <translation>{file} contient plus de {files} fichiers ou {size} Mo, plus qu'aucun paquet ou dossier de preuves : vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>{file} holds more than {limit}, more than such a file ever is: check that you chose the right file.</source>
            <translation>{file} contient plus de {limit}, plus qu'un tel fichier n'en contient jamais : vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>{file} holds no chain-head.json: it was built before heads were signed, or where the company's key is not.</source>
            <translation>{file} ne contient pas de chain-head.json : il a été créé avant que les têtes soient signées, ou là où la clé de l'entreprise n'est pas.</translation>
        </message>
        <message>
            <source>{file} holds no entry with a name: it is not the UK sanctions list.</source>
            <translation>{file} ne contient aucune entrée avec un nom : ce n'est pas la liste des sanctions du Royaume-Uni.</translation>
        </message>
        <message>
            <source>{file} holds no entry: it is not OFAC's SDN list.</source>
            <translation>{file} ne contient aucune entrée : ce n'est pas la liste SDN de l'OFAC.</translation>
        </message>
        <message>
            <source>{file} holds no entry: the UN list is never empty, so the file is damaged.</source>
            <translation>{file} ne contient aucune entrée : la liste de l'ONU n'est jamais vide, le fichier est donc endommagé.</translation>
        </message>
        <message>
            <source>{file} holds no escalation packet's JSON for packet {packet}.</source>
            <translation>{file} ne contient pas le JSON d’un paquet d’escalade pour le paquet {packet}.</translation>
        </message>
        <message>
            <source>{file} holds no listed party: it is not a sanctions list, or it is empty.</source>
            <translation>{file} ne contient aucune partie listée : ce n'est pas une liste de sanctions, ou elle est vide.</translation>
        </message>
        <message>
            <source>{file} holds no sanctionEntity with a name: it is not the EU consolidated list.</source>
            <translation>{file} ne contient aucun sanctionEntity avec un nom : ce n'est pas la liste consolidée de l'UE.</translation>
        </message>
        <message>
            <source>{file} holds the key of {owner} (fingerprint {theirs}), not this desk's signing key (fingerprint {ours}), whose private half alone is on this computer. Nothing was signed.</source>
            <translation>{file} contient la clé de {owner} (empreinte {theirs}), et non la clé de signature de ce poste (empreinte {ours}), dont seule la moitié privée se trouve sur cet ordinateur. Rien n’a été signé.</translation>
        </message>
        <message>
            <source>{file} is OFAC's list in XML, which the app does not read: import OFAC's CSV set instead (sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it).</source>
            <translation>{file} est la liste de l'OFAC en XML, que l'application ne lit pas : importez plutôt le jeu CSV de l'OFAC (sdn.csv avec alt.csv, add.csv et sdn_comments.csv à côté).</translation>
        </message>
        <message>
            <source>{file} is XML but none of the lists the app reads (OFAC, UN, EU, UK): its root element is {root}.</source>
            <translation>{file} est du XML mais aucune des listes que lit l'application (OFAC, ONU, UE, Royaume-Uni) : son élément racine est {root}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the EU consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} est du XML mais pas la liste consolidée de l'UE : son élément racine est {found}, pas {expected}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the UN consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} est du XML mais pas la liste consolidée de l'ONU : son élément racine est {found}, pas {expected}.</translation>
        </message>
        <message>
            <source>{file} is a due diligence report, not an escalation: it asks for no decision. Read its PDF; its JSON holds the same figures.</source>
            <translation>{file} est un rapport de diligence raisonnable, pas une escalade : il ne demande aucune décision. Lisez son PDF ; son JSON contient les mêmes chiffres.</translation>
        </message>
        <message>
            <source>{file} is a misuse report, not an escalation: it asks for no decision. Read its PDF and answer the reseller directly.</source>
            <translation>{file} est un signalement d’usage abusif, pas une escalade : il ne demande aucune décision. Lisez son PDF et répondez directement au revendeur.</translation>
        </message>
        <message>
            <source>{file} is an e-mail without attachments: it holds no packet.</source>
            <translation>{file} est un e-mail sans pièces jointes : il ne contient aucun paquet.</translation>
        </message>
        <message>
            <source>{file} is empty: it is not a sanctions list.</source>
            <translation>{file} est vide : ce n'est pas une liste de sanctions.</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a PDF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} n'est aucune des listes que lit l'application, mais un document PDF : importez la liste telle que son éditeur la propose au téléchargement (CSV ou XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a Word, Excel or RTF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} n'est aucune des listes que lit l'application, mais un document Word, Excel ou RTF : importez la liste telle que son éditeur la propose au téléchargement (CSV ou XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a compressed archive (ZIP, gzip, 7-Zip or RAR): unpack it and import the list file inside (for OFAC, sdn.csv).</source>
            <translation>{file} n'est aucune des listes que lit l'application, mais une archive compressée (ZIP, gzip, 7-Zip ou RAR) : décompressez-la et importez le fichier de liste qu'elle contient (pour l'OFAC, sdn.csv).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads: OFAC's sdn.csv, the UN consolidated list (XML), the EU consolidated list (XML) or the UK sanctions list (CSV).</source>
            <translation>{file} n'est aucune des listes que lit l'application : le sdn.csv de l'OFAC, la liste consolidée de l'ONU (XML), la liste consolidée de l'UE (XML) ou la liste des sanctions du Royaume-Uni (CSV).</translation>
        </message>
        <message>
            <source>{file} is not a CSV text file: it holds other data, such as a spreadsheet workbook. Save or export the orders as CSV (comma-separated values) in your shop or spreadsheet program and import that file.</source>
            <translation>{file} n'est pas un fichier texte CSV: il contient d'autres données, par exemple un classeur de tableur. Enregistrez ou exportez les commandes au format CSV (valeurs séparées par des virgules) dans votre logiciel de boutique ou votre tableur, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>{file} is not a criteria pack the app can use: {reason} Nothing was signed.</source>
            <translation>{file} n’est pas un jeu de critères utilisable par l’application : {reason} Rien n’a été signé.</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} n’est pas un fichier.</translation>
        </message>
        <message>
            <source>{file} is not a packet's zip or folder ({error}).</source>
            <translation>{file} n'est pas le zip ou le dossier d'un paquet ({error}).</translation>
        </message>
        <message>
            <source>{file} is not a packet: it has no manifest.json.</source>
            <translation>{file} n’est pas un paquet : il n’a pas de manifest.json.</translation>
        </message>
        <message>
            <source>{file} is one of the files beside OFAC's sdn.csv: import sdn.csv itself, with alt.csv, add.csv and sdn_comments.csv in the same folder.</source>
            <translation>{file} est l'un des fichiers qui accompagnent le sdn.csv de l'OFAC : importez sdn.csv lui-même, avec alt.csv, add.csv et sdn_comments.csv dans le même dossier.</translation>
        </message>
        <message>
            <source>{file} is refused: {reason}</source>
            <translation>{file} est refusé : {reason}</translation>
        </message>
        <message>
            <source>{file} is {size}, more than such a file ever is (at most {limit}): check that you chose the right file.</source>
            <translation>{file} fait {size}, plus qu'un tel fichier ne fait jamais (au plus {limit}) : vérifiez que vous avez choisi le bon fichier.</translation>
        </message>
        <message>
            <source>{file} says it comes from {reseller}, but it is signed with the key of {other} (fingerprint {fingerprint}).</source>
            <translation>{file} dit venir de {reseller}, mais il est signé avec la clé de {other} (empreinte {fingerprint}).</translation>
        </message>
        <message>
            <source>{file} was altered after its manifest was made: {files} differ (missing or changed). Ask the reseller to send the packet again.</source>
            <translation>{file} a été modifié après la création de son manifeste : {files} diffèrent (manquants ou modifiés). Demandez au revendeur de renvoyer le paquet.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the CSV is broken ({error}): the file is cut short or damaged; download it again.</source>
            <translation>{file}, ligne {line} : le CSV est cassé ({error}) : le fichier est tronqué ou endommagé ; téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML declares a DOCTYPE, which no sanctions list does; it is refused because its entities could make the app read other files or run out of memory.</source>
            <translation>{file}, ligne {line} : le XML déclare un DOCTYPE, ce qu'aucune liste de sanctions ne fait ; il est refusé car ses entités pourraient faire lire d'autres fichiers à l'application ou épuiser la mémoire.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is broken ({error}){inside}: the file is probably cut short or damaged; download it again.</source>
            <translation>{file}, ligne {line} : le XML est cassé ({error}){inside} : le fichier est probablement tronqué ou endommagé ; téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is nested more than {limit} levels deep, deeper than any sanctions list: it is not a list file.</source>
            <translation>{file}, ligne {line} : le XML est imbriqué sur plus de {limit} niveaux, plus que toute liste de sanctions : ce n'est pas un fichier de liste.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the column '{column}' is empty, but every row of the UK list has its id there.</source>
            <translation>{file}, ligne {line} : la colonne '{column}' est vide, alors que chaque ligne de la liste du Royaume-Uni y porte son identifiant.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the entry number '{value}' is not a number: this is not OFAC's {file}.</source>
            <translation>{file}, ligne {line} : le numéro d'entrée '{value}' n'est pas un nombre : ce n'est pas le {file} de l'OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the row ends in the middle of its last field: the file is cut short; download it again.</source>
            <translation>{file}, ligne {line} : la ligne s'arrête au milieu de son dernier champ : le fichier est tronqué ; téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where OFAC's file has {expected}: the file is cut short or is not OFAC's {file}.</source>
            <translation>{file}, ligne {line} : {found} colonnes là où le fichier de l'OFAC en a {expected} : le fichier est tronqué ou n'est pas le {file} de l'OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where the header has {expected}: the file is cut short or damaged; download it again.</source>
            <translation>{file}, ligne {line} : {found} colonnes là où l'en-tête en a {expected} : le fichier est tronqué ou endommagé ; téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{file}, {where}: a name of {length} characters, longer than any real name: the file is damaged or is not a sanctions list.</source>
            <translation>{file}, {where} : un nom de {length} caractères, plus long que tout nom réel : le fichier est endommagé ou n'est pas une liste de sanctions.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no REFERENCE_NUMBER, which every entry of the UN list has: the file is damaged.</source>
            <translation>{file}, {where} : l'entrée n'a pas de REFERENCE_NUMBER, que toute entrée de la liste de l'ONU possède : le fichier est endommagé.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no euReferenceNumber, which every entry of the EU list has: the file is damaged.</source>
            <translation>{file}, {where} : l'entrée n'a pas d'euReferenceNumber, que toute entrée de la liste de l'UE possède : le fichier est endommagé.</translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>{file} : refusé : {reason}</translation>
        </message>
        <message>
            <source>{file}: the reseller's signature cannot be read: {reason}</source>
            <translation>{file} : la signature du revendeur est illisible : {reason}</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file} : {reason}</translation>
        </message>
        <message>
            <source>{host} and the app found no login method they both know. Check the security setting (a login needs STARTTLS or SSL).</source>
            <translation>{host} et l'application n'ont trouvé aucune méthode de connexion commune. Vérifiez la sécurité (une connexion demande STARTTLS ou SSL).</translation>
        </message>
        <message>
            <source>{host} answered “{code} {reason}” for {address}: the address may have changed; check it in Settings (Sanctions lists). {stay}</source>
            <translation>{host} a répondu « {code} {reason} » pour {address} : l'adresse a peut-être changé ; vérifiez-la dans Paramètres (Listes de sanctions). {stay}</translation>
        </message>
        <message>
            <source>{host} closed the connection before the message was through. Try again later; if it keeps happening, check the port and security, or ask your provider whether it limits sending.</source>
            <translation>{host} a fermé la connexion avant la fin du message. Réessayez plus tard; si cela se répète, vérifiez le port et la sécurité, ou demandez à votre fournisseur s'il limite les envois.</translation>
        </message>
        <message>
            <source>{host} did not answer on port {port}. Check the port and security (587 with STARTTLS, 465 with SSL), and whether a firewall or your internet provider blocks outgoing mail.</source>
            <translation>{host} n'a pas répondu au port {port}. Vérifiez le port et la sécurité (587 avec STARTTLS, 465 avec SSL), et si un pare-feu ou votre fournisseur d'accès bloque le courrier sortant.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds: the connection may be down or slow. {stay}</source>
            <translation>{host} n'a pas répondu en {seconds} secondes : la connexion est peut-être coupée ou lente. {stay}</translation>
        </message>
        <message>
            <source>{host} did not take the message.</source>
            <translation>{host} n'a pas accepté le message.</translation>
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}: choose SSL with port 465, or the port your provider names.</source>
            <translation>{host} ne propose pas STARTTLS sur le port {port}: choisissez SSL avec le port 465, ou le port indiqué par votre fournisseur.</translation>
        </message>
        <message>
            <source>{host} refused the login: check the user name (usually your full address) and the password.</source>
            <translation>{host} a refusé la connexion: vérifiez le nom d'utilisateur (en général votre adresse complète) et le mot de passe.</translation>
        </message>
        <message>
            <source>{host} refused the recipient address: check it.</source>
            <translation>{host} a refusé l'adresse du destinataire: vérifiez-la.</translation>
        </message>
        <message>
            <source>{host} refused to send from {address}: the sending address must belong to the account you log in with.</source>
            <translation>{host} a refusé d'envoyer depuis {address}: l'adresse d'envoi doit appartenir au compte avec lequel vous vous connectez.</translation>
        </message>
        <message>
            <source>{host} sent more than {limit} (at least {size}), more than a sanctions list ever is: nothing was imported. Check the address in Settings (Sanctions lists).</source>
            <translation>{host} a envoyé plus de {limit} (au moins {size}), plus que n'importe quelle liste de sanctions : rien n'a été importé. Vérifiez l'adresse dans Paramètres (Listes de sanctions).</translation>
        </message>
        <message>
            <source>{item} added.</source>
            <translation>{item} ajouté.</translation>
        </message>
        <message>
            <source>{item} changed ({before}, now {after}).</source>
            <translation>{item} modifié ({before}, désormais {after}).</translation>
        </message>
        <message>
            <source>{item} changed.</source>
            <translation>{item} modifié.</translation>
        </message>
        <message>
            <source>{item} removed.</source>
            <translation>{item} supprimé.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <source>{missing} is not beside {file}: OFAC publishes the SDN list as sdn.csv with alt.csv (its other names) and add.csv (its addresses); put them in the same folder.</source>
            <translation>{missing} n'est pas à côté de {file} : l'OFAC publie la liste SDN sous forme de sdn.csv avec alt.csv (ses autres noms) et add.csv (ses adresses) ; placez-les dans le même dossier.</translation>
        </message>
        <message>
            <source>{name} ({days} days)</source>
            <translation>{name} ({days} jours)</translation>
        </message>
        <message>
            <source>{name} already has a pinned key (fingerprint {ours}, pinned on {date} by {who}); this file holds another (fingerprint {theirs}). Nothing was changed. Replace it only after checking the new fingerprint with {name}.</source>
            <translation>{name} a déjà une clé épinglée (empreinte {ours}, épinglée le {date} par {who}) ; ce fichier en contient une autre (empreinte {theirs}). Rien n’a été modifié. Ne la remplacez qu’après avoir vérifié la nouvelle empreinte avec {name}.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {error}.</source>
            <translation>{name} ne peut pas être lu: {error}.</translation>
        </message>
        <message>
            <source>{name} is a name Windows keeps for a device: the distributor could not save it. Rename the file and add it again.</source>
            <translation>{name} est un nom que Windows réserve à un périphérique : le distributeur ne pourrait pas l'enregistrer. Renommez le fichier et ajoutez-le à nouveau.</translation>
        </message>
        <message>
            <source>{name} is damaged (integrity check: {problem}); choose another backup.</source>
            <translation>{name} est endommagé (contrôle d'intégrité: {problem}); choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a database: {error}.</source>
            <translation>{name} est endommagé ou n'est pas une base de données: {error}.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is an SQLite database of another program (it has no {tables} table).</source>
            <translation>{name} n'est pas une sauvegarde Channel Diligence: c'est une base de données SQLite d'un autre programme (elle n'a pas de table {tables}).</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is not an SQLite database file.</source>
            <translation>{name} n'est pas une sauvegarde Channel Diligence: ce n'est pas un fichier de base de données SQLite.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version (none) is unknown.</source>
            <translation>{name} n'est pas une sauvegarde Channel Diligence: sa version de schéma (aucune) est inconnue.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version ({revision}) is unknown.</source>
            <translation>{name} n'est pas une sauvegarde Channel Diligence: sa version de schéma ({revision}) est inconnue.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Channel Diligence (schema {revision}): update the app first, then restore it.</source>
            <translation>{name} a été créé par une version plus récente de Channel Diligence (schéma {revision}): mettez d'abord l'application à jour, puis restaurez-le.</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} n'existe pas ou n'est pas un fichier.</translation>
        </message>
        <message>
            <source>{person} already has the role {role}.</source>
            <translation>{person} a déjà le rôle {role}.</translation>
        </message>
        <message>
            <source>{person} cannot approve: choose an active approver or administrator, or any approver.</source>
            <translation>{person} ne peut pas approuver : choisissez un approbateur ou un administrateur actif, ou n'importe quel approbateur.</translation>
        </message>
        <message>
            <source>{person} is already active.</source>
            <translation>{person} est déjà actif(ve).</translation>
        </message>
        <message>
            <source>{person} is already inactive.</source>
            <translation>{person} est déjà inactif(ve).</translation>
        </message>
        <message>
            <source>{person} is locked after too many wrong passphrases, until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>{person} est bloqué(e) après trop de phrases secrètes incorrectes, jusqu'à {time}. Réessayez à ce moment-là ou demandez à un administrateur de réinitialiser la phrase secrète.</translation>
        </message>
        <message>
            <source>{person} is no longer active and cannot do this.</source>
            <translation>{person} n'est plus actif(ve) et ne peut pas faire cela.</translation>
        </message>
        <message>
            <source>{person} is no longer active: ask an administrator.</source>
            <translation>{person} n'est plus actif(ve) : adressez-vous à un administrateur.</translation>
        </message>
        <message>
            <source>{person} was changed at {time} by someone else since you opened the list; nothing was saved. Look at the list again and redo your change.</source>
            <translation>{person} a été modifié(e) à {time} par quelqu'un d'autre depuis que vous avez ouvert la liste ; rien n'a été enregistré. Consultez à nouveau la liste et refaites votre modification.</translation>
        </message>
        <message>
            <source>{provider} accepts other programs only after you allow POP3/IMAP access in its web mail settings.</source>
            <translation>{provider} n'accepte d'autres programmes qu'après avoir autorisé l'accès POP3/IMAP dans les réglages de son webmail.</translation>
        </message>
        <message>
            <source>{provider} did not allow the app to stay signed in. Try again and allow access.</source>
            <translation>{provider} n'a pas permis à l'application de rester connectée. Réessayez et autorisez l'accès.</translation>
        </message>
        <message>
            <source>{provider} is switching off logins with a plain password for other programs: sign in with your Microsoft account (OAuth2) where the app offers it.</source>
            <translation>{provider} supprime la connexion par simple mot de passe pour les autres programmes: connectez-vous avec votre compte Microsoft (OAuth2) là où l'application le propose.</translation>
        </message>
        <message>
            <source>{provider} needs an app password, not your usual password: switch on two-step verification, create an app password for Channel Diligence and type it here.</source>
            <translation>{provider} demande un mot de passe d'application, pas votre mot de passe habituel: activez la validation en deux étapes, créez un mot de passe d'application pour Channel Diligence et saisissez-le ici.</translation>
        </message>
        <message>
            <source>{provider} no longer accepts the sign-in of {address} (it expired or was withdrawn). Sign in to {provider} again in Settings &gt; E-mail; the messages stay in the outbox.</source>
            <translation>{provider} n'accepte plus la connexion de {address} (elle a expiré ou a été retirée). Reconnectez-vous à {provider} dans Paramètres &gt; E-mail ; les messages restent dans la boîte d'envoi.</translation>
        </message>
        <message>
            <source>{provider} refused the sign-in of {address} ({reason}). Sign in to {provider} again in Settings &gt; E-mail.</source>
            <translation>{provider} a refusé la connexion de {address} ({reason}). Reconnectez-vous à {provider} dans Paramètres &gt; E-mail.</translation>
        </message>
        <message>
            <source>{recipient} already acknowledged the policy on {date}.</source>
            <translation>{recipient} a déjà pris connaissance de la politique le {date}.</translation>
        </message>
        <message>
            <source>{record} differs from what was recorded on {date} (event {seq})</source>
            <translation>{record} diffère de ce qui a été enregistré le {date} (événement {seq})</translation>
        </message>
        <message>
            <source>{record} has no audit event</source>
            <translation>{record} n'a pas d'événement d'audit</translation>
        </message>
        <message>
            <source>{record} was recorded on {date} (event {seq}) but is no longer in the database</source>
            <translation>{record} a été enregistré(e) le {date} (événement {seq}) mais n'est plus dans la base de données</translation>
        </message>
        <message>
            <source>{refs} and {more} more</source>
            <translation>{refs} et {more} de plus</translation>
        </message>
        <message>
            <source>{role} is not a party of an order: say customer, end_user or consignee.</source>
            <translation>{role} n'est pas une partie d'une commande : indiquez customer, end_user ou consignee.</translation>
        </message>
        <message>
            <source>{role} is not a role: choose staff, approver or administrator.</source>
            <translation>{role} n'est pas un rôle : choisissez staff (personnel), approver (approbateur) ou administrator (administrateur).</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry} ({listed}), score {score}</source>
            <translation>{role} {party} ressemble à l'entrée {entry} de la {source} ({listed}), score {score}</translation>
        </message>
        <message>
            <source>{section}: {change}</source>
            <translation>{section}: {change}</translation>
        </message>
        <message>
            <source>{source} entry {entry}, {listed}: {why}</source>
            <translation>Entrée {source} {entry}, {listed} : {why}</translation>
        </message>
        <message>
            <source>{source} is not a sanctions list: say ofac, un, eu or uk.</source>
            <translation>{source} n'est pas une liste de sanctions : indiquez ofac, un, eu ou uk.</translation>
        </message>
        <message>
            <source>{tier} (was {previous})</source>
            <translation>{tier} (auparavant {previous})</translation>
        </message>
        <message>
            <source>{value} is not a day of the calendar</source>
            <translation>{value} n'est pas un jour du calendrier</translation>
        </message>
        <message>
            <source>{value} is not a kind of party: say person or organisation.</source>
            <translation>{value} n'est pas un type de partie : indiquez person ou organisation.</translation>
        </message>
        <message>
            <source>{what} (nor do {count} more like it)</source>
            <translation>{what} (de même que {count} autre(s) du même type)</translation>
        </message>
        <message>
            <source>{what}: events were deleted</source>
            <translation>{what}: des événements ont été supprimés</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} ({what}) after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} a modifié la commande {reference} {at} ({what}) après que vous l'avez ouverte : rien n'a été enregistré. Rechargez la commande pour voir la modification.</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} a modifié la commande {reference} {at} après que vous l'avez ouverte : rien n'a été enregistré. Rechargez la commande pour voir la modification.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked any approver for approval.</source>
            <translation>{who} a proposé la décision « {outcome} » et a demandé l'approbation de n'importe quel approbateur.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked {approver} for approval.</source>
            <translation>{who} a proposé la décision « {outcome} » et a demandé l'approbation de {approver}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is not {list} entry {entry} {listed}: {reason}.</source>
            <translation>{who} : « {party} » n'est pas l'entrée {entry} {listed} de {list} : {reason}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is {list} entry {entry} {listed}, a confirmed match: {reason}.</source>
            <translation>{who} : « {party} » est l'entrée {entry} {listed} de {list}, une correspondance confirmée : {reason}.</translation>
        </message>
        <message>
            <source>{year} {number} is not a period.</source>
            <translation>{year} {number} n'est pas une période.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>Adresse &amp;e-mail:</translation>
        </message>
        <message>
            <source>&amp;Forget the stored password</source>
            <translation>&amp;Oublier le mot de passe enregistré</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue:</translation>
        </message>
        <message>
            <source>Advice for this provider</source>
            <translation>Conseils pour ce fournisseur</translation>
        </message>
        <message>
            <source>As the address says</source>
            <translation>D'après l'adresse</translation>
        </message>
        <message>
            <source>As the system ({0})</source>
            <translation>Comme le système ({0})</translation>
        </message>
        <message>
            <source>E-mail for escalations and misuse reports</source>
            <translation>E-mail pour les escalades et les signalements d'utilisation abusive</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Langue de l'application</translation>
        </message>
        <message>
            <source>Mail &amp;server:</source>
            <translation>&amp;Serveur de messagerie:</translation>
        </message>
        <message>
            <source>None (only for a server in your own network)</source>
            <translation>Aucune (uniquement pour un serveur de votre propre réseau)</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe:</translation>
        </message>
        <message>
            <source>Po&amp;rt:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Fourn&amp;isseur:</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Résultat du test</translation>
        </message>
        <message>
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS (généralement port 465)</translation>
        </message>
        <message>
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (généralement port 587)</translation>
        </message>
        <message>
            <source>Saved. Close and start Channel Diligence again to use {0}.</source>
            <translation>Enregistré. Fermez et redémarrez Channel Diligence pour utiliser {0}.</translation>
        </message>
        <message>
            <source>Saves the settings above, then sends a short e-mail now (not through the outbox).</source>
            <translation>Enregistre les paramètres ci-dessus, puis envoie immédiatement un court e-mail (sans passer par la boîte d'envoi).</translation>
        </message>
        <message>
            <source>Screens, checklist questions, help and the PDFs you make follow this language; dates and amounts follow your system's habits for it.</source>
            <translation>Les écrans, les questions de la liste de contrôle, l'aide et les PDF que vous créez suivent cette langue; les dates et les montants suivent les conventions de votre système pour cette langue.</translation>
        </message>
        <message>
            <source>Sec&amp;urity:</source>
            <translation>Séc&amp;urité:</translation>
        </message>
        <message>
            <source>Send &amp;test e-mail</source>
            <translation>Envoyer un e-mail de &amp;test</translation>
        </message>
        <message>
            <source>Send a test e-mail</source>
            <translation>Envoyer un e-mail de test</translation>
        </message>
        <message>
            <source>Send the test e-mail to</source>
            <translation>Envoyer l'e-mail de test à</translation>
        </message>
        <message>
            <source>Sending a test e-mail…</source>
            <translation>Envoi d'un e-mail de test…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Test &amp;address:</source>
            <translation>&amp;Adresse de test:</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), never in the app's database, and never shown.</source>
            <translation>Le mot de passe est enregistré dans le trousseau de votre système ({0}), jamais dans la base de données de l'application, et il n'est jamais affiché.</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), not in the app's database.</source>
            <translation>Le mot de passe est enregistré dans le trousseau de votre système ({0}), pas dans la base de données de l'application.</translation>
        </message>
        <message>
            <source>The server took the test e-mail. Its answer: {0}</source>
            <translation>Le serveur a pris en charge l'e-mail de test. Sa réponse: {0}</translation>
        </message>
        <message>
            <source>The test e-mail was not sent: {0}</source>
            <translation>L'e-mail de test n'a pas été envoyé: {0}</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the password cannot be kept: the app asks for it each time it sends.</source>
            <translation>Cet ordinateur n'a pas de trousseau de mots de passe (keyring) utilisable par l'application, le mot de passe ne peut donc pas être conservé: l'application le demande à chaque envoi.</translation>
        </message>
        <message>
            <source>This is the language in use.</source>
            <translation>C'est la langue utilisée.</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>&amp;Nom d'utilisateur:</translation>
        </message>
        <message>
            <source>asked for when sending</source>
            <translation>demandé lors de l'envoi</translation>
        </message>
        <message>
            <source>empty if the server needs no login</source>
            <translation>vide si le serveur ne demande pas de connexion</translation>
        </message>
        <message>
            <source>for example orders@your-company.example</source>
            <translation>par exemple orders@your-company.example</translation>
        </message>
        <message>
            <source>for example smtp.example.com</source>
            <translation>par exemple smtp.example.com</translation>
        </message>
        <message>
            <source>if the server needs a login</source>
            <translation>si le serveur demande une connexion</translation>
        </message>
        <message>
            <source>stored; type a new one to replace it</source>
            <translation>enregistré; saisissez-en un nouveau pour le remplacer</translation>
        </message>
        <message>
            <source>your own address (the sender if empty)</source>
            <translation>votre propre adresse (l'expéditeur si vide)</translation>
        </message>
        <message>
            <source>{0} (your own domain)</source>
            <translation>{0} (votre propre domaine)</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Company profile</source>
            <translation>Profil de l'entreprise</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Loading demo customers, products and orders…</source>
            <translation>Chargement des clients, produits et commandes de démonstration…</translation>
        </message>
        <message>
            <source>Packets will not be signed</source>
            <translation>Les dossiers ne seront pas signés</translation>
        </message>
        <message>
            <source>Set up Channel Diligence</source>
            <translation>Configurer Channel Diligence</translation>
        </message>
        <message>
            <source>Your profile is saved, but the demo data could not be loaded: {0} Click Finish to start with an empty database.</source>
            <translation>Votre profil est enregistré, mais les données de démonstration n'ont pas pu être chargées: {0} Cliquez sur Terminer pour commencer avec une base de données vide.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer for this account</source>
            <translation>Se souvenir de moi sur cet ordinateur pour ce compte (&amp;r)</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Se connecter</translation>
        </message>
        <message>
            <source>Choose who you are.</source>
            <translation>Choisissez qui vous êtes.</translation>
        </message>
        <message>
            <source>Everything you record is recorded in your name, with this computer's login beside it.</source>
            <translation>Tout ce que vous enregistrez l'est à votre nom, avec l'identifiant de cet ordinateur à côté.</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Remembered, you are not asked again when you start the app under this computer account. Approving a high-risk order always asks the approver's passphrase.</source>
            <translation>Si l'on se souvient de vous, la question ne vous est plus posée au démarrage sous ce compte de l'ordinateur. Approuver une commande à haut risque demande toujours la phrase secrète de l'approbateur.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>Qui travaille ?</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyBox</name>
        <message>
            <source>E&amp;xport public key…</source>
            <translation>E&amp;xporter la clé publique…</translation>
        </message>
        <message>
            <source>Export the company's public key</source>
            <translation>Exporter la clé publique de l'entreprise</translation>
        </message>
        <message>
            <source>Fingerprint of the company's signing key</source>
            <translation>Empreinte de la clé de signature de l'entreprise</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Empreinte :</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Fichiers de clé (*.json)</translation>
        </message>
        <message>
            <source>No key yet</source>
            <translation>Pas encore de clé</translation>
        </message>
        <message>
            <source>Packets are not signed until the company has a key: it is made on a computer with a system keyring (password store), or where there is none, when the administrator is set up, in a file encrypted with their passphrase.</source>
            <translation>Les dossiers ne sont pas signés tant que l'entreprise n'a pas de clé : elle est créée sur un ordinateur doté d'un trousseau système (gestionnaire de mots de passe) ou, à défaut, lors de la configuration de l'administrateur, dans un fichier chiffré avec sa phrase secrète.</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Enregistré : {0}</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clé de signature</translation>
        </message>
        <message>
            <source>The private key is not on this computer: packets made here are not signed.</source>
            <translation>La clé privée n'est pas sur cet ordinateur : les dossiers faits ici ne sont pas signés.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in an encrypted file, unlocked with the administrator's passphrase ({0}): packets made here are signed once it is given, once per session.</source>
            <translation>La clé privée se trouve sur cet ordinateur, dans un fichier chiffré, déverrouillé avec la phrase secrète de l'administrateur ({0}) : les dossiers créés ici sont signés une fois celle-ci saisie, une fois par session.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in the system keyring: packets made here are signed.</source>
            <translation>La clé privée se trouve sur cet ordinateur, dans le trousseau système : les dossiers créés ici sont signés.</translation>
        </message>
    </context>
    <context>
        <name>TermCombo</name>
        <message>
            <source>The criteria pack does not know this value, so the screening counts it as missing information. Choose one from the list.</source>
            <translation>Le jeu de critères ne connaît pas cette valeur: l'analyse la compte donc comme une information manquante. Choisissez-en une dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Risk tier: {0}</source>
            <translation>Niveau de risque: {0}</translation>
        </message>
    </context>
    <context>
        <name>TierChart</name>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message>
            <source>No orders in the last 12 months.</source>
            <translation>Aucune commande au cours des 12 derniers mois.</translation>
        </message>
        <message>
            <source>Orders by risk tier, last 12 months</source>
            <translation>Commandes par niveau de risque, 12 derniers mois</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} commandes</translation>
        </message>
        <message>
            <source>{0}: no orders</source>
            <translation>{0}: aucune commande</translation>
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
            <translation>En retard</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>and {0} more: open the overview.</source>
            <translation>et {0} autres : ouvrez la Vue d'ensemble.</translation>
        </message>
        <message>
            <source>{0} new reminders</source>
            <translation>{0} nouveaux rappels</translation>
        </message>
        <message>
            <source>{0} new reminders ({1} overdue)</source>
            <translation>{0} nouveaux rappels ({1} en retard)</translation>
        </message>
    </context>
    <context>
        <name>TraySettingsBox</name>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Rester dans la zone de notification quand la fenêtre est fermée</translation>
        </message>
        <message>
            <source>Channel Diligence starts in the tray when you log in to this computer (the entry is {0}).</source>
            <translation>Channel Diligence démarre dans la zone de notification quand vous ouvrez une session sur cet ordinateur (l'entrée est {0}).</translation>
        </message>
        <message>
            <source>Reminders keep reaching you as desktop notifications; quit from the tray icon's menu.</source>
            <translation>Les rappels continuent de vous parvenir en notifications du bureau ; quittez depuis le menu de l'icône de notification.</translation>
        </message>
        <message>
            <source>Start with m&amp;y session</source>
            <translation>Démarrer avec ma &amp;session</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so closing the window quits the app.</source>
            <translation>Ce bureau n'a pas de zone de notification : fermer la fenêtre quitte l'application.</translation>
        </message>
        <message>
            <source>Tray</source>
            <translation>Zone de notification</translation>
        </message>
    </context>
    <context>
        <name>VersionsModel</name>
        <message>
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importée</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Importée par</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publiée</translation>
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
            <translation>non indiquée</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (en cours d'utilisation)</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>&amp;Show what changed</source>
            <translation>Afficher les &amp;modifications</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;avec la version:</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptée</translation>
        </message>
        <message>
            <source>Adopted in the app by</source>
            <translation>Adoptée dans l'application par</translation>
        </message>
        <message>
            <source>An adopted version is frozen: editing starts a new draft. Each version keeps who approved it and when.</source>
            <translation>Une version adoptée est figée: toute modification crée un nouveau projet. Chaque version conserve qui l'a approuvée et quand.</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvée par</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approuvée le</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>Choisissez deux versions différentes.</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Comparer &amp;la version:</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Version de départ de la comparaison</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Version d'arrivée de la comparaison</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>From {0} to {1}: 1 section changed.</source>
            <translation>De {0} à {1}: 1 section modifiée.</translation>
        </message>
        <message>
            <source>From {0} to {1}: {2} sections changed.</source>
            <translation>De {0} à {1}: {2} sections modifiées.</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Lines marked − were taken out, lines marked + were put in.</source>
            <translation>Les lignes marquées − ont été retirées, les lignes marquées + ont été ajoutées.</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine révision</translation>
        </message>
        <message>
            <source>No differences between {0} and {1}.</source>
            <translation>Aucune différence entre {0} et {1}.</translation>
        </message>
        <message>
            <source>Once there are two versions, choose them above to see what changed.</source>
            <translation>Dès qu'il y a deux versions, choisissez-les ci-dessus pour voir ce qui a changé.</translation>
        </message>
        <message>
            <source>Policy versions</source>
            <translation>Versions de la politique</translation>
        </message>
        <message>
            <source>Replaced by a later version</source>
            <translation>Remplacée par une version ultérieure</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
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
            <translation>Modifications</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modification</translation>
        </message>
        <message>
            <source>new section</source>
            <translation>nouvelle section</translation>
        </message>
        <message>
            <source>section removed</source>
            <translation>section supprimée</translation>
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
            <translation>Demandé par</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Demandé le</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Proposed decision</source>
            <translation>Décision proposée</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>{0} (changed since)</source>
            <translation>{0} (modifiée depuis)</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWorking</name>
        <message>
            <source>Recorded as {0}</source>
            <translation>Enregistré comme {0}</translation>
        </message>
        <message>
            <source>Switch person</source>
            <translation>Changer de personne</translation>
        </message>
        <message>
            <source>Switch person…</source>
            <translation>Changer de personne…</translation>
        </message>
        <message>
            <source>Who is working</source>
            <translation>Qui travaille</translation>
        </message>
        <message>
            <source>Working: {0}</source>
            <translation>Au travail : {0}</translation>
        </message>
    </context>
</TS>
