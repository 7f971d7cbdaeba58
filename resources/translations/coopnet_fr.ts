<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Qt for Python</source>
        <translation>Qt pour Python</translation>
    </message>
    <message>
        <source>geographic data frames</source>
        <translation>tableaux de données géographiques</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>géométrie</translation>
    </message>
    <message>
        <source>projections (PROJ)</source>
        <translation>projections (PROJ)</translation>
    </message>
    <message>
        <source>GDAL file access</source>
        <translation>accès aux fichiers GDAL</translation>
    </message>
    <message>
        <source>Leaflet maps from Python</source>
        <translation>cartes Leaflet depuis Python</translation>
    </message>
    <message>
        <source>Leaflet web map library</source>
        <translation>bibliothèque de cartes web Leaflet</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>classeurs Excel</translation>
    </message>
    <message>
        <source>SQLite helpers</source>
        <translation>outils SQLite</translation>
    </message>
    <message>
        <source>Offline tools for rural broadband cooperatives: doors and pledges, maps for council meetings, cost and traffic models for the board.</source>
        <translation>Des outils hors ligne pour les coopératives rurales du très haut débit&#xa0;: portes et promesses, cartes pour le conseil municipal, modèles de coûts et de trafic pour le conseil d’administration.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <translation>Licence&#xa0;: GPL-3.0 ou ultérieure</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Composants inclus</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Sample data: populations from INSEE via Wikipedia; boundaries, addresses, backbone and points of presence of the sample are approximate or illustrative.</source>
        <translation>Données d’exemple&#xa0;: populations de l’INSEE via Wikipédia&#xa0;; les limites, adresses, la dorsale et les points de présence de l’exemple sont approximatifs ou illustratifs.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About coopnet</source>
        <translation>À propos de coopnet</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Cash balance by year (€)</source>
        <translation>Trésorerie par année (€)</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>pas de résultat</translation>
    </message>
    <message>
        <source>Capacity (bars), commit (line), Mbps</source>
        <translation>Capacité (barres), engagement (ligne), Mbit/s</translation>
    </message>
    <message>
        <source>year {0}</source>
        <translation>année {0}</translation>
    </message>
    <message>
        <source>Tornado: NPV with each parameter at −20 % (blue) / +20 % (orange)</source>
        <translation>Tornade&#xa0;: VAN avec chaque paramètre à −20 % (bleu) / +20 % (orange)</translation>
    </message>
    <message>
        <source>no sensitivity yet</source>
        <translation>pas encore de sensibilité</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>Break-even fee HT/month</source>
        <translation>Mensualité d’équilibre HT</translation>
    </message>
    <message>
        <source>Break-even take rate</source>
        <translation>Taux de souscription d’équilibre</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TRI</translation>
    </message>
    <message>
        <source>Payback year</source>
        <translation>Année du retour sur investissement</translation>
    </message>
    <message>
        <source>Lowest cash</source>
        <translation>Trésorerie la plus basse</translation>
    </message>
    <message>
        <source>Capex over the horizon</source>
        <translation>Investissement sur l’horizon</translation>
    </message>
    <message>
        <source>Opex year 1</source>
        <translation>Charges d’exploitation année 1</translation>
    </message>
    <message>
        <source>Members (target)</source>
        <translation>Adhérents (objectif)</translation>
    </message>
    <message>
        <source>Commit (Mbps)</source>
        <translation>Engagement (Mbit/s)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This project (ours)</source>
        <translation>Ce projet (notre version)</translation>
    </message>
    <message>
        <source>Volunteer file (theirs)</source>
        <translation>Fichier du bénévole (sa version)</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder notre version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre sa version</translation>
    </message>
    <message>
        <source>No conflict left to resolve.</source>
        <translation>Plus aucun conflit à résoudre.</translation>
    </message>
    <message>
        <source>Changed here and in “%1” since the extract (found %2).</source>
        <translation>Modifié ici et dans «&#xa0;%1&#xa0;» depuis l’extraction (trouvé le %2).</translation>
    </message>
</context>
<context>
    <name>DoorStatus</name>
    <message>
        <source>not visited</source>
        <translation>non visitée</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>intéressé</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>promesse</translation>
    </message>
    <message>
        <source>member</source>
        <translation>adhérent</translation>
    </message>
    <message>
        <source>already served</source>
        <translation>déjà desservi</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>second home</source>
        <translation>résidence secondaire</translation>
    </message>
</context>
<context>
    <name>DoorsModel</name>
    <message>
        <source>Address entered by hand (not in the BAN)</source>
        <translation>Adresse saisie à la main (absente de la BAN)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernier passage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>DoorsTab</name>
    <message>
        <source>Search a street, a number, a status…</source>
        <translation>Chercher une rue, un numéro, un statut…</translation>
    </message>
    <message>
        <source>Address not in the BAN…</source>
        <translation>Adresse absente de la BAN…</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Touches&#xa0;:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Pledges at this address (double-click to edit)</source>
        <translation>Promesses à cette adresse (double-clic pour modifier)</translation>
    </message>
    <message>
        <source>{0} doors</source>
        <translation>{0} portes</translation>
    </message>
    <message>
        <source>{0} of {1} doors</source>
        <translation>{0} portes sur {1}</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>pas encore visitée</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the map for presentation</source>
        <translation>Exporter la carte pour une présentation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Tous les villages</translation>
    </message>
    <message>
        <source>Zoom on</source>
        <translation>Centrer sur</translation>
    </message>
    <message>
        <source>Show pledgers&apos; names (personal data — HTML only)</source>
        <translation>Afficher les noms (données personnelles — HTML seulement)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <source>PDF — A4 landscape, for printing</source>
        <translation>PDF — A4 paysage, pour l’impression</translation>
    </message>
    <message>
        <source>PNG — 1600 × 1000 image</source>
        <translation>PNG — image 1600 × 1000</translation>
    </message>
    <message>
        <source>HTML — interactive, works offline</source>
        <translation>HTML — interactive, fonctionne hors ligne</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Extract a volunteer file</source>
        <translation>Extraire un fichier bénévole</translation>
    </message>
    <message>
        <source>The volunteer&apos;s file holds only these villages (their doors, visits and pledges).</source>
        <translation>Le fichier du bénévole ne contient que ces villages (leurs portes, passages et promesses).</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the pledge file</source>
        <translation>Choisir le fichier de promesses</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one household per row.</source>
        <translation>Un fichier CSV ou Excel (.xlsx) avec un foyer par ligne.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Pledge file</source>
        <translation>Fichier de promesses</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>GdprDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Name, phone, email or id…</source>
        <translation>Nom, téléphone, courriel ou identifiant…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Purge old contacts…</source>
        <translation>Purger les anciens contacts…</translation>
    </message>
    <message>
        <source>Erasing keeps the village, status and speed for statistics; a backup is made first. Answer requests within a month.</source>
        <translation>L’effacement garde le village, le statut et le débit pour les statistiques&#xa0;; une sauvegarde est faite avant. Répondez aux demandes dans un délai d’un mois.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the name, phone, email and notes of this household? This cannot be undone (a backup is kept).</source>
        <translation>Effacer le nom, le téléphone, le courriel et les notes de ce foyer&#xa0;? C’est définitif (une sauvegarde est conservée).</translation>
    </message>
    <message>
        <source>Purge old contacts</source>
        <translation>Purger les anciens contacts</translation>
    </message>
    <message>
        <source>Anonymise non-members with no contact for (months):</source>
        <translation>Anonymiser les non-adhérents sans contact depuis (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 pledge(s) anonymised.</source>
        <translation>%1 promesse(s) anonymisée(s).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import pledges</source>
        <translation>Importer des promesses</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About coopnet</source>
        <translation>À &amp;propos de coopnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>coopnet</source>
        <translation>coopnet</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>This project is already open for writing by {0}.

You can open it read-only, or cancel.</source>
        <translation>Ce projet est déjà ouvert en écriture par {0}.

Vous pouvez l’ouvrir en lecture seule, ou annuler.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <source>Choose another file name than the open project&apos;s.</source>
        <translation>Choisissez un autre nom que celui du projet ouvert.</translation>
    </message>
    <message>
        <source>Could not save a copy to {0}: {1}</source>
        <translation>Impossible d’enregistrer une copie dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation>Copie enregistrée dans {0}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>coopnet project (*.coopnet)</source>
        <translation>Projet coopnet (*.coopnet)</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Could not restore {0}: {1}</source>
        <translation>Impossible de restaurer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>{0} restaurée</translation>
    </message>
    <message>
        <source>Recovered unsaved work</source>
        <translation>Travail non enregistré récupéré</translation>
    </message>
    <message>
        <source>Recovered {0}, typed on {1} and never saved.</source>
        <translation>{0} récupérée&#xa0;: saisie le {1} et jamais enregistrée.</translation>
    </message>
    <message>
        <source>Restore into the form</source>
        <translation>La remettre dans le formulaire</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Village {0} selected</source>
        <translation>Village {0} sélectionné</translation>
    </message>
</context>
<context>
    <name>ManualAddressDialog</name>
    <message>
        <source>Address not in the BAN</source>
        <translation>Adresse absente de la BAN</translation>
    </message>
    <message>
        <source>Rue de la Mairie, or a place name</source>
        <translation>Rue de la Mairie, ou un lieu-dit</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Bis/ter</source>
        <translation>Bis/ter</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>The street (or place name) is required.</source>
        <translation>La voie (ou le lieu-dit) est obligatoire.</translation>
    </message>
    <message>
        <source>A postcode is 5 digits.</source>
        <translation>Un code postal compte 5 chiffres.</translation>
    </message>
    <message>
        <source>The number is digits only (put bis/ter in its own box).</source>
        <translation>Le numéro ne contient que des chiffres (mettez bis/ter dans sa case).</translation>
    </message>
</context>
<context>
    <name>MapImport</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Which field holds the INSEE code?</source>
        <translation>Quel champ contient le code INSEE&#xa0;?</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Nom de la commune</translation>
    </message>
    <message>
        <source>Which field holds the commune name?</source>
        <translation>Quel champ contient le nom de la commune&#xa0;?</translation>
    </message>
    <message>
        <source>%s: census %s (%s), villages updated: %s</source>
        <translation>%s&#xa0;: recensement %s (%s), villages mis à jour&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Click a commune on the map</source>
        <translation>Cliquez sur une commune de la carte</translation>
    </message>
    <message>
        <source>Show pledgers&apos; names on the map</source>
        <translation>Afficher les noms sur la carte</translation>
    </message>
    <message>
        <source>Personal data: leave off when the screen is shared</source>
        <translation>Données personnelles&#xa0;: à laisser décoché quand l’écran est partagé</translation>
    </message>
    <message>
        <source>Detour factor</source>
        <translation>Coefficient de détour</translation>
    </message>
    <message>
        <source>Estimated route = straight line × this factor</source>
        <translation>Tracé estimé = distance à vol d’oiseau × ce coefficient</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Export for presentation…</source>
        <translation>Exporter pour une présentation…</translation>
    </message>
    <message>
        <source>Export the map for presentation…</source>
        <translation>Exporter la carte pour une présentation…</translation>
    </message>
    <message>
        <source>Import commune boundaries (ADMIN EXPRESS, GPKG, SHP)…</source>
        <translation>Importer les limites communales (ADMIN EXPRESS, GPKG, SHP)…</translation>
    </message>
    <message>
        <source>Import backbone lines…</source>
        <translation>Importer les tracés de la dorsale…</translation>
    </message>
    <message>
        <source>Import points of presence…</source>
        <translation>Importer les points de présence…</translation>
    </message>
    <message>
        <source>Import INSEE census households…</source>
        <translation>Importer les foyers du recensement INSEE…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Drawing the map… %p%</source>
        <translation>Dessin de la carte… %p%</translation>
    </message>
    <message>
        <source>Links to PoPs: %s km in all (estimated routes)</source>
        <translation>Liens vers les PoP&#xa0;: %s km au total (tracés estimés)</translation>
    </message>
    <message>
        <source>The map could not be drawn: %s</source>
        <translation>La carte n’a pas pu être dessinée&#xa0;: %s</translation>
    </message>
    <message>
        <source>Map written to %s</source>
        <translation>Carte enregistrée dans %s</translation>
    </message>
</context>
<context>
    <name>MapSummary</name>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <source>Nearest PoP</source>
        <translation>PoP le plus proche</translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation>À vol d’oiseau</translation>
    </message>
    <message>
        <source>Link (est. route)</source>
        <translation>Lien (tracé estimé)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Columns were recognised by their names; correct them if needed.</source>
        <translation>Les colonnes ont été reconnues d’après leur nom&#xa0;; corrigez-les si besoin.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absente du fichier)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obligatoire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Village:</source>
        <translation>Village&#xa0;:</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Pledge for an address not in the BAN…</source>
        <translation>Promesse pour une adresse absente de la BAN…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <source>Open a project to see its villages.</source>
        <translation>Ouvrez un projet pour voir ses villages.</translation>
    </message>
    <message>
        <source>Import &amp;Addresses (BAN)…</source>
        <translation>Importer les &amp;adresses (BAN)…</translation>
    </message>
    <message>
        <source>No doors in this village yet: use File ▸ Import Addresses (BAN)… with the adresses-XX.csv file of your department.</source>
        <translation>Aucune porte dans ce village pour l’instant&#xa0;: utilisez Fichier ▸ Importer les adresses (BAN)… avec le fichier adresses-XX.csv de votre département.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Ce projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Door {0}: {1}</source>
        <translation>Porte {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Visit not recorded</source>
        <translation>Passage non enregistré</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Edit pledge</source>
        <translation>Modifier la promesse</translation>
    </message>
    <message>
        <source>Remove pledge</source>
        <translation>Supprimer la promesse</translation>
    </message>
    <message>
        <source>Remove this pledge from the project? The removal is recorded in the audit log.</source>
        <translation>Supprimer cette promesse du projet&#xa0;? La suppression est inscrite au journal.</translation>
    </message>
    <message>
        <source>Address not in the BAN</source>
        <translation>Adresse absente de la BAN</translation>
    </message>
    <message>
        <source>Import addresses (BAN)</source>
        <translation>Importer les adresses (BAN)</translation>
    </message>
    <message>
        <source>BAN address files (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>Fichiers d’adresses BAN (*.csv *.csv.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason: {0}</source>
        <translation>Lignes rejetées, avec le motif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Addresses imported</source>
        <translation>Adresses importées</translation>
    </message>
    <message>
        <source>Importing addresses…</source>
        <translation>Import des adresses…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name is recorded with each visit and pledge you enter.
Name:</source>
        <translation>Votre nom est enregistré avec chaque passage et chaque promesse que vous saisissez.
Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Click to edit; tick 2 to 4 scenarios to compare them</source>
        <translation>Cliquez pour modifier&#xa0;; cochez 2 à 4 scénarios pour les comparer</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copier…</translation>
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
        <source>&lt;b&gt;Scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scénarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export model workbook…</source>
        <translation>Exporter le classeur du modèle…</translation>
    </message>
    <message>
        <source>Carrier brief…</source>
        <translation>Demande de prix opérateur…</translation>
    </message>
    <message>
        <source>Amounts HT. * = estimate (no public source); hover a parameter for its source.</source>
        <translation>Montants HT. * = estimation (pas de source publique)&#xa0;; survolez un paramètre pour voir sa source.</translation>
    </message>
    <message>
        <source>Tick 2 to 4 scenarios in the list; differences are highlighted.</source>
        <translation>Cochez 2 à 4 scénarios dans la liste&#xa0;; les différences sont surlignées.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translation>Copier le scénario</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Delete the scenario “%s”?</source>
        <translation>Supprimer le scénario «&#xa0;%s&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Exporting the model workbook</source>
        <translation>Export du classeur du modèle</translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <source>Export model workbook</source>
        <translation>Exporter le classeur du modèle</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Carrier brief</source>
        <translation>Demande de prix opérateur</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>Take-up from</source>
        <translation>Souscription d’après</translation>
    </message>
    <message>
        <source>Assumed take rate</source>
        <translation>Taux de souscription supposé</translation>
    </message>
    <message>
        <source>Pledges that become members</source>
        <translation>Promesses qui deviennent adhésions</translation>
    </message>
    <message>
        <source>Years to reach full take-up</source>
        <translation>Années pour atteindre la souscription complète</translation>
    </message>
    <message>
        <source>Members leaving each year (not replaced)</source>
        <translation>Adhérents qui partent chaque année (non remplacés)</translation>
    </message>
    <message>
        <source>Member fee (HT)</source>
        <translation>Mensualité adhérent (HT)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>How the cooperative operates</source>
        <translation>Mode d’exploitation de la coopérative</translation>
    </message>
    <message>
        <source>Route length ÷ straight line</source>
        <translation>Longueur du tracé ÷ vol d’oiseau</translation>
    </message>
    <message>
        <source>Link to the PoP when no PoP is known</source>
        <translation>Lien vers le PoP quand aucun PoP n’est connu</translation>
    </message>
    <message>
        <source>Underground (new trench)</source>
        <translation>Souterrain (nouvelle tranchée)</translation>
    </message>
    <message>
        <source>Aerial on existing poles</source>
        <translation>Aérien sur poteaux existants</translation>
    </message>
    <message>
        <source>In existing ducts</source>
        <translation>Dans des fourreaux existants</translation>
    </message>
    <message>
        <source>Underground trench</source>
        <translation>Tranchée souterraine</translation>
    </message>
    <message>
        <source>Aerial cable</source>
        <translation>Câble aérien</translation>
    </message>
    <message>
        <source>Cable blown in existing ducts</source>
        <translation>Câble soufflé dans des fourreaux existants</translation>
    </message>
    <message>
        <source>Cost per premises passed</source>
        <translation>Coût par local raccordable</translation>
    </message>
    <message>
        <source>Connection, light</source>
        <translation>Raccordement simple</translation>
    </message>
    <message>
        <source>Connection, moderate</source>
        <translation>Raccordement moyen</translation>
    </message>
    <message>
        <source>Connection, heavy</source>
        <translation>Raccordement complexe</translation>
    </message>
    <message>
        <source>Light connections</source>
        <translation>Part de raccordements simples</translation>
    </message>
    <message>
        <source>Moderate connections</source>
        <translation>Part de raccordements moyens</translation>
    </message>
    <message>
        <source>Heavy connections</source>
        <translation>Part de raccordements complexes</translation>
    </message>
    <message>
        <source>Active equipment (OLT, switches, PoP rack)</source>
        <translation>Équipements actifs (OLT, commutateurs, baie au PoP)</translation>
    </message>
    <message>
        <source>Contingency on capex</source>
        <translation>Provision pour aléas sur l’investissement</translation>
    </message>
    <message>
        <source>Volunteer labour</source>
        <translation>Travail bénévole</translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation>Valeur d’une heure de bénévolat</translation>
    </message>
    <message>
        <source>RIP line fee</source>
        <translation>Location de ligne RIP</translation>
    </message>
    <message>
        <source>RIP line IRU (one-off)</source>
        <translation>IRU de ligne RIP (une fois)</translation>
    </message>
    <message>
        <source>RIP activation fee</source>
        <translation>Frais d’activation RIP</translation>
    </message>
    <message>
        <source>IP transit (committed)</source>
        <translation>Transit IP (engagé)</translation>
    </message>
    <message>
        <source>Change of transit prices</source>
        <translation>Évolution des prix du transit</translation>
    </message>
    <message>
        <source>IP transit above the commit</source>
        <translation>Transit IP au-delà de l’engagement</translation>
    </message>
    <message>
        <source>Backhaul lease to the PoP</source>
        <translation>Location de collecte jusqu’au PoP</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Accounting and audit</source>
        <translation>Comptabilité et commissariat aux comptes</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Member shares</source>
        <translation>Parts sociales des adhérents</translation>
    </message>
    <message>
        <source>Connection fee paid by the member</source>
        <translation>Frais de raccordement payés par l’adhérent</translation>
    </message>
    <message>
        <source>Grants (amount)</source>
        <translation>Subventions (montant)</translation>
    </message>
    <message>
        <source>Grants (share of initial capex)</source>
        <translation>Subventions (part de l’investissement initial)</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Emprunt</translation>
    </message>
    <message>
        <source>Loan interest rate</source>
        <translation>Taux d’intérêt de l’emprunt</translation>
    </message>
    <message>
        <source>Loan duration</source>
        <translation>Durée de l’emprunt</translation>
    </message>
    <message>
        <source>Cash at start</source>
        <translation>Trésorerie de départ</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Taux d’actualisation</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Usage per line</source>
        <translation>Usage par ligne</translation>
    </message>
    <message>
        <source>Busy hour ÷ average hour</source>
        <translation>Heure chargée ÷ heure moyenne</translation>
    </message>
    <message>
        <source>Per-line variability (std dev ÷ mean)</source>
        <translation>Variabilité par ligne (écart type ÷ moyenne)</translation>
    </message>
    <message>
        <source>Usage of a 1 Gb/s tier ÷ standard</source>
        <translation>Usage d’une offre 1 Gb/s ÷ offre standard</translation>
    </message>
    <message>
        <source>Traffic growth</source>
        <translation>Croissance du trafic</translation>
    </message>
    <message>
        <source>Overflow probability ε</source>
        <translation>Probabilité de débordement ε</translation>
    </message>
    <message>
        <source>Transit contract term</source>
        <translation>Durée du contrat de transit</translation>
    </message>
    <message>
        <source>Commit granularity</source>
        <translation>Palier d’engagement</translation>
    </message>
    <message>
        <source>Simulation seed</source>
        <translation>Graine de la simulation</translation>
    </message>
    <message>
        <source>Availability wanted</source>
        <translation>Disponibilité souhaitée</translation>
    </message>
    <message>
        <source>Time to restore wanted</source>
        <translation>Délai de rétablissement souhaité</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
</context>
<context>
    <name>PledgeDataActions</name>
    <message>
        <source>Export pledges</source>
        <translation>Exporter les promesses</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>Exporting pledges…</source>
        <translation>Export des promesses…</translation>
    </message>
    <message>
        <source>%1 pledges exported to %2</source>
        <translation>%1 promesses exportées dans %2</translation>
    </message>
    <message>
        <source>Volunteer file</source>
        <translation>Fichier bénévole</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Extraction…</translation>
    </message>
    <message>
        <source>%1: %2 doors, %3 pledges.</source>
        <translation>%1&#xa0;: %2 portes, %3 promesses.</translation>
    </message>
    <message>
        <source>Merge a volunteer file</source>
        <translation>Fusionner un fichier bénévole</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>Taken: %1
Conflicts: %2
Unchanged: %3</source>
        <translation>Repris&#xa0;: %1
Conflits&#xa0;: %2
Inchangés&#xa0;: %3</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Printable pledge form</source>
        <translation>Formulaire de promesse à imprimer</translation>
    </message>
    <message>
        <source>Pledge form written to %1</source>
        <translation>Formulaire de promesse enregistré dans %1</translation>
    </message>
    <message>
        <source>Import &amp;Pledges…</source>
        <translation>Importer des &amp;promesses…</translation>
    </message>
    <message>
        <source>E&amp;xport Pledges…</source>
        <translation>E&amp;xporter les promesses…</translation>
    </message>
    <message>
        <source>Extract &amp;Volunteer File…</source>
        <translation>Extraire un fichier &amp;bénévole…</translation>
    </message>
    <message>
        <source>&amp;Merge Volunteer File…</source>
        <translation>F&amp;usionner un fichier bénévole…</translation>
    </message>
    <message>
        <source>Personal &amp;Data…</source>
        <translation>&amp;Données personnelles…</translation>
    </message>
    <message>
        <source>Printable Pledge &amp;Form…</source>
        <translation>Formulaire de promesse à i&amp;mprimer…</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Pledge</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Edit pledge</source>
        <translation>Modifier la promesse</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— non demandé —</translation>
    </message>
    <message>
        <source>Wanted speed</source>
        <translation>Débit souhaité</translation>
    </message>
    <message>
        <source>Monthly fee accepted (€)</source>
        <translation>Mensualité acceptée (€)</translation>
    </message>
    <message>
        <source>Shares subscribed (€)</source>
        <translation>Parts sociales souscrites (€)</translation>
    </message>
    <message>
        <source>Agrees to be in the pledge register (wording {0}) — required</source>
        <translation>Accepte d’être inscrit au registre (formulation {0}) — obligatoire</translation>
    </message>
    <message>
        <source>Wants news of the project (optional)</source>
        <translation>Souhaite recevoir des nouvelles du projet (facultatif)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Volunteer: {0}</source>
        <translation>Bénévole&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>{0} — no address</source>
        <translation>{0} — sans adresse</translation>
    </message>
</context>
<context>
    <name>PledgeStatus</name>
    <message>
        <source>pledged</source>
        <translation>promesse</translation>
    </message>
    <message>
        <source>member</source>
        <translation>adhérent</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <source>possible duplicate</source>
        <translation>doublon possible</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Mensualité</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts sociales</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Search a name, a phone, an email, a street…</source>
        <translation>Chercher un nom, un téléphone, un courriel, une rue…</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Tous les villages</translation>
    </message>
    <message>
        <source>Enter or double-click: edit · Delete: remove (asks first)</source>
        <translation>Entrée ou double-clic&#xa0;: modifier · Suppr&#xa0;: supprimer (avec confirmation)</translation>
    </message>
    <message>
        <source>{0} pledges</source>
        <translation>{0} promesses</translation>
    </message>
    <message>
        <source>{0} of {1} pledges</source>
        <translation>{0} promesses sur {1}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the preview</source>
        <translation>Vérifier l’aperçu</translation>
    </message>
    <message>
        <source>If accents look wrong or everything is in one column, choose the encoding or the delimiter.</source>
        <translation>Si les accents sont abîmés ou que tout tient dans une seule colonne, choisissez l’encodage ou le séparateur.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Excel workbook, first sheet</source>
        <translation>Classeur Excel, première feuille</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Read as: %1, delimiter %2</source>
        <translation>Lu en&#xa0;: %1, séparateur %2</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8 (BOM)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed</source>
        <translation>Annulé&#xa0;: rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before erasing personal data</source>
        <translation>avant un effacement de données personnelles</translation>
    </message>
    <message>
        <source>before purging old contacts</source>
        <translation>avant une purge des anciens contacts</translation>
    </message>
    <message>
        <source>before a file format upgrade</source>
        <translation>avant une mise à niveau du format de fichier</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>coopnet keeps a dated copy of the project before every merge, purge, erase, migration and re-import. Restoring replaces the project with the copy you choose (the current state is kept as one more backup).</source>
        <translation>coopnet garde une copie datée du projet avant chaque fusion, purge, effacement, migration et réimportation. La restauration remplace le projet par la copie choisie (l’état actuel est conservé comme une sauvegarde de plus).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>(no backup yet)</source>
        <translation>(aucune sauvegarde pour l’instant)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Members (target)</source>
        <translation>Adhérents (objectif)</translation>
    </message>
    <message>
        <source>Member fee</source>
        <translation>Mensualité adhérent</translation>
    </message>
    <message>
        <source>Break-even fee</source>
        <translation>Mensualité d’équilibre</translation>
    </message>
    <message>
        <source>Break-even take rate</source>
        <translation>Taux de souscription d’équilibre</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TRI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>Lowest cash balance</source>
        <translation>Trésorerie la plus basse</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Opex, year 1</source>
        <translation>Charges d’exploitation, année 1</translation>
    </message>
    <message>
        <source>Capex per premises passed</source>
        <translation>Investissement par local raccordable</translation>
    </message>
    <message>
        <source>Capex per member</source>
        <translation>Investissement par adhérent</translation>
    </message>
    <message>
        <source>Busy hour</source>
        <translation>Heure chargée</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Mutualisation</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>{0} HT = {1} TTC / month</source>
        <translation>{0} HT = {1} TTC / mois</translation>
    </message>
    <message>
        <source>{0} of {1} households ({2})</source>
        <translation>{0} foyers sur {1} ({2})</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>none (no change of sign)</source>
        <translation>aucun (pas de changement de signe)</translation>
    </message>
    <message>
        <source>year {0}</source>
        <translation>année {0}</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>pas avant la fin de l’horizon</translation>
    </message>
    <message>
        <source>{0} (year {1})</source>
        <translation>{0} (année {1})</translation>
    </message>
    <message>
        <source>{0} (year 1: {1})</source>
        <translation>{0} (année 1&#xa0;: {1})</translation>
    </message>
    <message>
        <source>mean M = {0} Mbps; capacity C = M + α√V = {1} Mbps</source>
        <translation>moyenne M = {0} Mbit/s&#xa0;; capacité C = M + α√V = {1} Mbit/s</translation>
    </message>
    <message>
        <source>villages alone need {0} Mbps, together {1}: gain {2}</source>
        <translation>villages seuls&#xa0;: {0} Mbit/s, ensemble&#xa0;: {1}&#xa0;; gain {2}</translation>
    </message>
    <message>
        <source>commit {0} Mbps (P95 {1}), burst {2} Mbps, port {3}</source>
        <translation>engagement {0} Mbit/s (P95 {1}), pointe {2} Mbit/s, port {3}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Possible duplicates (flagged for review): %1</source>
        <translation>Doublons possibles (signalés pour vérification)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: %1</source>
        <translation>Lignes rejetées, avec le motif de chacune&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Vous</translation>
    </message>
    <message>
        <source>&amp;Cooperative</source>
        <translation>&amp;Coopérative</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Open a project to set its cooperative&apos;s details</source>
        <translation>Ouvrez un projet pour renseigner sa coopérative</translation>
    </message>
    <message>
        <source>&amp;Volunteer name:</source>
        <translation>Nom du &amp;bénévole&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded with every visit and pledge you enter</source>
        <translation>Enregistré avec chaque passage et chaque promesse que vous saisissez</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Windows opened from now on use the new language; all of the application does after a restart.</source>
        <translation>Les fenêtres ouvertes désormais utilisent la nouvelle langue&#xa0;; toute l’application après un redémarrage.</translation>
    </message>
    <message>
        <source>Cooperative &amp;name:</source>
        <translation>&amp;Nom de la coopérative&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data controller:</source>
        <translation>&amp;Responsable du traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Legal name of who is responsible for the pledge data (printed on the pledge form); the cooperative&apos;s name when empty</source>
        <translation>Nom légal du responsable des données des promesses (imprimé sur le formulaire)&#xa0;; à défaut, le nom de la coopérative</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Registered address, on the pledge form and in the carrier brief</source>
        <translation>Adresse du siège, sur le formulaire de promesse et dans la demande de prix</translation>
    </message>
    <message>
        <source>Contact pe&amp;rson:</source>
        <translation>&amp;Personne à contacter&#xa0;:</translation>
    </message>
    <message>
        <source>Who carriers should call (carrier brief)</source>
        <translation>Qui les opérateurs doivent appeler (demande de prix)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Data protection &amp;officer:</source>
        <translation>&amp;Délégué à la protection des données&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: name and contact of the DPO, printed on the pledge form</source>
        <translation>Facultatif&#xa0;: nom et coordonnées du DPO, imprimés sur le formulaire de promesse</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Keep contact details of non-members for:</source>
        <translation>Garder les coordonnées des non-adhérents pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Retention period stated on the pledge form (CNIL: about 3 years)</source>
        <translation>Durée de conservation indiquée sur le formulaire (CNIL&#xa0;: environ 3 ans)</translation>
    </message>
    <message>
        <source>&amp;Speeds offered:</source>
        <translation>&amp;Débits proposés&#xa0;:</translation>
    </message>
    <message>
        <source>Separated by semicolons, e.g. 100 Mb/s; 300 Mb/s; 1 Gb/s</source>
        <translation>Séparés par des points-virgules, par ex. 100 Mb/s; 300 Mb/s; 1 Gb/s</translation>
    </message>
    <message>
        <source>Route &amp;detour factor:</source>
        <translation>Coefficient de dé&amp;tour des tracés&#xa0;:</translation>
    </message>
    <message>
        <source>Route length = straight line × this factor (roads never run straight)</source>
        <translation>Longueur du tracé = vol d’oiseau × ce coefficient (les routes ne vont jamais droit)</translation>
    </message>
    <message>
        <source>none (offline map without background)</source>
        <translation>aucun (carte hors ligne sans fond)</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>Dossi&amp;er…</translation>
    </message>
    <message>
        <source>Choose a folder of map tiles</source>
        <translation>Choisir un dossier de tuiles de carte</translation>
    </message>
    <message>
        <source>&amp;Basemap:</source>
        <translation>&amp;Fond de carte&#xa0;:</translation>
    </message>
    <message>
        <source>A tile URL with {z}/{x}/{y}, or a folder of tiles saved on this computer</source>
        <translation>Une URL de tuiles avec {z}/{x}/{y}, ou un dossier de tuiles enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>&amp;Sauvegardes conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Copies made before imports, merges and restores; the oldest go first</source>
        <translation>Copies faites avant les imports, fusions et restaurations&#xa0;; les plus anciennes partent en premier</translation>
    </message>
    <message>
        <source>Folder of map tiles</source>
        <translation>Dossier de tuiles de carte</translation>
    </message>
    <message>
        <source>The cooperative needs a name.</source>
        <translation>La coopérative doit avoir un nom.</translation>
    </message>
    <message>
        <source>Phone: “{0}” is not a French phone number.</source>
        <translation>Téléphone&#xa0;: «&#xa0;{0}&#xa0;» n’est pas un numéro français.</translation>
    </message>
    <message>
        <source>Email: “{0}” is not an email address.</source>
        <translation>Courriel&#xa0;: «&#xa0;{0}&#xa0;» n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Give at least one speed offered.</source>
        <translation>Indiquez au moins un débit proposé.</translation>
    </message>
    <message>
        <source>Basemap: give a tile URL with {z}/{x}/{y}, or an existing folder of tiles.</source>
        <translation>Fond de carte&#xa0;: donnez une URL de tuiles avec {z}/{x}/{y}, ou un dossier de tuiles existant.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>% of households</source>
        <translation>% des foyers</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/an</translation>
    </message>
    <message>
        <source>€/month</source>
        <translation>€/mois</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>% of route</source>
        <translation>% du tracé</translation>
    </message>
    <message>
        <source>€/m</source>
        <translation>€/m</translation>
    </message>
    <message>
        <source>€/premises</source>
        <translation>€/local</translation>
    </message>
    <message>
        <source>€/member</source>
        <translation>€/adhérent</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>€/hour</source>
        <translation>€/heure</translation>
    </message>
    <message>
        <source>€/member/month</source>
        <translation>€/adhérent/mois</translation>
    </message>
    <message>
        <source>€/line</source>
        <translation>€/ligne</translation>
    </message>
    <message>
        <source>€/new line</source>
        <translation>€/nouvelle ligne</translation>
    </message>
    <message>
        <source>€/Mbps/month</source>
        <translation>€/Mbit/s/mois</translation>
    </message>
    <message>
        <source>% of capex/year</source>
        <translation>% de l’investissement/an</translation>
    </message>
    <message>
        <source>€/year</source>
        <translation>€/an</translation>
    </message>
    <message>
        <source>GB/month</source>
        <translation>Go/mois</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbit/s</translation>
    </message>
</context>
<context>
    <name>VillagesModel</name>
    <message>
        <source>INSEE</source>
        <translation>INSEE</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Nearest PoP</source>
        <translation>PoP le plus proche</translation>
    </message>
    <message>
        <source>Link (km)</source>
        <translation>Lien (km)</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Filter by name or INSEE code…</source>
        <translation>Filtrer par nom ou code INSEE…</translation>
    </message>
    <message>
        <source>Villages of the cooperative</source>
        <translation>Villages de la coopérative</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} villages, {2} inhabitants, {3} households; backbone {4} km, {5} points of presence</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} villages, {2} habitants, {3} foyers&#xa0;; dorsale {4} km, {5} points de présence</translation>
    </message>
    <message>
        <source>Sample cooperative: boundaries are approximate; doors are synthetic; backbone and points of presence are illustrative.</source>
        <translation>Coopérative d’exemple&#xa0;: les limites communales sont approximatives, les portes sont fictives, la dorsale et les points de présence sont illustratifs.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>coopnet — unexpected error</source>
        <translation>coopnet — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong. Your project file is safe; you can keep working.

{0}</source>
        <translation>Un problème est survenu. Votre fichier de projet est intact&#xa0;; vous pouvez continuer à travailler.

{0}</translation>
    </message>
    <message>
        <source>Please send the details below to the people who maintain coopnet.</source>
        <translation>Merci d’envoyer les détails ci-dessous aux personnes qui maintiennent coopnet.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>an unsaved pledge for {0}</source>
        <translation>une promesse non enregistrée pour {0}</translation>
    </message>
    <message>
        <source>Pledge (recovered)</source>
        <translation>Promesse (récupérée)</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
</TS>
