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
        <source>workbooks saved with their computed values</source>
        <translation>classeurs enregistrés avec leurs valeurs calculées</translation>
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
        <source>Sample data: populations from INSEE (legal populations); commune boundaries from IGN ADMIN EXPRESS via france-geojson (Licence Ouverte); addresses, backbone and points of presence of the sample are synthetic or illustrative.</source>
        <translation>Données d’exemple&#xa0;: populations de l’INSEE (populations légales)&#xa0;; contours des communes de l’IGN ADMIN EXPRESS via france-geojson (Licence Ouverte)&#xa0;; les adresses, le réseau de collecte et les points de présence de l’exemple sont synthétiques ou indicatifs.</translation>
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
    <name>BanImport</name>
    <message>
        <source>%1 doors created, %2 updated, %3 unchanged, %4 skipped (other communes), %5 rejected</source>
        <translation>Portes créées&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3, ignorées (autres communes)&#xa0;: %4, rejetées&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 removed (no longer in the BAN, never visited), %2 kept although no longer in the BAN (visited or pledged)</source>
        <translation>retirées (plus dans la BAN, jamais visitées)&#xa0;: %1&#xa0;; gardées bien qu’absentes de la BAN (visitées ou avec promesse)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>{file} is open in the coopnet window ({holder}) and busy writing: nothing was written; try again, or add --wait to wait until it is free</source>
        <translation>{file} est ouvert dans la fenêtre coopnet ({holder}) et en cours d’écriture&#xa0;: rien n’a été écrit&#xa0;; réessayez, ou ajoutez --wait pour attendre qu’il soit libre</translation>
    </message>
    <message>
        <source>{file} is busy (another coopnet command is writing it): nothing was written; try again, or add --wait to wait until it is free</source>
        <translation>{file} est occupé (une autre commande coopnet y écrit)&#xa0;: rien n’a été écrit&#xa0;; réessayez, ou ajoutez --wait pour attendre qu’il soit libre</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: is a folder, expected a file</source>
        <translation>{path}&#xa0;: c’est un dossier, un fichier est attendu</translation>
    </message>
    <message>
        <source>{code}: no such village in this project (see “coopnet info”)</source>
        <translation>{code}&#xa0;: ce village n’est pas dans le projet (voir «&#xa0;coopnet info&#xa0;»)</translation>
    </message>
    <message>
        <source>--include-secondary and --exclude-secondary cannot go together</source>
        <translation>--include-secondary et --exclude-secondary ne peuvent pas aller ensemble</translation>
    </message>
    <message>
        <source>--threshold: {reason}</source>
        <translation>--threshold&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--deadline: {reason}</source>
        <translation>--deadline&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{status}” is not a door status ({statuses})</source>
        <translation>«&#xa0;{status}&#xa0;» n’est pas un état de porte ({statuses})</translation>
    </message>
    <message>
        <source>--status: “{word}” is not a door status ({statuses})</source>
        <translation>--status&#xa0;: «&#xa0;{word}&#xa0;» n’est pas un statut de porte ({statuses})</translation>
    </message>
    <message>
        <source>{file}: a project file name ends in {suffix}</source>
        <translation>{file}&#xa0;: le nom d’un fichier de projet se termine par {suffix}</translation>
    </message>
    <message>
        <source>--sample cannot be combined with --commune, --department or --postcode</source>
        <translation>--sample ne peut pas être combiné avec --commune, --department ou --postcode</translation>
    </message>
    <message>
        <source>(see “coopnet --help”)</source>
        <translation>(voir «&#xa0;coopnet --help&#xa0;»)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>unexpected error: {error} (run with -v for details)</source>
        <translation>erreur inattendue&#xa0;: {error} (relancez avec -v pour les détails)</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>remarque&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{server}: coopnet schema {version} ready (PostGIS {postgis}); roles {roles}</source>
        <translation>{server}&#xa0;: schéma coopnet {version} prêt (PostGIS {postgis})&#xa0;; rôles {roles}</translation>
    </message>
    <message>
        <source>cooperative “{coop}” added</source>
        <translation>coopérative «&#xa0;{coop}&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>{user}: {role} of {coop}, villages {villages}</source>
        <translation>{user}&#xa0;: {role} de {coop}, villages {villages}</translation>
    </message>
    <message>
        <source>password (shown once; the user puts it in ~/.pgpass): {password}</source>
        <translation>mot de passe (affiché une seule fois&#xa0;; à mettre dans ~/.pgpass)&#xa0;: {password}</translation>
    </message>
    <message>
        <source>synced with {server} ({coop}, {user}): {pushed} sent, {taken} received, {conflicts} conflicts to resolve, {invalid} invalid and {not_yours} outside your villages left here</source>
        <translation>synchronisé avec {server} ({coop}, {user})&#xa0;: {pushed} envoyés, {taken} reçus, {conflicts} conflits à résoudre, {invalid} invalides et {not_yours} hors de vos villages gardés ici</translation>
    </message>
</context>
<context>
    <name>CLIHelp</name>
    <message>
        <source>coopnet — tools for rural broadband cooperatives</source>
        <translation>coopnet — outils pour les coopératives rurales de très haut débit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>log details on stderr</source>
        <translation>détailler le journal sur la sortie d’erreur</translation>
    </message>
    <message>
        <source>import data into a project</source>
        <translation>importer des données dans un projet</translation>
    </message>
    <message>
        <source>if the project is busy (open in the coopnet window and writing), wait until it is free instead of giving up after a few seconds</source>
        <translation>si le projet est occupé (ouvert dans la fenêtre coopnet et en cours d’écriture), attendre qu’il soit libre au lieu d’abandonner après quelques secondes</translation>
    </message>
    <message>
        <source>language of the output (documents and messages): fr or en (default: COOPNET_LANG, else the system locale; now %(default)s)</source>
        <translation>langue de la sortie (documents et messages)&#xa0;: fr ou en (par défaut&#xa0;: COOPNET_LANG, sinon la langue du système&#xa0;; ici %(default)s)</translation>
    </message>
    <message>
        <source>commune boundaries (GPKG, Shapefile, GeoJSON; IGN ADMIN EXPRESS 3.x or 4.0)</source>
        <translation>limites des communes (GPKG, Shapefile, GeoJSON&#xa0;; IGN ADMIN EXPRESS 3.x ou 4.0)</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>fichier du projet</translation>
    </message>
    <message>
        <source>GIS file: .gpkg, .shp, .geojson (any CRS)</source>
        <translation>fichier SIG&#xa0;: .gpkg, .shp, .geojson (toute projection)</translation>
    </message>
    <message>
        <source>layer to read (default: COMMUNE, or the only one)</source>
        <translation>couche à lire (par défaut&#xa0;: COMMUNE, ou la seule couche)</translation>
    </message>
    <message>
        <source>field holding the INSEE code</source>
        <translation>champ du code INSEE</translation>
    </message>
    <message>
        <source>field holding the commune name</source>
        <translation>champ du nom de la commune</translation>
    </message>
    <message>
        <source>also add communes that are not yet in the project</source>
        <translation>ajouter aussi les communes absentes du projet</translation>
    </message>
    <message>
        <source>source shown on maps (default: file name)</source>
        <translation>source indiquée sur les cartes (par défaut&#xa0;: nom du fichier)</translation>
    </message>
    <message>
        <source>backbone lines (GPKG, Shapefile, GeoJSON)</source>
        <translation>tracés de la dorsale (GPKG, Shapefile, GeoJSON)</translation>
    </message>
    <message>
        <source>GIS file with lines (any CRS)</source>
        <translation>fichier SIG de lignes (toute projection)</translation>
    </message>
    <message>
        <source>layer to read</source>
        <translation>couche à lire</translation>
    </message>
    <message>
        <source>mark the lines as illustrative</source>
        <translation>marquer les tracés comme indicatifs</translation>
    </message>
    <message>
        <source>points of presence (GIS points, or CSV with lon/lat)</source>
        <translation>points de présence (points SIG, ou CSV avec lon/lat)</translation>
    </message>
    <message>
        <source>GIS file with points, or CSV (; or ,) with name, lon, lat</source>
        <translation>fichier SIG de points, ou CSV (; ou ,) avec nom, lon, lat</translation>
    </message>
    <message>
        <source>field holding the PoP name</source>
        <translation>champ du nom du PoP</translation>
    </message>
    <message>
        <source>mark the PoPs as illustrative</source>
        <translation>marquer les PoP comme indicatifs</translation>
    </message>
    <message>
        <source>INSEE census dwellings (CODGEO, P21_RP…; CSV or XLSX)</source>
        <translation>logements du recensement INSEE (CODGEO, P21_RP…&#xa0;; CSV ou XLSX)</translation>
    </message>
    <message>
        <source>INSEE file: CSV (;) or XLSX</source>
        <translation>fichier INSEE&#xa0;: CSV (;) ou XLSX</translation>
    </message>
    <message>
        <source>export the map: standalone HTML, PNG or PDF (A4 landscape)</source>
        <translation>exporter la carte&#xa0;: HTML autonome, PNG ou PDF (A4 paysage)</translation>
    </message>
    <message>
        <source>title printed on the map (default: the cooperative&apos;s name)</source>
        <translation>titre imprimé sur la carte (par défaut&#xa0;: le nom de la coopérative)</translation>
    </message>
    <message>
        <source>zoom on this village</source>
        <translation>centrer sur ce village</translation>
    </message>
    <message>
        <source>show pledgers&apos; names on the HTML map (personal data: off by default)</source>
        <translation>afficher le nom des signataires sur la carte HTML (données personnelles&#xa0;: masqués par défaut)</translation>
    </message>
    <message>
        <source>(used by the app) write the in-app map page and its village summaries</source>
        <translation>(utilisé par l’application) écrire la page de carte de l’application et les résumés des villages</translation>
    </message>
    <message>
        <source>project file (opened read-only)</source>
        <translation>fichier du projet (ouvert en lecture seule)</translation>
    </message>
    <message>
        <source>the page; summaries go to OUT.json</source>
        <translation>la page&#xa0;; les résumés vont dans OUT.json</translation>
    </message>
    <message>
        <source>MapOptions fields as JSON</source>
        <translation>champs de MapOptions en JSON</translation>
    </message>
    <message>
        <source>show or set the map&apos;s optional basemap (off by default)</source>
        <translation>afficher ou choisir le fond de carte facultatif (aucun par défaut)</translation>
    </message>
    <message>
        <source>tile URL with {z}/{x}/{y}, or a local folder of z/x/y.png tiles; “off” removes it</source>
        <translation>URL de tuiles avec {z}/{x}/{y}, ou dossier local de tuiles z/x/y.png&#xa0;; «&#xa0;off&#xa0;» le retire</translation>
    </message>
    <message>
        <source>each village&apos;s link to its nearest PoP (km)</source>
        <translation>lien de chaque village vers son PoP le plus proche (km)</translation>
    </message>
    <message>
        <source>route length = straight line × X (default 1.3); saved in the project</source>
        <translation>longueur du tracé = ligne droite × X (par défaut 1,3)&#xa0;; enregistré dans le projet</translation>
    </message>
    <message>
        <source>the federation&apos;s views from its server (counts only): department map, pooled traffic of all cooperatives, one carrier brief</source>
        <translation>les vues de la fédération depuis son serveur (comptages seulement)&#xa0;: carte du département, trafic mutualisé de toutes les coopératives, une demande de devis unique</translation>
    </message>
    <message>
        <source>a project file that has synced (its server, scenario, backbone and PoPs), or the server&apos;s address postgresql://user@host/database</source>
        <translation>un fichier projet déjà synchronisé (son serveur, son scénario, sa dorsale et ses PoP), ou l’adresse du serveur postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>every cooperative&apos;s villages coloured by take-up: standalone HTML, PNG or PDF</source>
        <translation>les villages de chaque coopérative colorés selon les promesses&#xa0;: HTML autonome, PNG ou PDF</translation>
    </message>
    <message>
        <source>title printed on the map</source>
        <translation>titre imprimé sur la carte</translation>
    </message>
    <message>
        <source>the pooled traffic model of all cooperatives against each cooperative alone</source>
        <translation>le modèle de trafic mutualisé de toutes les coopératives face à chaque coopérative seule</translation>
    </message>
    <message>
        <source>the project&apos;s scenario whose parameters are used (default: base; a server address uses the defaults)</source>
        <translation>le scénario du projet dont les paramètres sont utilisés (par défaut&#xa0;: base&#xa0;; avec une adresse de serveur, les valeurs par défaut)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>one carrier brief (request for quote) for the whole federation, PDF or XLSX</source>
        <translation>une demande de devis opérateur pour toute la fédération, PDF ou XLSX</translation>
    </message>
    <message>
        <source>the federation&apos;s name on the brief (default: “Federation of N cooperatives”)</source>
        <translation>le nom de la fédération sur la demande (par défaut&#xa0;: «&#xa0;Fédération de N coopératives&#xa0;»)</translation>
    </message>
    <message>
        <source>doors from a BAN file (adresses-XX.csv or .csv.gz)</source>
        <translation>portes d’un fichier BAN (adresses-XX.csv ou .csv.gz)</translation>
    </message>
    <message>
        <source>BAN file: adresses-XX.csv or adresses-XX.csv.gz</source>
        <translation>fichier BAN&#xa0;: adresses-XX.csv ou adresses-XX.csv.gz</translation>
    </message>
    <message>
        <source>write rejected rows here, with a reason</source>
        <translation>écrire ici les lignes rejetées, avec leur motif</translation>
    </message>
    <message>
        <source>remove never-visited doors missing from the file even when many (over 5 %%) of a village&apos;s</source>
        <translation>supprimer les portes jamais visitées absentes du fichier même quand elles sont nombreuses (plus de 5 %% de celles d’un village)</translation>
    </message>
    <message>
        <source>show or set a village&apos;s threshold and deadline</source>
        <translation>afficher ou fixer le seuil et l’échéance d’un village</translation>
    </message>
    <message>
        <source>INSEE code of the village (e.g. 78616)</source>
        <translation>code INSEE du village (par ex. 78616)</translation>
    </message>
    <message>
        <source>households needed: a count, or a share of eligible doors</source>
        <translation>foyers nécessaires&#xa0;: un nombre, ou une part des portes éligibles</translation>
    </message>
    <message>
        <source>count vacant doors and second homes as eligible</source>
        <translation>compter les logements vacants et les résidences secondaires comme éligibles</translation>
    </message>
    <message>
        <source>leave vacant doors and second homes out (the default)</source>
        <translation>exclure les logements vacants et les résidences secondaires (par défaut)</translation>
    </message>
    <message>
        <source>deadline (“none” to clear)</source>
        <translation>échéance («&#xa0;none&#xa0;» pour l’effacer)</translation>
    </message>
    <message>
        <source>print the village&apos;s progress as JSON</source>
        <translation>afficher l’avancement du village en JSON</translation>
    </message>
    <message>
        <source>list a village&apos;s doors with their status</source>
        <translation>lister les portes d’un village avec leur état</translation>
    </message>
    <message>
        <source>only doors with this status</source>
        <translation>seulement les portes dans cet état</translation>
    </message>
    <message>
        <source>record a visit: set a door&apos;s status</source>
        <translation>enregistrer un passage&#xa0;: fixer l’état d’une porte</translation>
    </message>
    <message>
        <source>door id or walk-list door code (see “coopnet doors”)</source>
        <translation>identifiant de la porte ou code de porte de la feuille (voir «&#xa0;coopnet doors&#xa0;»)</translation>
    </message>
    <message>
        <source>print a village&apos;s doors street by street for paper canvassing (PDF)</source>
        <translation>imprimer les portes d’un village rue par rue pour le porte-à-porte sur papier (PDF)</translation>
    </message>
    <message>
        <source>only the streets whose name contains S</source>
        <translation>seulement les rues dont le nom contient S</translation>
    </message>
    <message>
        <source>only doors with these statuses (comma-separated)</source>
        <translation>seulement les portes de ces statuts (séparés par des virgules)</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>fichier PDF à écrire</translation>
    </message>
    <message>
        <source>language of the sheets (default: the interface&apos;s)</source>
        <translation>langue des feuilles (par défaut&#xa0;: celle de l’interface)</translation>
    </message>
    <message>
        <source>one of {statuses} (or its key: {keys})</source>
        <translation>parmi {statuses} (ou sa lettre&#xa0;: {keys})</translation>
    </message>
    <message>
        <source>volunteer name (default: your user name)</source>
        <translation>nom du bénévole (par défaut&#xa0;: votre nom d’utilisateur)</translation>
    </message>
    <message>
        <source>a note kept with the visit</source>
        <translation>une note conservée avec le passage</translation>
    </message>
    <message>
        <source>list, show, change and copy model scenarios</source>
        <translation>lister, afficher, modifier et copier les scénarios du modèle</translation>
    </message>
    <message>
        <source>the scenarios of the project</source>
        <translation>les scénarios du projet</translation>
    </message>
    <message>
        <source>every parameter of a scenario, with unit and source</source>
        <translation>tous les paramètres d’un scénario, avec unité et source</translation>
    </message>
    <message>
        <source>change parameters: key=value …</source>
        <translation>modifier des paramètres&#xa0;: clé=valeur …</translation>
    </message>
    <message>
        <source>copy a scenario under a new name</source>
        <translation>copier un scénario sous un nouveau nom</translation>
    </message>
    <message>
        <source>rename a scenario</source>
        <translation>renommer un scénario</translation>
    </message>
    <message>
        <source>delete a scenario</source>
        <translation>supprimer un scénario</translation>
    </message>
    <message>
        <source>cost and financing model of a scenario</source>
        <translation>modèle de coûts et de financement d’un scénario</translation>
    </message>
    <message>
        <source>measured traffic: import counters, the month&apos;s 95th-percentile bill, calibration</source>
        <translation>trafic mesuré&#xa0;: import des compteurs, facture du 95e centile du mois, calibrage</translation>
    </message>
    <message>
        <source>import measured traffic (CSV of rates or octet counters, MRTG .log, RRD XML)</source>
        <translation>importer du trafic mesuré (CSV de débits ou de compteurs d’octets, .log MRTG, XML RRD)</translation>
    </message>
    <message>
        <source>the measures file</source>
        <translation>le fichier de mesures</translation>
    </message>
    <message>
        <source>interface name (default: the file&apos;s name)</source>
        <translation>nom de l’interface (par défaut&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>file format (default: guessed from the file)</source>
        <translation>format du fichier (par défaut&#xa0;: reconnu d’après le fichier)</translation>
    </message>
    <message>
        <source>zone of times written without one (default: %(default)s)</source>
        <translation>fuseau des heures écrites sans fuseau (par défaut&#xa0;: %(default)s)</translation>
    </message>
    <message>
        <source>interface speed in Mbps (tells a counter wrap from a reset)</source>
        <translation>vitesse de l’interface en Mbit/s (distingue un tour de compteur d’une remise à zéro)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>the month&apos;s bill: 95th percentile, commit, overage, busy hour, peak</source>
        <translation>la facture du mois&#xa0;: 95e centile, engagement, dépassement, heure chargée, pointe</translation>
    </message>
    <message>
        <source>billing month (repeatable; default: every month measured)</source>
        <translation>mois de facturation (répétable&#xa0;; par défaut&#xa0;: tous les mois mesurés)</translation>
    </message>
    <message>
        <source>only this interface (repeatable; default: all, added together)</source>
        <translation>seulement cette interface (répétable&#xa0;; par défaut&#xa0;: toutes, additionnées)</translation>
    </message>
    <message>
        <source>scenario holding the contract (commit, rule, prices)</source>
        <translation>scénario qui porte le contrat (engagement, règle, prix)</translation>
    </message>
    <message>
        <source>also write the live Excel workbook (OUT.xlsx)</source>
        <translation>écrire aussi le classeur Excel avec formules (OUT.xlsx)</translation>
    </message>
    <message>
        <source>aggregated traffic: capacity, pooling gain, 95th-percentile commit</source>
        <translation>trafic agrégé&#xa0;: capacité, gain de mutualisation, engagement au 95e centile</translation>
    </message>
    <message>
        <source>carrier brief (request for quote), PDF or XLSX</source>
        <translation>demande de prix opérateur, en PDF ou XLSX</translation>
    </message>
    <message>
        <source>renegotiation brief (PDF or XLSX, counts only): when the commit is passed, what to ask for</source>
        <translation>note de renégociation (PDF ou XLSX, effectifs seulement)&#xa0;: quand l’engagement est dépassé, quoi demander</translation>
    </message>
    <message>
        <source>OUT.pdf or OUT.xlsx</source>
        <translation>OUT.pdf ou OUT.xlsx</translation>
    </message>
    <message>
        <source>the members&apos; page: self-contained offline HTML, French and English, counts only</source>
        <translation>la page des adhérents&#xa0;: HTML autonome hors ligne, en français et en anglais, effectifs seulement</translation>
    </message>
    <message>
        <source>folder to write index.html (French) and index.en.html</source>
        <translation>dossier où écrire index.html (français) et index.en.html</translation>
    </message>
    <message>
        <source>poll a router&apos;s traffic counters over SNMP and store them in the project</source>
        <translation>relever les compteurs de trafic d’un routeur en SNMP et les enregistrer dans le projet</translation>
    </message>
    <message>
        <source>the router&apos;s address</source>
        <translation>l’adresse du routeur</translation>
    </message>
    <message>
        <source>SNMP v2c community (default: public)</source>
        <translation>communauté SNMP v2c (par défaut&#xa0;: public)</translation>
    </message>
    <message>
        <source>SNMP v3 user</source>
        <translation>utilisateur SNMP v3</translation>
    </message>
    <message>
        <source>interface name on the router (ifName or ifDescr)</source>
        <translation>nom de l’interface sur le routeur (ifName ou ifDescr)</translation>
    </message>
    <message>
        <source>seconds between polls (default: %(default)s)</source>
        <translation>secondes entre deux relevés (par défaut&#xa0;: %(default)s)</translation>
    </message>
    <message>
        <source>stop after N polls</source>
        <translation>s’arrêter après N relevés</translation>
    </message>
    <message>
        <source>refresh the members&apos; page in DIR at each poll</source>
        <translation>mettre à jour la page des adhérents dans DOSSIER à chaque relevé</translation>
    </message>
    <message>
        <source>import household pledges from a CSV or XLSX file</source>
        <translation>importer les promesses des foyers depuis un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>the project file (.coopnet)</source>
        <translation>le fichier du projet (.coopnet)</translation>
    </message>
    <message>
        <source>pledges as .csv or .xlsx</source>
        <translation>promesses en .csv ou .xlsx</translation>
    </message>
    <message>
        <source>where bad rows go (default: SRC-rejects.csv next to SRC)</source>
        <translation>où vont les lignes rejetées (par défaut&#xa0;: SRC-rejects.csv à côté de SRC)</translation>
    </message>
    <message>
        <source>utf-8, utf-8-sig, cp1252… (default: detected)</source>
        <translation>utf-8, utf-8-sig, cp1252… (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>; , or tab (default: detected)</source>
        <translation>; , ou tabulation (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>stamped on rows without a Bénévole column</source>
        <translation>inscrit sur les lignes sans colonne Bénévole</translation>
    </message>
    <message>
        <source>language of the counts and of the reject reasons (default: the system&apos;s)</source>
        <translation>langue des décomptes et des motifs de rejet (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>for a list without a consent column: the legal basis and its evidence, stated once and recorded on each row (e.g. &quot;paper forms kept at the town hall&quot;)</source>
        <translation>pour une liste sans colonne de consentement&#xa0;: la base légale et sa preuve, indiquées une fois et enregistrées sur chaque ligne (ex. &quot;bulletins papier conservés en mairie&quot;)</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>afficher les décomptes en JSON</translation>
    </message>
    <message>
        <source>export data from a project</source>
        <translation>exporter les données d’un projet</translation>
    </message>
    <message>
        <source>export pledges to CSV (; UTF-8 BOM) or XLSX</source>
        <translation>exporter les promesses en CSV (; UTF-8 avec BOM) ou XLSX</translation>
    </message>
    <message>
        <source>OUT.csv or OUT.xlsx</source>
        <translation>OUT.csv ou OUT.xlsx</translation>
    </message>
    <message>
        <source>only this village (repeatable)</source>
        <translation>seulement ce village (répétable)</translation>
    </message>
    <message>
        <source>make a volunteer file with some villages only</source>
        <translation>créer un fichier bénévole limité à quelques villages</translation>
    </message>
    <message>
        <source>a village to include (repeatable)</source>
        <translation>un village à inclure (répétable)</translation>
    </message>
    <message>
        <source>merge a volunteer file back into the project</source>
        <translation>fusionner un fichier bénévole dans le projet</translation>
    </message>
    <message>
        <source>personal data: export, erase, purge (GDPR)</source>
        <translation>données personnelles&#xa0;: exporter, effacer, purger (RGPD)</translation>
    </message>
    <message>
        <source>everything held on one household, as JSON</source>
        <translation>tout ce qui est conservé sur un foyer, en JSON</translation>
    </message>
    <message>
        <source>pledge id (or door id)</source>
        <translation>identifiant de la promesse (ou de la porte)</translation>
    </message>
    <message>
        <source>remove a household&apos;s personal fields (statistics kept)</source>
        <translation>effacer les données personnelles d’un foyer (statistiques conservées)</translation>
    </message>
    <message>
        <source>also erase the household in the project&apos;s backups</source>
        <translation>effacer aussi le foyer dans les sauvegardes du projet</translation>
    </message>
    <message>
        <source>anonymise non-members with no contact for N months</source>
        <translation>anonymiser les non-adhérents sans contact depuis N mois</translation>
    </message>
    <message>
        <source>printable pledge form (PDF) with the data notice</source>
        <translation>formulaire de promesse à imprimer (PDF) avec la mention sur les données</translation>
    </message>
    <message>
        <source>open the coopnet window (default command)</source>
        <translation>ouvrir la fenêtre de coopnet (commande par défaut)</translation>
    </message>
    <message>
        <source>project file (default: last project, else the sample)</source>
        <translation>fichier du projet (par défaut&#xa0;: le dernier projet, sinon l’exemple)</translation>
    </message>
    <message>
        <source>create a project file</source>
        <translation>créer un fichier de projet</translation>
    </message>
    <message>
        <source>new project file (NAME{suffix})</source>
        <translation>nouveau fichier de projet (NOM{suffix})</translation>
    </message>
    <message>
        <source>fill it with the sample cooperative</source>
        <translation>le remplir avec la coopérative d’exemple</translation>
    </message>
    <message>
        <source>cooperative name</source>
        <translation>nom de la coopérative</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <source>add this commune from the national reference: INSEE code or name, “Thoiry (78)” for homonyms (repeatable)</source>
        <translation>ajouter cette commune du référentiel national&#xa0;: code INSEE ou nom, «&#xa0;Thoiry (78)&#xa0;» pour les homonymes (répétable)</translation>
    </message>
    <message>
        <source>add every commune of this department (repeatable)</source>
        <translation>ajouter toutes les communes de ce département (répétable)</translation>
    </message>
    <message>
        <source>add every commune of this postcode (repeatable)</source>
        <translation>ajouter toutes les communes de ce code postal (répétable)</translation>
    </message>
    <message>
        <source>what a project holds</source>
        <translation>ce que contient un projet</translation>
    </message>
    <message>
        <source>the federation&apos;s shared PostgreSQL/PostGIS server: init, add-coop, add-user</source>
        <translation>le serveur PostgreSQL/PostGIS partagé de la fédération&#xa0;: init, add-coop, add-user</translation>
    </message>
    <message>
        <source>server address, postgresql://user@host/database (the password comes from ~/.pgpass or the system keyring, never from the project)</source>
        <translation>adresse du serveur, postgresql://utilisateur@hôte/base (le mot de passe vient de ~/.pgpass ou du trousseau du système, jamais du projet)</translation>
    </message>
    <message>
        <source>create the schema, PostGIS columns, roles and access policies (safe to run again)</source>
        <translation>crée le schéma, les colonnes PostGIS, les rôles et les règles d’accès (peut être relancé sans risque)</translation>
    </message>
    <message>
        <source>register a cooperative on the server</source>
        <translation>enregistre une coopérative sur le serveur</translation>
    </message>
    <message>
        <source>create a server login: a volunteer (their villages), a board member (their cooperative) or the federation (counts only)</source>
        <translation>crée un compte sur le serveur&#xa0;: un bénévole (ses villages), un membre du bureau (sa coopérative) ou la fédération (comptages seulement)</translation>
    </message>
    <message>
        <source>login name (lower-case letters, digits, _)</source>
        <translation>nom de connexion (minuscules, chiffres, _)</translation>
    </message>
    <message>
        <source>the cooperative they belong to</source>
        <translation>sa coopérative</translation>
    </message>
    <message>
        <source>INSEE codes of the villages a volunteer works on</source>
        <translation>codes INSEE des villages où travaille le bénévole</translation>
    </message>
    <message>
        <source>what they may see (default: volunteer)</source>
        <translation>ce qu’il peut voir (par défaut&#xa0;: volunteer)</translation>
    </message>
    <message>
        <source>read the password from standard input (default: a random one, shown once)</source>
        <translation>lit le mot de passe sur l’entrée standard (par défaut&#xa0;: un mot de passe aléatoire, affiché une fois)</translation>
    </message>
    <message>
        <source>push this project&apos;s changes to the federation&apos;s server and pull the others&apos; (all or nothing)</source>
        <translation>envoie les modifications du projet au serveur de la fédération et reçoit celles des autres (tout ou rien)</translation>
    </message>
    <message>
        <source>server address for the first sync (remembered, without password)</source>
        <translation>adresse du serveur pour la première synchronisation (retenue, sans mot de passe)</translation>
    </message>
    <message>
        <source>the project&apos;s cooperative on the server, for the first sync (remembered)</source>
        <translation>la coopérative du projet sur le serveur, pour la première synchronisation (retenue)</translation>
    </message>
    <message>
        <source>type in the carrier&apos;s invoice (P95 and amount) and see the difference</source>
        <translation>saisir la facture de l’opérateur (P95 et montant) et voir l’écart</translation>
    </message>
    <message>
        <source>the 95th percentile on the carrier&apos;s invoice, in Mbps</source>
        <translation>le 95e centile de la facture de l’opérateur, en Mbit/s</translation>
    </message>
    <message>
        <source>the invoice&apos;s amount (HT), in euros</source>
        <translation>le montant de la facture (HT), en euros</translation>
    </message>
    <message>
        <source>connected members per village (counts only)</source>
        <translation>adhérents raccordés par village (effectifs seulement)</translation>
    </message>
    <message>
        <source>per-line busy-hour rate and variability measured, beside the scenario&apos;s; when the commit will be passed</source>
        <translation>débit par ligne à l’heure chargée et variabilité mesurés, à côté de ceux du scénario&#xa0;; quand l’engagement sera dépassé</translation>
    </message>
    <message>
        <source>connected members over the period (default: the project&apos;s pledges with status member)</source>
        <translation>adhérents raccordés sur la période (par défaut&#xa0;: les promesses du projet au statut adhérent)</translation>
    </message>
    <message>
        <source>write the measured values into a new scenario NAME</source>
        <translation>écrire les valeurs mesurées dans un nouveau scénario NOM</translation>
    </message>
</context>
<context>
    <name>Cancelled</name>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>annulé&#xa0;: rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>CarrierBrief</name>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>none known — to be proposed by the carrier</source>
        <translation>aucun connu — à proposer par l’opérateur</translation>
    </message>
    <message>
        <source>{name} ({lat} N, {lon} E), {km} km from the centre of the villages</source>
        <translation>{name} ({lat} N, {lon} E), à {km} km du centre des villages</translation>
    </message>
    <message>
        <source> — illustrative position</source>
        <translation> — position indicative</translation>
    </message>
    <message>
        <source>{value} Mbps</source>
        <translation>{value} Mbit/s</translation>
    </message>
    <message>
        <source>Handoff point of presence</source>
        <translation>Point de présence de livraison</translation>
    </message>
    <message>
        <source>Distance to the point of presence</source>
        <translation>Distance au point de présence</translation>
    </message>
    <message>
        <source>Interface / port</source>
        <translation>Interface / port</translation>
    </message>
    <message>
        <source>{port} Ethernet (burst needs up to {burst} Mbps)</source>
        <translation>{port} Ethernet (pointes jusqu’à {burst} Mbit/s)</translation>
    </message>
    <message>
        <source>Committed rate, first year</source>
        <translation>Débit engagé, première année</translation>
    </message>
    <message>
        <source>{commit} Mbps, 95th-percentile billing on 5-minute samples</source>
        <translation>{commit} Mbit/s, facturation au 95e centile sur échantillons de 5 minutes</translation>
    </message>
    <message>
        <source>Committed rate at full take-up</source>
        <translation>Débit engagé à souscription complète</translation>
    </message>
    <message>
        <source>{value} Mbps (year {year}, with that year&apos;s usage growth)</source>
        <translation>{value} Mbit/s (année {year}, avec la croissance des usages de cette année)</translation>
    </message>
    <message>
        <source>Villages counted in the demand</source>
        <translation>Villages comptés dans la demande</translation>
    </message>
    <message>
        <source>Burst cap wanted</source>
        <translation>Plafond de pointe souhaité</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>price per Mbps above the commit, please state it</source>
        <translation>prix par Mbit/s au-delà de l’engagement, à préciser</translation>
    </message>
    <message>
        <source>Members now → end of term</source>
        <translation>Adhérents aujourd’hui → fin de contrat</translation>
    </message>
    <message>
        <source>{now} → {end} (target {target})</source>
        <translation>{now} → {end} (objectif {target})</translation>
    </message>
    <message>
        <source>Busy-hour demand (all members)</source>
        <translation>Demande à l’heure chargée (tous les adhérents)</translation>
    </message>
    <message>
        <source>mean {mean} Mbps, capacity {capacity} Mbps</source>
        <translation>moyenne {mean} Mbit/s, capacité {capacity} Mbit/s</translation>
    </message>
    <message>
        <source>Usage assumption</source>
        <translation>Hypothèse d’usage</translation>
    </message>
    <message>
        <source>{gb} GB/month per line, {mbps} Mbps per line in the busy hour, growth {growth}/year</source>
        <translation>{gb} Go/mois par ligne, {mbps} Mbit/s par ligne à l’heure chargée, croissance {growth}/an</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Mutualisation</translation>
    </message>
    <message>
        <source>sum of the villages served separately {separate} Mbps; grouped {grouped} Mbps (pooling gain {gain})</source>
        <translation>somme des villages desservis séparément {separate} Mbit/s&#xa0;; regroupés {grouped} Mbit/s (gain de mutualisation {gain})</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} ans</translation>
    </message>
    <message>
        <source>Availability wanted</source>
        <translation>Disponibilité souhaitée</translation>
    </message>
    <message>
        <source>Time to restore wanted</source>
        <translation>Délai de rétablissement souhaité</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} heures</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>à convenir</translation>
    </message>
    <message>
        <source>to be completed by the board</source>
        <translation>à compléter par le bureau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>We are a cooperative of {villages} villages ({households} households, {pledges} pledges so far). We ask for a quote for one handoff serving all of them: grouping the villages needs far less capacity than serving each alone.</source>
        <translation>Nous sommes une coopérative de {villages} villages ({households} foyers, {pledges} promesses à ce jour). Nous demandons un devis pour un point de livraison unique qui les dessert tous&#xa0;: regrouper les villages demande bien moins de capacité que de desservir chacun séparément.</translation>
    </message>
    <message>
        <source>Capacity C = M + α√V, α = √(−2 ln ε), ε = {epsilon} (Gaussian aggregate of independent lines); the commit minimises the expected 95th-percentile bill in a seeded simulation of 5-minute samples.</source>
        <translation>Capacité C = M + α√V, α = √(−2 ln ε), ε = {epsilon} (agrégat gaussien de lignes indépendantes)&#xa0;; l’engagement minimise la facture attendue au 95e centile dans une simulation reproductible d’échantillons de 5 minutes.</translation>
    </message>
    <message>
        <source>scenario “{name}”</source>
        <translation>scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>members</source>
        <translation>adhérents</translation>
    </message>
    <message>
        <source>busy-hour capacity (Mbps)</source>
        <translation>capacité à l’heure chargée (Mbit/s)</translation>
    </message>
    <message>
        <source>commit (Mbps)</source>
        <translation>engagement (Mbit/s)</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>households</source>
        <translation>foyers</translation>
    </message>
    <message>
        <source>pledges</source>
        <translation>promesses</translation>
    </message>
    <message>
        <source>in this phase</source>
        <translation>dans cette phase</translation>
    </message>
    <message>
        <source>What we ask for</source>
        <translation>Ce que nous demandons</translation>
    </message>
    <message>
        <source>Capacity and commit by year of the term</source>
        <translation>Capacité et engagement par année du contrat</translation>
    </message>
    <message>
        <source>Villages (counts only)</source>
        <translation>Villages (chiffres seulement)</translation>
    </message>
    <message>
        <source>Counts only: this document holds no personal data. Prepared with coopnet. Costs in our own model are HT.</source>
        <translation>Chiffres seulement&#xa0;: ce document ne contient aucune donnée personnelle. Préparé avec coopnet. Les coûts de notre propre modèle sont HT.</translation>
    </message>
    <message>
        <source>Request for quote — {cooperative}</source>
        <translation>Demande de devis — {cooperative}</translation>
    </message>
    <message>
        <source>Request for quote</source>
        <translation>Demande de devis</translation>
    </message>
    <message>
        <source>Request for quote — IP transit and backhaul</source>
        <translation>Demande de devis — transit IP et collecte</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Counts only: no personal data.</source>
        <translation>Chiffres seulement&#xa0;: aucune donnée personnelle.</translation>
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
        <source>Mbps: capacity (bars), commit (line)</source>
        <translation>Mbit/s&#xa0;: capacité (barres), engagement (ligne)</translation>
    </message>
    <message>
        <source>no traffic yet: no members</source>
        <translation>pas encore de trafic&#xa0;: aucun adhérent</translation>
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
    <name>Checklist</name>
    <message>
        <source>{have} of {total} villages</source>
        <translation>{have} villages sur {total}</translation>
    </message>
    <message>
        <source>{have} of {total} village</source>
        <translation>{have} village sur {total}</translation>
    </message>
    <message>
        <source>Commune boundaries</source>
        <translation>Contours des communes</translation>
    </message>
    <message>
        <source>IGN ADMIN EXPRESS (COMMUNE layer), or the france-geojson files of your department (github.com/gregoiredavid/france-geojson)</source>
        <translation>IGN ADMIN EXPRESS (couche COMMUNE), ou les fichiers france-geojson de votre département (github.com/gregoiredavid/france-geojson)</translation>
    </message>
    <message>
        <source>Households (INSEE census)</source>
        <translation>Ménages (recensement INSEE)</translation>
    </message>
    <message>
        <source>INSEE, census key figures “Logement” per commune (base des chiffres clés: CODGEO, P21_RP)</source>
        <translation>INSEE, base des chiffres clés «&#xa0;Logement&#xa0;» par commune (CODGEO, P21_RP)</translation>
    </message>
    <message>
        <source>Addresses (BAN doors)</source>
        <translation>Adresses (portes de la BAN)</translation>
    </message>
    <message>
        <source>Base Adresse Nationale, file adresses-{dep}.csv of the department</source>
        <translation>Base Adresse Nationale, fichier adresses-{dep}.csv du département</translation>
    </message>
    <message>
        <source>Backbone (fibre routes)</source>
        <translation>Réseau de collecte (tracés de fibre)</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>not open data: ask the department&apos;s public network (RIP) operator for its routes</source>
        <translation>pas en données ouvertes&#xa0;: demander ses tracés à l’exploitant du réseau d’initiative publique (RIP) du département</translation>
    </message>
    <message>
        <source>Points of presence (PoPs)</source>
        <translation>Points de présence (PoP)</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>the department&apos;s public network (RIP) operator: where a carrier can hand over traffic</source>
        <translation>l’exploitant du réseau d’initiative publique (RIP) du département&#xa0;: là où un opérateur peut livrer le trafic</translation>
    </message>
    <message>
        <source>Data checklist:</source>
        <translation>Données à réunir&#xa0;:</translation>
    </message>
    <message>
        <source>where: {where}</source>
        <translation>où&#xa0;: {where}</translation>
    </message>
    <message>
        <source>import: {command}</source>
        <translation>importer&#xa0;: {command}</translation>
    </message>
</context>
<context>
    <name>CommuneHistory</name>
    <message>
        <source>{code}: no commune has this INSEE code</source>
        <translation>{code}&#xa0;: aucune commune n’a ce code INSEE</translation>
    </message>
    <message>
        <source>“{name}” names {n} communes: {listed}; give the INSEE code or the department, e.g. “{example}”</source>
        <translation>«&#xa0;{name}&#xa0;» désigne {n} communes&#xa0;: {listed}&#xa0;; donnez le code INSEE ou le département, par ex. «&#xa0;{example}&#xa0;»</translation>
    </message>
    <message>
        <source>no commune is named “{name}”; did you mean: {listed}?</source>
        <translation>aucune commune ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;; vouliez-vous dire&#xa0;: {listed}&#xa0;?</translation>
    </message>
    <message>
        <source>no commune is named “{name}”</source>
        <translation>aucune commune ne s’appelle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{old} — merged into {new} on {day} {month} {year}</source>
        <translation>{old} — fusionnée dans {new} le {day} {month} {year}</translation>
    </message>
    <message>
        <source>{old} — merged into {new}</source>
        <translation>{old} — fusionnée dans {new}</translation>
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
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
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
    <name>DataChecklistDialog</name>
    <message>
        <source>Data checklist</source>
        <translation>Données à réunir</translation>
    </message>
    <message>
        <source>What this cooperative holds, and where to find the rest. Each file comes from a public source: download it, then press Import.</source>
        <translation>Ce que contient cette coopérative, et où trouver le reste. Chaque fichier vient d’une source publique&#xa0;: téléchargez-le, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Où&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import again…</source>
        <translation>Importer à nouveau…</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>Command line: {0}</source>
        <translation>En ligne de commande&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <source>same address and similar name as {who}</source>
        <translation>même adresse et nom proche de {who}</translation>
    </message>
    <message>
        <source>same email as {who}</source>
        <translation>même courriel que {who}</translation>
    </message>
    <message>
        <source>same phone as {who}</source>
        <translation>même téléphone que {who}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}&#xa0;; {then}</translation>
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
    <name>Doors</name>
    <message>
        <source>{door_id}: no such door in this project</source>
        <translation>{door_id}&#xa0;: cette porte n’est pas dans le projet</translation>
    </message>
    <message>
        <source>manual address: the street (or place name) is required</source>
        <translation>adresse saisie&#xa0;: la voie (ou le lieu-dit) est obligatoire</translation>
    </message>
    <message>
        <source>{insee}: no such village in this project</source>
        <translation>{insee}&#xa0;: ce village n’est pas dans le projet</translation>
    </message>
    <message>
        <source>door code {code} fits {count} doors: use the door id (see “coopnet doors”)</source>
        <translation>le code de porte {code} correspond à {count} portes&#xa0;: utilisez l’identifiant de la porte (voir «&#xa0;coopnet doors&#xa0;»)</translation>
    </message>
    <message>
        <source>{door_id}: no such door or door code in this project</source>
        <translation>{door_id}&#xa0;: aucune porte ni code de porte de ce nom dans ce projet</translation>
    </message>
    <message>
        <source>“{status}” is not a door status ({statuses})</source>
        <translation>«&#xa0;{status}&#xa0;» n’est pas un état de porte ({statuses})</translation>
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
    <name>Extract</name>
    <message>
        <source>choose at least one village (--village INSEE)</source>
        <translation>choisissez au moins un village (--village INSEE)</translation>
    </message>
    <message>
        <source>{insee}: no such village in this project</source>
        <translation>{insee}&#xa0;: ce village n’est pas dans le projet</translation>
    </message>
    <message>
        <source>{file}: that is the project itself; choose another file name</source>
        <translation>{file}&#xa0;: c’est le projet lui-même&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>{file}: already exists (choose another name or delete it first)</source>
        <translation>{file}&#xa0;: existe déjà (choisissez un autre nom ou supprimez-le d’abord)</translation>
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
    <name>Federation</name>
    <message>
        <source>--scenario needs a project file as the source (a server has no scenarios)</source>
        <translation>--scenario demande un fichier projet comme source (un serveur n’a pas de scénarios)</translation>
    </message>
    <message>
        <source>{file}: this project has not synced with a server yet (run “coopnet sync {file} --server URL --coop NAME”, or give the server&apos;s address)</source>
        <translation>{file}&#xa0;: ce projet ne s’est encore jamais synchronisé avec un serveur (lancez «&#xa0;coopnet sync {file} --server URL --coop NOM&#xa0;», ou donnez l’adresse du serveur)</translation>
    </message>
    <message>
        <source>{url}: no village on the server yet (a board&apos;s first sync registers its cooperative&apos;s villages)</source>
        <translation>{url}&#xa0;: aucun village sur le serveur pour l’instant (la première synchronisation d’un bureau enregistre les villages de sa coopérative)</translation>
    </message>
    <message>
        <source>{coops} cooperatives, {villages} villages, {pledges} pledges → {members} members in the model</source>
        <translation>{coops} coopératives, {villages} villages, {pledges} promesses → {members} adhérents dans le modèle</translation>
    </message>
    <message>
        <source>pooled: busy-hour mean {mean} Mbps + margin {margin} Mbps = capacity {capacity} Mbps</source>
        <translation>mutualisé&#xa0;: moyenne à l’heure chargée {mean} Mbit/s + marge {margin} Mbit/s = capacité {capacity} Mbit/s</translation>
    </message>
    <message>
        <source>each cooperative alone: {total} Mbps in all → pooling gain {gain}</source>
        <translation>chaque coopérative seule&#xa0;: {total} Mbit/s en tout → gain de mutualisation {gain}</translation>
    </message>
    <message>
        <source>recommended commit {commit} Mbps (95th percentile {p95} Mbps), port {port}</source>
        <translation>engagement conseillé {commit} Mbit/s (95e centile {p95} Mbit/s), port {port}</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>coopérative</translation>
    </message>
    <message>
        <source>members</source>
        <translation>adhérents</translation>
    </message>
    <message>
        <source>alone Mbps</source>
        <translation>seule Mbit/s</translation>
    </message>
    <message>
        <source>commit Mbps</source>
        <translation>engag. Mbit/s</translation>
    </message>
    <message>
        <source>pooling the cooperatives one by one (the margin grows like √N, the demand like N):</source>
        <translation>en mutualisant les coopératives une à une (la marge croît comme √N, la demande comme N)&#xa0;:</translation>
    </message>
    <message>
        <source>  {k} pooled: {capacity} Mbps instead of {alone} Mbps, gain {gain}</source>
        <translation>  {k} mutualisées&#xa0;: {capacity} Mbit/s au lieu de {alone} Mbit/s, gain {gain}</translation>
    </message>
    <message>
        <source>Federation: {coops} cooperatives, {villages} villages</source>
        <translation>Fédération&#xa0;: {coops} coopératives, {villages} villages</translation>
    </message>
    <message>
        <source>Federation of {coops} cooperatives</source>
        <translation>Fédération de {coops} coopératives</translation>
    </message>
    <message>
        <source>{url}: no federation views for this login (ask for “coopnet server init” and “coopnet server add-user … --role federation”)</source>
        <translation>{url}&#xa0;: pas de vues de fédération pour cet identifiant (demandez «&#xa0;coopnet server init&#xa0;» et «&#xa0;coopnet server add-user … --role federation&#xa0;»)</translation>
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
    <name>FirstSyncDialog</name>
    <message>
        <source>First sync with the federation&apos;s server</source>
        <translation>Première synchronisation avec le serveur de la fédération</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the system keyring</source>
        <translation>vide&#xa0;: depuis ~/.pgpass ou le trousseau du système</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Cooperative:</source>
        <translation>Coopérative&#xa0;:</translation>
    </message>
    <message>
        <source>Password (not saved):</source>
        <translation>Mot de passe (non enregistré)&#xa0;:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>This project has never synced. Name the server and the cooperative it belongs to; the project remembers both (never the password).</source>
        <translation>Ce projet ne s’est encore jamais synchronisé. Indiquez le serveur et la coopérative à laquelle il appartient&#xa0;; le projet retient les deux (jamais le mot de passe).</translation>
    </message>
    <message>
        <source>Name the cooperative this project belongs to.</source>
        <translation>Indiquez la coopérative à laquelle ce projet appartient.</translation>
    </message>
</context>
<context>
    <name>FrenchFormats</name>
    <message>
        <source>“{value}” is not an INSEE commune code (5 characters, e.g. 78616)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code INSEE de commune (5 caractères, par ex. 78616)</translation>
    </message>
    <message>
        <source>“{value}” is not a French phone number (0X XX XX XX XX or +33 X XX XX XX XX)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro de téléphone français (0X XX XX XX XX ou +33 X XX XX XX XX)</translation>
    </message>
    <message>
        <source>“{value}” is not a real date</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date réelle</translation>
    </message>
    <message>
        <source>“{value}” is not a date (dd/mm/yyyy)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>“{value}” is not an amount (e.g. €1,234.50)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un montant (par ex. 1 234,50 €)</translation>
    </message>
</context>
<context>
    <name>GDPR</name>
    <message>
        <source>{household}: no household with this id (a pledge id, or a door id with pledges)</source>
        <translation>{household}&#xa0;: aucun foyer avec cet identifiant (identifiant d’engagement, ou de porte ayant des engagements)</translation>
    </message>
    <message>
        <source>the retention period must be at least one month</source>
        <translation>la durée de conservation doit être d’au moins un mois</translation>
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
    <message numerus="yes">
        <source>%n backup(s) of the project still hold this household&apos;s personal data (the one made just before erasing included). Erase it there too?</source>
        <translation>
            <numerusform>%n sauvegarde(s) du projet contiennent encore les données personnelles de ce foyer (dont celle faite juste avant l’effacement). Les effacer là aussi&#xa0;?</numerusform>
            <numerusform>%n sauvegarde(s) du projet contiennent encore les données personnelles de ce foyer (dont celle faite juste avant l’effacement). Les effacer là aussi&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased in %n backup(s)</source>
        <translation>
            <numerusform>Effacé dans %n sauvegarde(s)</numerusform>
            <numerusform>Effacé dans %n sauvegarde(s)</numerusform>
        </translation>
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
    <name>GeoImport</name>
    <message>
        <source>{file}: {n} features read</source>
        <translation>{file}&#xa0;: {n} entités lues</translation>
    </message>
    <message>
        <source>created: {n}</source>
        <translation>créées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>updated: {n}</source>
        <translation>mises à jour&#xa0;: {n}</translation>
    </message>
    <message>
        <source>ignored (not in the project; add them with --add): {n}</source>
        <translation>ignorées (hors du projet&#xa0;; ajoutez-les avec --add)&#xa0;: {n}</translation>
    </message>
    <message>
        <source>imported: {n}</source>
        <translation>importées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>invalid geometries repaired: {n}</source>
        <translation>géométries invalides réparées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>rejetées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>warnings from the file reader: {n}</source>
        <translation>avertissements du lecteur de fichiers&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{file}: no field “{given}” (fields: {columns})</source>
        <translation>{file}&#xa0;: pas de champ «&#xa0;{given}&#xa0;» (champs&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>{file}: not a GIS file coopnet can read ({reason})</source>
        <translation>{file}&#xa0;: pas un fichier SIG lisible par coopnet ({reason})</translation>
    </message>
    <message>
        <source>{file}: several layers ({layers}); choose one with --layer</source>
        <translation>{file}&#xa0;: plusieurs couches ({layers})&#xa0;; choisissez-en une avec --layer</translation>
    </message>
    <message>
        <source>{file}: no layer “{layer}” (layers: {layers})</source>
        <translation>{file}&#xa0;: pas de couche «&#xa0;{layer}&#xa0;» (couches&#xa0;: {layers})</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}&#xa0;: illisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: no geometry in this file (communes, lines or points are expected)</source>
        <translation>{file}&#xa0;: aucune géométrie dans ce fichier (des communes, des lignes ou des points sont attendus)</translation>
    </message>
    <message>
        <source>{file}: the layer is empty</source>
        <translation>{file}&#xa0;: la couche est vide</translation>
    </message>
    <message>
        <source>{file}: no coordinate reference system (CRS); for a Shapefile the .prj file is missing — re-export it with its CRS (e.g. Lambert-93, EPSG:2154)</source>
        <translation>{file}&#xa0;: aucun système de coordonnées (SCR)&#xa0;; pour un Shapefile, le fichier .prj manque — réexportez-le avec son SCR (par ex. Lambert-93, EPSG:2154)</translation>
    </message>
    <message>
        <source>{file}: its CRS cannot be converted ({reason})</source>
        <translation>{file}&#xa0;: son SCR ne peut pas être converti ({reason})</translation>
    </message>
    <message>
        <source>{file}: coordinates fall outside mainland France (lon {west:.2f}…{east:.2f}, lat {south:.2f}…{north:.2f}); is the file&apos;s CRS right?</source>
        <translation>{file}&#xa0;: les coordonnées sortent de la France métropolitaine (lon {west:.2f}…{east:.2f}, lat {south:.2f}…{north:.2f})&#xa0;; le SCR du fichier est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>the INSEE code</source>
        <translation>le code INSEE</translation>
    </message>
    <message>
        <source>the commune name</source>
        <translation>le nom de la commune</translation>
    </message>
    <message>
        <source>{file}: cannot tell which field holds {missing}; name it with {option} (fields: {cols})</source>
        <translation>{file}&#xa0;: impossible de savoir quel champ contient {missing}&#xa0;; indiquez-le avec {option} (champs&#xa0;: {cols})</translation>
    </message>
    <message>
        <source>{code}: no usable polygon (empty or invalid geometry)</source>
        <translation>{code}&#xa0;: aucun polygone utilisable (géométrie vide ou invalide)</translation>
    </message>
    <message>
        <source>{file}: not a readable CSV of points ({reason})</source>
        <translation>{file}&#xa0;: pas un CSV de points lisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: needs lon and lat columns (WGS84); found {columns}</source>
        <translation>{file}&#xa0;: il faut des colonnes lon et lat (WGS84)&#xa0;; trouvé&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{file}: line {bad}: lon/lat is not a number</source>
        <translation>{file}&#xa0;: ligne {bad}&#xa0;: lon/lat n’est pas un nombre</translation>
    </message>
    <message>
        <source>{file}: line {number} has {n} fields but the header has {header} (a name holding an unquoted “{sep}”?); nothing was imported</source>
        <translation>{file}&#xa0;: la ligne {number} a {n} champs mais l’en-tête en a {header} (un nom contenant «&#xa0;{sep}&#xa0;» sans guillemets&#xa0;?)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>feature {n}: not a point</source>
        <translation>entité {n}&#xa0;: pas un point</translation>
    </message>
    <message>
        <source>feature {n}: not a line</source>
        <translation>entité {n}&#xa0;: pas une ligne</translation>
    </message>
    <message>
        <source>{file}: no point to import</source>
        <translation>{file}&#xa0;: aucun point à importer</translation>
    </message>
    <message>
        <source>{file}: no line to import</source>
        <translation>{file}&#xa0;: aucune ligne à importer</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>{file}: not a workbook coopnet can read ({reason})</source>
        <translation>{file}&#xa0;: pas un classeur lisible par coopnet ({reason})</translation>
    </message>
    <message>
        <source>{file}: no CODGEO column: is this an INSEE dwellings file?</source>
        <translation>{file}&#xa0;: pas de colonne CODGEO&#xa0;: est-ce bien un fichier Logement de l’Insee&#xa0;?</translation>
    </message>
    <message>
        <source>{file}: no main-residences column (P21_RP, P22_RP…)</source>
        <translation>{file}&#xa0;: pas de colonne de résidences principales (P21_RP, P22_RP…)</translation>
    </message>
    <message>
        <source>{file}: line {n}: {column} “{rp_i}” is not a count</source>
        <translation>{file}&#xa0;: ligne {n}&#xa0;: {column} «&#xa0;{rp_i}&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>{file}: none of the project&apos;s villages is in this file</source>
        <translation>{file}&#xa0;: aucun village du projet ne figure dans ce fichier</translation>
    </message>
</context>
<context>
    <name>ImportPledgesCli</name>
    <message>
        <source>imported: {n}</source>
        <translation>importées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>updated: {n}</source>
        <translation>mises à jour&#xa0;: {n}</translation>
    </message>
    <message>
        <source>unchanged: {n}</source>
        <translation>inchangées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>possible duplicates: {n}</source>
        <translation>doublons possibles&#xa0;: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>rejetées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>reject file: {path}</source>
        <translation>fichier des rejets&#xa0;: {path}</translation>
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
    <name>Info</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{villages} villages, {population} inhabitants, {households} households</source>
        <translation>{villages} villages, {population} habitants, {households} ménages</translation>
    </message>
    <message>
        <source>{villages} village, {population} inhabitants, {households} households</source>
        <translation>{villages} village, {population} habitants, {households} ménages</translation>
    </message>
    <message>
        <source>backbone: none imported yet; {pops} points of presence</source>
        <translation>réseau de collecte&#xa0;: aucun importé pour l’instant&#xa0;; {pops} points de présence</translation>
    </message>
    <message>
        <source>backbone: {lines} lines, {km} km; {pops} points of presence</source>
        <translation>réseau de collecte&#xa0;: {lines} lignes, {km} km&#xa0;; {pops} points de présence</translation>
    </message>
    <message>
        <source>doors: {doors}; pledges: {pledges}</source>
        <translation>portes&#xa0;: {doors}&#xa0;; promesses&#xa0;: {pledges}</translation>
    </message>
    <message>
        <source>links to points of presence: {km} km (estimated routes)</source>
        <translation>liaisons aux points de présence&#xa0;: {km} km (tracés estimés)</translation>
    </message>
    <message>
        <source>commune history: {what}</source>
        <translation>histoire des communes&#xa0;: {what}</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (estim.)</translation>
    </message>
    <message>
        <source>  {insee}  {name:&lt;30} {households:&gt;7} households{est}{link}</source>
        <translation>  {insee}  {name:&lt;30} {households:&gt;7} ménages{est}{link}</translation>
    </message>
    <message>
        <source>at least {total} (unknown in {missing} villages)</source>
        <translation>au moins {total} (inconnu dans {missing} villages)</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>{file}: line {line} is longer than {limit} MB — not a table (a file made of one giant line is damaged or built to exhaust memory); nothing imported</source>
        <translation>{file}&#xa0;: la ligne {line} dépasse {limit} Mo — ce n’est pas un tableau (un fichier fait d’une ligne géante est abîmé ou conçu pour épuiser la mémoire)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>{file}: the workbook expands to {size} MB of data ({part}, {ratio}× its packed size) — far beyond a table of pledges (a “zip bomb”?); nothing imported</source>
        <translation>{file}&#xa0;: le classeur se décompresse en {size} Mo de données ({part}, {ratio}× sa taille compressée) — bien au-delà d’un tableau de promesses (une «&#xa0;bombe zip&#xa0;»&#xa0;?)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>{file}: the compressed file expands {ratio}× (already {size} MB read) — not a BAN file (a “gzip bomb”?); nothing imported</source>
        <translation>{file}&#xa0;: le fichier compressé se décompresse {ratio}× (déjà {size} Mo lus) — ce n’est pas un fichier BAN (une «&#xa0;bombe gzip&#xa0;»&#xa0;?)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>{file}: not a BAN address file — {rejected} of the first {rows} rows are not address rows (first reason: {reason}); nothing imported</source>
        <translation>{file}&#xa0;: ce n’est pas un fichier d’adresses BAN — {rejected} des {rows} premières lignes ne sont pas des adresses (premier motif&#xa0;: {reason})&#xa0;; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cooperative is open.&lt;/b&gt; Start one from the national list of communes, open a file, or look at the sample.</source>
        <translation>&lt;b&gt;Aucune coopérative n’est ouverte.&lt;/b&gt; Créez-en une à partir de la liste nationale des communes, ouvrez un fichier, ou regardez l’exemple.</translation>
    </message>
    <message>
        <source>New Cooperative…</source>
        <translation>Nouvelle coopérative…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Ouvrir l’exemple</translation>
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
        <source>New &amp;Cooperative…</source>
        <translation>Nouvelle &amp;coopérative…</translation>
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
        <source>Data Chec&amp;klist…</source>
        <translation>&amp;Données à réunir…</translation>
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
    <name>MapBuild</name>
    <message>
        <source>the map drawing process wrote no page (%s)</source>
        <translation>le processus de dessin de la carte n’a écrit aucune page (%s)</translation>
    </message>
</context>
<context>
    <name>MapCli</name>
    <message>
        <source>{file}: {n} communes read, column {column} (census {year})</source>
        <translation>{file}&#xa0;: {n} communes lues, colonne {column} (recensement {year})</translation>
    </message>
    <message>
        <source>villages updated: {n}</source>
        <translation>villages mis à jour&#xa0;: {n}</translation>
    </message>
    <message>
        <source>villages not in the file (households still estimated): {villages}</source>
        <translation>villages absents du fichier (foyers toujours estimés)&#xa0;: {villages}</translation>
    </message>
    <message>
        <source>map written to {file}</source>
        <translation>carte enregistrée dans {file}</translation>
    </message>
    <message>
        <source>detour factor: {factor} (route ≈ straight line × factor)</source>
        <translation>facteur de détour&#xa0;: {factor} (tracé ≈ ligne droite × facteur)</translation>
    </message>
    <message>
        <source>no PoP in the project</source>
        <translation>aucun PoP dans le projet</translation>
    </message>
    <message>
        <source>{straight} km straight, {route} km estimated route</source>
        <translation>{straight} km à vol d’oiseau, {route} km de tracé estimé</translation>
    </message>
    <message>
        <source>total estimated links: {km} km</source>
        <translation>total des liaisons estimées&#xa0;: {km} km</translation>
    </message>
    <message>
        <source>no basemap (the map works offline)</source>
        <translation>pas de fond de carte (la carte fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>basemap removed</source>
        <translation>fond de carte retiré</translation>
    </message>
    <message>
        <source>basemap: {value}</source>
        <translation>fond de carte&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>the map page did not answer (QtWebEngine)</source>
        <translation>la page de la carte ne répond pas (QtWebEngine)</translation>
    </message>
    <message>
        <source>the map page could not be loaded</source>
        <translation>la page de la carte n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>the map did not finish drawing (the page did not answer)</source>
        <translation>la carte n’a pas fini de se dessiner (la page ne répond pas)</translation>
    </message>
    <message>
        <source>the map did not finish drawing ({detail})</source>
        <translation>la carte n’a pas fini de se dessiner ({detail})</translation>
    </message>
    <message>
        <source>{file}: choose a .html, .png or .pdf file name</source>
        <translation>{file}&#xa0;: choisissez un nom de fichier en .html, .png ou .pdf</translation>
    </message>
    <message>
        <source>{insee}: no such village in this project</source>
        <translation>{insee}&#xa0;: ce village n’est pas dans le projet</translation>
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
        <source>Importing %s…</source>
        <translation>Import de %s…</translation>
    </message>
    <message>
        <source>%s: census %s (%s), villages updated: %s</source>
        <translation>%s&#xa0;: recensement %s (%s), villages mis à jour&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>MapLayers</name>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Communes (pledge take-up)</source>
        <translation>Communes (taux de promesses)</translation>
    </message>
    <message>
        <source>Links village → PoP</source>
        <translation>Liens village → PoP</translation>
    </message>
    <message>
        <source>Backbone (illustrative)</source>
        <translation>Dorsale (indicative)</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Dorsale</translation>
    </message>
    <message>
        <source>Points of presence</source>
        <translation>Points de présence</translation>
    </message>
    <message>
        <source>Doors ({count})</source>
        <translation>Portes ({count})</translation>
    </message>
    <message>
        <source>Pledges ({count})</source>
        <translation>Promesses ({count})</translation>
    </message>
    <message>
        <source>Commune names</source>
        <translation>Noms des communes</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Pledges against each village&apos;s target</source>
        <translation>Promesses par rapport à l’objectif de chaque village</translation>
    </message>
    <message>
        <source>backbone</source>
        <translation>dorsale</translation>
    </message>
    <message>
        <source>point of presence (PoP)</source>
        <translation>point de présence (PoP)</translation>
    </message>
    <message>
        <source>planned link village → PoP ({km} in all, est.)</source>
        <translation>lien prévu village → PoP ({km} au total, estimé)</translation>
    </message>
    <message>
        <source>pledge ({count})</source>
        <translation>promesse ({count})</translation>
    </message>
    <message>
        <source>door: {status}</source>
        <translation>porte&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Backbone and PoPs are illustrative (not official data).</source>
        <translation>Dorsale et PoP indicatifs (données non officielles).</translation>
    </message>
    <message>
        <source>Pledges against each village&apos;s target — situation on {date}</source>
        <translation>Promesses par rapport à l’objectif de chaque village — situation au {date}</translation>
    </message>
    <message>
        <source>no target set yet</source>
        <translation>pas encore d’objectif</translation>
    </message>
    <message>
        <source>under 25 % of target</source>
        <translation>moins de 25 % de l’objectif</translation>
    </message>
    <message>
        <source>25 to 50 %</source>
        <translation>25 à 50 %</translation>
    </message>
    <message>
        <source>50 to 75 %</source>
        <translation>50 à 75 %</translation>
    </message>
    <message>
        <source>75 to 99 %</source>
        <translation>75 à 99 %</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>non visitée</translation>
    </message>
    <message>
        <source>visited: absent / refused / other</source>
        <translation>visitée&#xa0;: absent / refus / autre</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>intéressé</translation>
    </message>
    <message>
        <source>pledged or member</source>
        <translation>promesse ou adhérent</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Drawing the map…</source>
        <translation>Dessin de la carte…</translation>
    </message>
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
    <name>MapSources</name>
    <message>
        <source>Sample data: commune boundaries IGN ADMIN EXPRESS via france-geojson (Licence Ouverte), synthetic addresses, illustrative backbone</source>
        <translation>Données d’exemple&#xa0;: contours des communes IGN ADMIN EXPRESS via france-geojson (Licence Ouverte), adresses synthétiques, réseau de collecte indicatif</translation>
    </message>
    <message>
        <source>Boundaries: {source}</source>
        <translation>Limites&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Backbone: {source}</source>
        <translation>Dorsale&#xa0;: {source}</translation>
    </message>
    <message>
        <source>PoPs: {source}</source>
        <translation>PoP&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Households: {source}</source>
        <translation>Foyers&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Addresses: Base Adresse Nationale (BAN) format</source>
        <translation>Adresses&#xa0;: format Base Adresse Nationale (BAN)</translation>
    </message>
    <message>
        <source>Map: coopnet</source>
        <translation>Carte&#xa0;: coopnet</translation>
    </message>
    <message>
        <source>Basemap: {source}</source>
        <translation>Fond de carte&#xa0;: {source}</translation>
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
    <name>MapText</name>
    <message>
        <source>{households} households (estimate)</source>
        <translation>{households} foyers (estimation)</translation>
    </message>
    <message>
        <source>{households} households</source>
        <translation>{households} foyers</translation>
    </message>
    <message>
        <source>Nearest PoP: {pop} — {km} link (est.)</source>
        <translation>PoP le plus proche&#xa0;: {pop} — lien de {km} (estimé)</translation>
    </message>
    <message>
        <source>{route} estimated route ({straight} straight × {factor})</source>
        <translation>tracé estimé {route} ({straight} à vol d’oiseau × {factor})</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Dorsale</translation>
    </message>
    <message>
        <source>illustrative route</source>
        <translation>tracé indicatif</translation>
    </message>
    <message>
        <source>point of presence</source>
        <translation>point de présence</translation>
    </message>
    <message>
        <source>point of presence (illustrative)</source>
        <translation>point de présence (indicatif)</translation>
    </message>
    <message>
        <source>Show every commune</source>
        <translation>Afficher toutes les communes</translation>
    </message>
    <message>
        <source>{pledges} pledges / target {target} ({percent})</source>
        <translation>{pledges} promesses / objectif {target} ({percent})</translation>
    </message>
    <message>
        <source>1 pledge — no target set</source>
        <translation>1 promesse — pas d’objectif</translation>
    </message>
    <message>
        <source>1 pledge</source>
        <translation>1 promesse</translation>
    </message>
    <message>
        <source>{pledges} pledges — no target set</source>
        <translation>{pledges} promesses — pas d’objectif</translation>
    </message>
    <message>
        <source>{pledges} pledges</source>
        <translation>{pledges} promesses</translation>
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
        <source>e.g. paper forms kept at the town hall</source>
        <translation>ex. bulletins papier conservés en mairie</translation>
    </message>
    <message>
        <source>No consent column: state once the legal basis and its evidence (recorded on each row and in the audit log):</source>
        <translation>Pas de colonne de consentement&#xa0;: indiquez une fois la base légale et sa preuve (enregistrées sur chaque ligne et dans le journal)&#xa0;:</translation>
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
    <name>Measure</name>
    <message>
        <source>“{month}”: a month is written YYYY-MM, for example 2026-09</source>
        <translation>«&#xa0;{month}&#xa0;»&#xa0;: un mois s’écrit AAAA-MM, par exemple 2026-09</translation>
    </message>
    <message>
        <source>{month}: no measured traffic that month (months: {known})</source>
        <translation>{month}&#xa0;: aucun trafic mesuré ce mois-là (mois&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{name}: no such interface (interfaces: {known})</source>
        <translation>{name}&#xa0;: interface inconnue (interfaces&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no measured traffic in this project yet (coopnet measure import FILE SRC)</source>
        <translation>pas encore de trafic mesuré dans ce projet (coopnet measure import FICHIER SRC)</translation>
    </message>
</context>
<context>
    <name>MeasureCli</name>
    <message>
        <source>{interface}: {samples} samples from {rows} rows ({new} new, {changed} changed)</source>
        <translation>{interface}&#xa0;: {samples} mesures tirées de {rows} lignes ({new} nouvelles, {changed} modifiées)</translation>
    </message>
    <message>
        <source>{n} duplicated times dropped</source>
        <translation>{n} horodatages en double écartés</translation>
    </message>
    <message>
        <source>{n} rows out of order, sorted</source>
        <translation>{n} lignes dans le désordre, triées</translation>
    </message>
    <message>
        <source>{n} counter wraps</source>
        <translation>{n} tours de compteur</translation>
    </message>
    <message>
        <source>{n} counter resets (interval dropped)</source>
        <translation>{n} remises à zéro du compteur (intervalle écarté)</translation>
    </message>
    <message>
        <source>{n} gaps recorded</source>
        <translation>{n} trous enregistrés</translation>
    </message>
    <message>
        <source>{n} local times in the repeated autumn hour</source>
        <translation>{n} heures locales dans l’heure répétée d’automne</translation>
    </message>
    <message>
        <source>{n} empty or negative values dropped</source>
        <translation>{n} valeurs vides ou négatives écartées</translation>
    </message>
    <message>
        <source>in + out</source>
        <translation>entrant + sortant</translation>
    </message>
    <message>
        <source>higher of in and out</source>
        <translation>le plus élevé d’entrant et sortant</translation>
    </message>
    <message>
        <source>{value} Mbps</source>
        <translation>{value} Mbit/s</translation>
    </message>
    <message>
        <source>{month} — interfaces: {interfaces}; rule: {rule}</source>
        <translation>{month} — interfaces&#xa0;: {interfaces}&#xa0;; règle&#xa0;: {rule}</translation>
    </message>
    <message>
        <source>samples: {n} of {expected} ({coverage}), top {dropped} not billed, {gaps} gaps</source>
        <translation>mesures&#xa0;: {n} sur {expected} ({coverage}), les {dropped} plus hautes non facturées, {gaps} trous</translation>
    </message>
    <message>
        <source>95th percentile: in {p_in}, out {p_out}, in + out {p_sum} → billed {p95}</source>
        <translation>95e centile&#xa0;: entrant {p_in}, sortant {p_out}, entrant + sortant {p_sum} → facturé {p95}</translation>
    </message>
    <message>
        <source>commit {commit}, overage {overage} = {overage_eur}; bill {bill}</source>
        <translation>engagement {commit}, dépassement {overage} = {overage_eur}&#xa0;; facture {bill}</translation>
    </message>
    <message>
        <source>busy hour {hour} h (mean {busy}); peak {peak} on {at}</source>
        <translation>heure chargée {hour} h (moyenne {busy})&#xa0;; pointe {peak} le {at}</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>DIFFÈRE</translation>
    </message>
    <message>
        <source>carrier&apos;s invoice: P95 {p95}{amount} — difference {diff}: {verdict}</source>
        <translation>facture de l’opérateur&#xa0;: P95 {p95}{amount} — écart {diff}&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>{path}: the brief is written as .pdf or .xlsx</source>
        <translation>{path}&#xa0;: la note s’écrit en .pdf ou .xlsx</translation>
    </message>
    <message>
        <source>renegotiation brief written: {path}</source>
        <translation>note de renégociation écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>members&apos; page written: {paths}</source>
        <translation>page des adhérents écrite&#xa0;: {paths}</translation>
    </message>
    <message>
        <source>“{value}”: a date is written dd/mm/yyyy</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: une date s’écrit jj/mm/aaaa</translation>
    </message>
    <message>
        <source>“{value}”: not an amount in euros</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas un montant en euros</translation>
    </message>
    <message>
        <source>“{value}”: not a rate in Mbps (a number, 0 or more)</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas un débit en Mbit/s (un nombre, 0 ou plus)</translation>
    </message>
    <message>
        <source>no connected members in the project (pledges with status “member”); give --members N</source>
        <translation>aucun adhérent raccordé dans le projet (promesses au statut «&#xa0;adhérent&#xa0;»)&#xa0;; indiquez --members N</translation>
    </message>
    <message>
        <source>{n} members connected</source>
        <translation>{n} adhérents raccordés</translation>
    </message>
    <message>
        <source>no measured traffic in that period</source>
        <translation>aucun trafic mesuré sur cette période</translation>
    </message>
    <message>
        <source>{from_} – {to}: {members} members, {days} busy hours measured ({interfaces})</source>
        <translation>{from_} – {to}&#xa0;: {members} adhérents, {days} heures chargées mesurées ({interfaces})</translation>
    </message>
    <message>
        <source>{what:&lt;38} {measured:&gt;12} {assumed:&gt;12}</source>
        <translation>{what:&lt;38} {measured:&gt;12} {assumed:&gt;12}</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>busy-hour rate per line (Mbps)</source>
        <translation>débit par ligne à l’heure chargée (Mbit/s)</translation>
    </message>
    <message>
        <source>per-line variability (cv)</source>
        <translation>variabilité par ligne (cv)</translation>
    </message>
    <message>
        <source>busy hour ÷ average hour</source>
        <translation>heure chargée ÷ heure moyenne</translation>
    </message>
    <message>
        <source>usage per line (GB/month)</source>
        <translation>consommation par ligne (Go/mois)</translation>
    </message>
    <message>
        <source>{month}: busy hour forecast {forecast} Mbps, measured {measured} Mbps (error {error})</source>
        <translation>{month}&#xa0;: heure chargée prévue {forecast} Mbit/s, mesurée {measured} Mbit/s (écart {error})</translation>
    </message>
    <message>
        <source>growth of the P95: {growth}/year ({source})</source>
        <translation>croissance du P95&#xa0;: {growth}/an ({source})</translation>
    </message>
    <message>
        <source>no commit in the scenario (contract_commit_mbps)</source>
        <translation>pas d’engagement dans le scénario (contract_commit_mbps)</translation>
    </message>
    <message>
        <source>the P95 is already above the commit of {commit} Mbps ({month})</source>
        <translation>le P95 dépasse déjà l’engagement de {commit} Mbit/s ({month})</translation>
    </message>
    <message>
        <source>the P95 will pass the commit of {commit} Mbps in {month}</source>
        <translation>le P95 dépassera l’engagement de {commit} Mbit/s en {month}</translation>
    </message>
    <message>
        <source>the P95 will not pass the commit of {commit} Mbps within 10 years</source>
        <translation>le P95 ne dépassera pas l’engagement de {commit} Mbit/s d’ici 10 ans</translation>
    </message>
    <message>
        <source>commit to ask for ({years}-year term): {commit} Mbps</source>
        <translation>engagement à demander (contrat de {years} ans)&#xa0;: {commit} Mbit/s</translation>
    </message>
    <message>
        <source>scenario “{name}” written ({provenance})</source>
        <translation>scénario «&#xa0;{name}&#xa0;» écrit ({provenance})</translation>
    </message>
</context>
<context>
    <name>MeasureImport</name>
    <message>
        <source>{file}: no time column (name one “timestamp”, “time”, “date” or “horodatage”)</source>
        <translation>{file}&#xa0;: pas de colonne d’heure (nommez-en une «&#xa0;horodatage&#xa0;», «&#xa0;date&#xa0;», «&#xa0;timestamp&#xa0;» ou «&#xa0;time&#xa0;»)</translation>
    </message>
    <message>
        <source>{file}: no {direction} column (name it for example “in_bps”, “débit entrant”, “in_octets” or “ifHCInOctets”)</source>
        <translation>{file}&#xa0;: pas de colonne {direction} (nommez-la par exemple «&#xa0;débit entrant&#xa0;», «&#xa0;in_bps&#xa0;», «&#xa0;in_octets&#xa0;» ou «&#xa0;ifHCInOctets&#xa0;»)</translation>
    </message>
    <message>
        <source>{file}: line {line}: “{value}” is not a date and time</source>
        <translation>{file}&#xa0;: ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>{file}: line {line}: “{value}” is not a number</source>
        <translation>{file}&#xa0;: ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>{file}: line {line}: “{value}” is not an octet counter (a whole number, 0 or more)</source>
        <translation>{file}&#xa0;: ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un compteur d’octets (un nombre entier, 0 ou plus)</translation>
    </message>
    <message>
        <source>{file}: the in column holds {in_kind} and the out column {out_kind}; give both as rates or both as counters</source>
        <translation>{file}&#xa0;: la colonne entrante contient des {in_kind} et la sortante des {out_kind}&#xa0;; donnez les deux en débits ou les deux en compteurs</translation>
    </message>
    <message>
        <source>{file}: no rows of measures</source>
        <translation>{file}&#xa0;: aucune ligne de mesures</translation>
    </message>
    <message>
        <source>incoming (in)</source>
        <translation>entrante (in)</translation>
    </message>
    <message>
        <source>outgoing (out)</source>
        <translation>sortante (out)</translation>
    </message>
    <message>
        <source>octet counters</source>
        <translation>compteurs d’octets</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>débits</translation>
    </message>
    <message>
        <source>{file}: cannot tell the format (use --format csv, mrtg or rrd-xml)</source>
        <translation>{file}&#xa0;: format non reconnu (utilisez --format csv, mrtg ou rrd-xml)</translation>
    </message>
    <message>
        <source>{file}: not an MRTG log (line {line} should be “time in out” numbers)</source>
        <translation>{file}&#xa0;: ce n’est pas un journal MRTG (la ligne {line} devrait être des nombres «&#xa0;heure entrant sortant&#xa0;»)</translation>
    </message>
    <message>
        <source>{file}: not RRDtool XML (expected the output of “rrdtool xport” or “rrdtool dump”)</source>
        <translation>{file}&#xa0;: ce n’est pas du XML RRDtool (attendu&#xa0;: la sortie de «&#xa0;rrdtool xport&#xa0;» ou «&#xa0;rrdtool dump&#xa0;»)</translation>
    </message>
    <message>
        <source>{file}: damaged RRDtool XML ({problem})</source>
        <translation>{file}&#xa0;: XML RRDtool endommagé ({problem})</translation>
    </message>
</context>
<context>
    <name>Measured</name>
    <message>
        <source>5-minute rates in {month}, Mbps</source>
        <translation>Débits sur 5 minutes en {month}, Mbit/s</translation>
    </message>
    <message>
        <source>no samples this month</source>
        <translation>aucune mesure ce mois-ci</translation>
    </message>
    <message>
        <source>commit {value}</source>
        <translation>engagement {value}</translation>
    </message>
    <message>
        <source>P95 {value}</source>
        <translation>P95 {value}</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>No measured traffic yet: import the router&apos;s counters (CSV, MRTG .log or RRD XML) with “Import measures…” or &lt;tt&gt;coopnet measure import PROJECT FILE&lt;/tt&gt;.</source>
        <translation>Aucun trafic mesuré pour l’instant&#xa0;: importez les compteurs du routeur (CSV, .log MRTG ou XML RRD) avec «&#xa0;Importer des mesures…&#xa0;» ou &lt;tt&gt;coopnet measure import PROJET FICHIER&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Import measures…</source>
        <translation>Importer des mesures…</translation>
    </message>
    <message>
        <source>Publish members&apos; page…</source>
        <translation>Publier la page des adhérents…</translation>
    </message>
    <message>
        <source>A self-contained HTML page (French and English) for the cooperative&apos;s website: current rate, today&apos;s curve, the month&apos;s P95, members per village — counts only</source>
        <translation>Une page HTML autonome (français et anglais) pour le site de la coopérative&#xa0;: débit actuel, courbe du jour, P95 du mois, adhérents par village — des nombres seulement</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>P95 in
Mbps</source>
        <translation>P95 entrant
Mbit/s</translation>
    </message>
    <message>
        <source>P95 out
Mbps</source>
        <translation>P95 sortant
Mbit/s</translation>
    </message>
    <message>
        <source>P95 billed
Mbps</source>
        <translation>P95 facturé
Mbit/s</translation>
    </message>
    <message>
        <source>Commit
Mbps</source>
        <translation>Engagement
Mbit/s</translation>
    </message>
    <message>
        <source>Overage
Mbps</source>
        <translation>Dépassement
Mbit/s</translation>
    </message>
    <message>
        <source>Overage
€</source>
        <translation>Dépassement
€</translation>
    </message>
    <message>
        <source>Bill
€</source>
        <translation>Facture
€</translation>
    </message>
    <message>
        <source>Busy
hour</source>
        <translation>Heure
chargée</translation>
    </message>
    <message>
        <source>Peak Mbps
(day)</source>
        <translation>Pointe Mbit/s
(jour)</translation>
    </message>
    <message>
        <source>Carrier
P95</source>
        <translation>P95
opérateur</translation>
    </message>
    <message>
        <source>Carrier
€</source>
        <translation>€
opérateur</translation>
    </message>
    <message>
        <source>Difference
(theirs − ours)</source>
        <translation>Écart
(le leur − le nôtre)</translation>
    </message>
    <message>
        <source>Carrier&apos;s invoice:</source>
        <translation>Facture de l’opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>P95, Mbps</source>
        <translation>P95, Mbit/s</translation>
    </message>
    <message>
        <source>amount HT, €</source>
        <translation>montant HT, €</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Keep the carrier&apos;s figures for this month and compare them with ours</source>
        <translation>Garder les chiffres de l’opérateur pour ce mois et les comparer aux nôtres</translation>
    </message>
    <message>
        <source>in + out</source>
        <translation>entrant + sortant</translation>
    </message>
    <message>
        <source>higher of in and out</source>
        <translation>le plus haut de l’entrant et du sortant</translation>
    </message>
    <message>
        <source>Interfaces: {interfaces}. Contract of the scenario “{scenario}”: commit {commit} Mbps, billed on the 95th percentile of 5-minute rates ({rule}).</source>
        <translation>Interfaces&#xa0;: {interfaces}. Contrat du scénario «&#xa0;{scenario}&#xa0;»&#xa0;: engagement {commit} Mbit/s, facturé au 95e centile des débits sur 5 minutes ({rule}).</translation>
    </message>
    <message>
        <source>{value} Mbps</source>
        <translation>{value} Mbit/s</translation>
    </message>
    <message>
        <source>{hour} h</source>
        <translation>{hour} h</translation>
    </message>
    <message>
        <source>{month}: {samples} samples of {expected} ({coverage}); the top {dropped} are not billed. 95th percentile in {p_in}, out {p_out}, in + out {p_sum} Mbps → billed {p95} Mbps against a commit of {commit} Mbps: overage {over} Mbps = {over_eur}; bill {bill}.</source>
        <translation>{month}&#xa0;: {samples} mesures sur {expected} ({coverage})&#xa0;; les {dropped} plus hautes ne sont pas facturées. 95e centile entrant {p_in}, sortant {p_out}, entrant + sortant {p_sum} Mbit/s → facturé {p95} Mbit/s pour un engagement de {commit} Mbit/s&#xa0;: dépassement {over} Mbit/s = {over_eur}&#xa0;; facture {bill}.</translation>
    </message>
    <message>
        <source>Busy hour {hour} h (mean {busy} Mbps); peak {peak} Mbps on {at}.</source>
        <translation>Heure chargée {hour} h (moyenne {busy} Mbit/s)&#xa0;; pointe {peak} Mbit/s le {at}.</translation>
    </message>
    <message>
        <source>Carrier&apos;s invoice for {month}:</source>
        <translation>Facture de l’opérateur pour {month}&#xa0;:</translation>
    </message>
    <message>
        <source>type in the P95 and the amount of the carrier&apos;s invoice</source>
        <translation>saisissez le P95 et le montant de la facture de l’opérateur</translation>
    </message>
    <message>
        <source>, amount {diff}</source>
        <translation>, montant {diff}</translation>
    </message>
    <message>
        <source>agrees with our measure (P95 {diff} Mbps{amount})</source>
        <translation>conforme à notre mesure (P95 {diff} Mbit/s{amount})</translation>
    </message>
    <message>
        <source>DIFFERS from our measure: P95 {diff} Mbps{amount} (theirs minus ours)</source>
        <translation>DIFFÈRE de notre mesure&#xa0;: P95 {diff} Mbit/s{amount} (le leur moins le nôtre)</translation>
    </message>
    <message>
        <source>{interface}: {samples} samples imported ({new} new)</source>
        <translation>{interface}&#xa0;: {samples} mesures importées ({new} nouvelles)</translation>
    </message>
    <message>
        <source>Importing measures…</source>
        <translation>Import des mesures…</translation>
    </message>
    <message>
        <source>Members&apos; page written: {paths}</source>
        <translation>Page des adhérents écrite&#xa0;: {paths}</translation>
    </message>
    <message>
        <source>Publishing the members&apos; page…</source>
        <translation>Publication de la page des adhérents…</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <source>Measures (*.csv *.txt *.log *.xml);;All files (*)</source>
        <translation>Mesures (*.csv *.txt *.log *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Publish members&apos; page</source>
        <translation>Publier la page des adhérents</translation>
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
        <source>Walk Lists</source>
        <translation>Feuilles de porte-à-porte</translation>
    </message>
    <message>
        <source>&amp;Print Walk List…</source>
        <translation>&amp;Imprimer une feuille de porte-à-porte…</translation>
    </message>
    <message>
        <source>&amp;Type Back a Walk List…</source>
        <translation>&amp;Saisir une feuille remplie…</translation>
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
        <source>Pledge saved — possible duplicate: {0}</source>
        <translation>Promesse enregistrée — doublon possible&#xa0;: {0}</translation>
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
        <source>%1: %2 of %3 doors</source>
        <translation>%1&#xa0;: %2 portes sur %3</translation>
    </message>
    <message>
        <source>This file does not list doors that were never visited and would be removed:</source>
        <translation>Ce fichier ne contient pas des portes jamais visitées, qui seraient supprimées&#xa0;:</translation>
    </message>
    <message>
        <source>It may list only part of the village. Remove these doors?</source>
        <translation>Il ne contient peut-être qu’une partie du village. Supprimer ces portes&#xa0;?</translation>
    </message>
    <message>
        <source>Addresses not imported: nothing changed</source>
        <translation>Adresses non importées&#xa0;: rien n’a changé</translation>
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
        <source>Walk list written: {0}</source>
        <translation>Feuille de porte-à-porte écrite&#xa0;: {0}</translation>
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
    <name>MembersWebPage</name>
    <message>
        <source>Today’s traffic</source>
        <translation>Le trafic d’aujourd’hui</translation>
    </message>
    <message>
        <source>{value} Mbps</source>
        <translation>{value} Mbit/s</translation>
    </message>
    <message>
        <source>in {down}, out {up} (at {at})</source>
        <translation>entrant {down}, sortant {up} (à {at})</translation>
    </message>
    <message>
        <source>no measure yet</source>
        <translation>pas encore de mesure</translation>
    </message>
    <message>
        <source>95th percentile this month</source>
        <translation>95e centile ce mois-ci</translation>
    </message>
    <message>
        <source>Committed rate bought from the carrier</source>
        <translation>Débit engagé acheté à l’opérateur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Heure la plus chargée</translation>
    </message>
    <message>
        <source>{hour} h ({rate} on average)</source>
        <translation>{hour} h ({rate} en moyenne)</translation>
    </message>
    <message>
        <source>Measures this month</source>
        <translation>Mesures ce mois-ci</translation>
    </message>
    <message>
        <source>{n} five-minute samples ({coverage})</source>
        <translation>{n} mesures de cinq minutes ({coverage})</translation>
    </message>
    <message>
        <source>Share of the commit used</source>
        <translation>Part de l’engagement utilisée</translation>
    </message>
    <message>
        <source>Our network today</source>
        <translation>Notre réseau aujourd’hui</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Today (5-minute averages, Mbps)</source>
        <translation>Aujourd’hui (moyennes sur 5 minutes, Mbit/s)</translation>
    </message>
    <message>
        <source>green: towards members · orange: from members · dashed red: commit · dotted purple: this month’s 95th percentile</source>
        <translation>vert&#xa0;: vers les adhérents · orange&#xa0;: depuis les adhérents · tirets rouges&#xa0;: engagement · pointillés violets&#xa0;: 95e centile du mois</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Members connected per village</source>
        <translation>Adhérents raccordés par village</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Updated {when}. Counts only: this page holds no personal data.</source>
        <translation>Mis à jour le {when}. Effectifs seulement&#xa0;: cette page ne contient aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>The carrier bills the 95th percentile: the month’s 5-minute rates are sorted and the top 5 % left out.</source>
        <translation>L’opérateur facture le 95e centile&#xa0;: les débits sur 5 minutes du mois sont triés et les 5 % les plus hauts écartés.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{file}: this volunteer file is not in this project&apos;s register of extracts (made by an older coopnet, or altered); nothing was merged — make a new one with “coopnet extract”</source>
        <translation>{file}&#xa0;: ce fichier bénévole n’est pas dans le registre des extractions de ce projet (fait par un coopnet plus ancien, ou modifié)&#xa0;; rien n’a été fusionné — faites-en un nouveau avec «&#xa0;coopnet extract&#xa0;»</translation>
    </message>
    <message>
        <source>{file}: that is the project itself, not a volunteer file</source>
        <translation>{file}&#xa0;: c’est le projet lui-même, pas un fichier de bénévole</translation>
    </message>
    <message>
        <source>{file}: not a volunteer file (make one with “coopnet extract”)</source>
        <translation>{file}&#xa0;: pas un fichier de bénévole (créez-en un avec «&#xa0;coopnet extract&#xa0;»)</translation>
    </message>
    <message>
        <source>{file}: extracted from another project, not from {name}; nothing was merged</source>
        <translation>{file}&#xa0;: extrait d’un autre projet, pas de {name}&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>{file}: reading it took too long (a damaged or hostile file); nothing was merged</source>
        <translation>{file}&#xa0;: sa lecture a pris trop de temps (fichier abîmé ou malveillant)&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>“{choice}”: choose ours or theirs</source>
        <translation>«&#xa0;{choice}&#xa0;»&#xa0;: choisissez ours (notre version) ou theirs (la leur)</translation>
    </message>
    <message>
        <source>{conflict_id}: no such conflict</source>
        <translation>{conflict_id}&#xa0;: conflit introuvable</translation>
    </message>
    <message>
        <source>{conflict_id}: already resolved ({resolution})</source>
        <translation>{conflict_id}&#xa0;: déjà résolu ({resolution})</translation>
    </message>
    <message>
        <source>{entity}: unknown kind of record</source>
        <translation>{entity}&#xa0;: type d’enregistrement inconnu</translation>
    </message>
    <message>
        <source>this household&apos;s data was erased here; it cannot be brought back</source>
        <translation>les données de ce foyer ont été effacées ici&#xa0;; elles ne peuvent pas revenir</translation>
    </message>
</context>
<context>
    <name>MergeCheck</name>
    <message>
        <source>this record was not in the volunteer file when it was made</source>
        <translation>cet enregistrement n’était pas dans le fichier bénévole quand il a été fait</translation>
    </message>
    <message>
        <source>village {insee} is not one of this extract&apos;s villages ({villages})</source>
        <translation>la commune {insee} n’est pas une des communes de cette extraction ({villages})</translation>
    </message>
    <message>
        <source>here this record belongs to village {insee}, not one of this extract&apos;s villages ({villages})</source>
        <translation>ici, cet enregistrement appartient à la commune {insee}, qui n’est pas une des communes de cette extraction ({villages})</translation>
    </message>
    <message>
        <source>its door {door} is not in this extract&apos;s villages ({villages})</source>
        <translation>sa porte {door} n’est pas dans les communes de cette extraction ({villages})</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>il n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>“{value}” is not a door status</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un statut de porte</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a coordinate</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une coordonnée</translation>
    </message>
    <message>
        <source>{field}: not text, or too long</source>
        <translation>{field}&#xa0;: pas du texte, ou trop long</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date and time</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une date et heure</translation>
    </message>
    <message>
        <source>marked erased but still holds personal data</source>
        <translation>marqué effacé mais contient encore des données personnelles</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
</context>
<context>
    <name>Missing</name>
    <message>
        <source>File ▸ Import commune boundaries (ADMIN EXPRESS, GPKG, SHP)…</source>
        <translation>Fichier ▸ Importer les limites communales (ADMIN EXPRESS, GPKG, SHP)…</translation>
    </message>
    <message>
        <source>File ▸ Import INSEE census households…</source>
        <translation>Fichier ▸ Importer les foyers du recensement INSEE…</translation>
    </message>
    <message>
        <source>File ▸ Import Addresses (BAN)…</source>
        <translation>Fichier ▸ Importer les adresses (BAN)…</translation>
    </message>
    <message>
        <source>File ▸ Import Pledges…</source>
        <translation>Fichier ▸ Importer des promesses…</translation>
    </message>
    <message>
        <source>File ▸ Import backbone lines…</source>
        <translation>Fichier ▸ Importer les tracés de la dorsale…</translation>
    </message>
    <message>
        <source>File ▸ Import points of presence…</source>
        <translation>Fichier ▸ Importer les points de présence…</translation>
    </message>
    <message>
        <source>no villages yet: the map has nothing to draw</source>
        <translation>aucun village pour l’instant&#xa0;: la carte n’a rien à dessiner</translation>
    </message>
    <message>
        <source>no villages yet</source>
        <translation>aucun village pour l’instant</translation>
    </message>
    <message>
        <source>no commune boundaries yet: villages are drawn as points at their town hall</source>
        <translation>pas encore de limites communales&#xa0;: les villages sont dessinés comme des points à leur mairie</translation>
    </message>
    <message>
        <source>no boundary and no town-hall position for {villages}: not on the map</source>
        <translation>ni limite ni position de mairie pour {villages}&#xa0;: absents de la carte</translation>
    </message>
    <message>
        <source>no commune boundaries yet and no town-hall position: the map has nothing to draw</source>
        <translation>pas encore de limites communales ni de position de mairie&#xa0;: la carte n’a rien à dessiner</translation>
    </message>
    <message>
        <source>no backbone yet: the map shows no backbone lines</source>
        <translation>pas encore de dorsale&#xa0;: la carte ne montre aucun tracé de dorsale</translation>
    </message>
    <message>
        <source>no points of presence yet: links to PoPs are not drawn</source>
        <translation>pas encore de points de présence&#xa0;: les liens vers les PoP ne sont pas dessinés</translation>
    </message>
    <message>
        <source>no points of presence yet: no link to a PoP can be measured</source>
        <translation>pas encore de points de présence&#xa0;: aucun lien vers un PoP ne peut être mesuré</translation>
    </message>
    <message>
        <source>no points of presence yet: the backhaul distance is the assumed {km} km per village</source>
        <translation>pas encore de points de présence&#xa0;: la distance de collecte est l’hypothèse de {km} km par village</translation>
    </message>
    <message>
        <source>no pledges yet: every commune shows no take-up</source>
        <translation>pas encore de promesses&#xa0;: aucune commune ne montre d’adhésion</translation>
    </message>
    <message>
        <source>no pledges yet</source>
        <translation>pas encore de promesses</translation>
    </message>
    <message>
        <source>no BAN doors yet: there are no doors to visit</source>
        <translation>pas encore de portes de la BAN&#xa0;: aucune porte à visiter</translation>
    </message>
    <message>
        <source>households unknown for {villages}: they count for nothing in the model</source>
        <translation>foyers inconnus pour {villages}&#xa0;: ils ne comptent pas dans le modèle</translation>
    </message>
    <message>
        <source>no targets yet: communes are coloured by pledges only</source>
        <translation>pas encore de seuils&#xa0;: les communes sont colorées selon les seules promesses</translation>
    </message>
    <message>
        <source>{effect} — {menu} or “{command}”</source>
        <translation>{effect} — {menu} ou «&#xa0;{command}&#xa0;»</translation>
    </message>
    <message>
        <source>{effect} — {menu}</source>
        <translation>{effect} — {menu}</translation>
    </message>
    <message>
        <source>{effect} — “{command}”</source>
        <translation>{effect} — «&#xa0;{command}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ModelCli</name>
    <message>
        <source>defaults</source>
        <translation>valeurs par défaut</translation>
    </message>
    <message>
        <source>estimate — {source}</source>
        <translation>estimation — {source}</translation>
    </message>
    <message>
        <source>scenario {name}</source>
        <translation>scénario {name}</translation>
    </message>
    <message>
        <source>* changed from the default</source>
        <translation>* modifié par rapport à la valeur par défaut</translation>
    </message>
    <message>
        <source>“{item}”: expected key=value (e.g. take_rate=0.4)</source>
        <translation>«&#xa0;{item}&#xa0;»&#xa0;: clé=valeur attendu (par exemple take_rate=0.4)</translation>
    </message>
    <message>
        <source>copied {name} → {new}</source>
        <translation>{name} copié → {new}</translation>
    </message>
    <message>
        <source>renamed {name} → {new}</source>
        <translation>{name} renommé → {new}</translation>
    </message>
    <message>
        <source>deleted {name}</source>
        <translation>{name} supprimé</translation>
    </message>
    <message>
        <source>{file}: the model workbook is an .xlsx file</source>
        <translation>{file}&#xa0;: le classeur du modèle est un fichier .xlsx</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>break-even fee {fee} HT ({fee_ttc} TTC)</source>
        <translation>mensualité d’équilibre {fee} HT ({fee_ttc} TTC)</translation>
    </message>
    <message>
        <source>scenario {name}: {model}; take-up: {source}</source>
        <translation>scénario {name}&#xa0;: {model}&#xa0;; souscription&#xa0;: {source}</translation>
    </message>
    <message>
        <source>capex over the horizon: {capex}; opex year 1: {opex}</source>
        <translation>investissement sur l’horizon&#xa0;: {capex}&#xa0;; charges d’exploitation de l’année 1&#xa0;: {opex}</translation>
    </message>
    <message>
        <source>fee: {fee} HT ({fee_ttc} TTC)/month; {breakeven}</source>
        <translation>mensualité&#xa0;: {fee} HT ({fee_ttc} TTC)/mois&#xa0;; {breakeven}</translation>
    </message>
    <message>
        <source>break-even take rate: {rate}</source>
        <translation>taux de souscription d’équilibre&#xa0;: {rate}</translation>
    </message>
    <message>
        <source>members: {members}</source>
        <translation>adhérents&#xa0;: {members}</translation>
    </message>
    <message>
        <source>villages: {counted}</source>
        <translation>villages&#xa0;: {counted}</translation>
    </message>
    <message>
        <source>NPV: {npv}</source>
        <translation>VAN&#xa0;: {npv}</translation>
    </message>
    <message>
        <source>IRR: {irr}</source>
        <translation>TRI&#xa0;: {irr}</translation>
    </message>
    <message>
        <source>payback: {payback}</source>
        <translation>retour sur investissement&#xa0;: {payback}</translation>
    </message>
    <message>
        <source>lowest cash: {cash} (year {year})</source>
        <translation>trésorerie la plus basse&#xa0;: {cash} (année {year})</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>members</source>
        <translation>adhérents</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>recettes</translation>
    </message>
    <message>
        <source>opex</source>
        <translation>charges</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>investissement</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>trésorerie</translation>
    </message>
    <message>
        <source>note: {message}</source>
        <translation>remarque&#xa0;: {message}</translation>
    </message>
    <message>
        <source>scenario {name}: {members} members, {rate} Mbps per line in the busy hour</source>
        <translation>scénario {name}&#xa0;: {members} adhérents, {rate} Mbit/s par ligne à l’heure chargée</translation>
    </message>
    <message>
        <source>busy-hour mean M = {mean} Mbps; capacity C = M + α√V = {capacity} Mbps (α = {alpha})</source>
        <translation>moyenne à l’heure chargée M = {mean} Mbit/s&#xa0;; capacité C = M + α√V = {capacity} Mbit/s (α = {alpha})</translation>
    </message>
    <message>
        <source>sum of the villages&apos; own capacities: {total} Mbps → pooling gain {gain}</source>
        <translation>somme des capacités propres des villages&#xa0;: {total} Mbit/s → gain de mutualisation {gain}</translation>
    </message>
    <message>
        <source>95th percentile: {p95} Mbps; recommended commit {commit} Mbps, burst {burst} Mbps, port {port}</source>
        <translation>95e centile&#xa0;: {p95} Mbit/s&#xa0;; engagement recommandé {commit} Mbit/s, pointe {burst} Mbit/s, port {port}</translation>
    </message>
    <message>
        <source>capacity Mbps</source>
        <translation>capacité Mbit/s</translation>
    </message>
    <message>
        <source>commit Mbps</source>
        <translation>engagement Mbit/s</translation>
    </message>
    <message>
        <source>{file}: the brief is written as .pdf or .xlsx</source>
        <translation>{file}&#xa0;: le cahier des charges s’écrit en .pdf ou .xlsx</translation>
    </message>
</context>
<context>
    <name>ModelNote</name>
    <message>
        <source>cannot break even: no members (no pledges and no assumed take-up)</source>
        <translation>équilibre impossible&#xa0;: aucun adhérent (ni promesse ni souscription supposée)</translation>
    </message>
    <message>
        <source>breaks even at any fee: grants and fees cover every cost</source>
        <translation>à l’équilibre quelle que soit la mensualité&#xa0;: subventions et frais couvrent tous les coûts</translation>
    </message>
    <message>
        <source>cannot break even: members would have to pay more than €{ceiling} HT per month</source>
        <translation>équilibre impossible&#xa0;: les adhérents devraient payer plus de {ceiling}&#xa0;€ HT par mois</translation>
    </message>
    <message>
        <source>cannot compute a take rate: the villages have no households</source>
        <translation>taux de souscription incalculable&#xa0;: les villages n’ont aucun foyer</translation>
    </message>
    <message>
        <source>cannot break even at this fee, even if every household joins</source>
        <translation>équilibre impossible à cette mensualité, même si tous les foyers adhèrent</translation>
    </message>
    <message>
        <source>breaks even with no members at all</source>
        <translation>à l’équilibre même sans aucun adhérent</translation>
    </message>
    <message>
        <source>no year&apos;s project flow is negative: nothing is invested that the same year does not earn back, so there is no rate of return to compute (read the NPV)</source>
        <translation>aucune année n’a de flux de projet négatif&#xa0;: rien n’est investi que la même année ne rembourse, il n’y a donc pas de taux de rentabilité à calculer (lire la VAN)</translation>
    </message>
    <message>
        <source>the project flow is never positive: the money put in never comes back</source>
        <translation>le flux de projet n’est jamais positif&#xa0;: l’argent investi ne revient jamais</translation>
    </message>
    <message>
        <source>over the horizon the project flow adds up to a loss: the money put in never comes back</source>
        <translation>sur l’horizon, le flux de projet cumulé est une perte&#xa0;: l’argent investi ne revient jamais</translation>
    </message>
    <message>
        <source>no single rate brings the NPV to zero (the project flow changes sign several times)</source>
        <translation>aucun taux unique n’annule la VAN (le flux de projet change de signe plusieurs fois)</translation>
    </message>
    <message>
        <source>the cumulative project flow is still negative at the end of the horizon</source>
        <translation>le flux de projet cumulé est encore négatif à la fin de l’horizon</translation>
    </message>
    <message>
        <source>the first year&apos;s revenue and connection fees already cover its costs and capex: there is no up-front investment to pay back</source>
        <translation>les recettes et frais de raccordement de la première année couvrent déjà ses charges et investissements&#xa0;: il n’y a pas d’investissement initial à rembourser</translation>
    </message>
    <message>
        <source>the cumulative project flow turns positive in year {year} and stays positive</source>
        <translation>le flux de projet cumulé devient positif l’année {year} et le reste</translation>
    </message>
    <message>
        <source>no members: record pledges or switch take-up to “assumed”</source>
        <translation>aucun adhérent&#xa0;: saisissez des promesses ou passez la souscription à «&#xa0;assumed&#xa0;» (supposée)</translation>
    </message>
    <message>
        <source>cash goes negative in year {first} (lowest in year {lowest}): more shares, grants or a loan needed</source>
        <translation>la trésorerie devient négative l’année {first} (au plus bas l’année {lowest})&#xa0;: il faut plus de parts sociales, des subventions ou un prêt</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>none yet: no village has pledges ({households} households in {total} villages)</source>
        <translation>aucun pour l’instant&#xa0;: aucun village n’a de promesse ({households} foyers dans {total} villages)</translation>
    </message>
    <message>
        <source>all {total} villages counted ({households} households)</source>
        <translation>les {total} villages sont comptés ({households} foyers)</translation>
    </message>
    <message>
        <source>{counted} of {total} villages counted: those with pledges ({households} of {households_all} households)</source>
        <translation>{counted} villages comptés sur {total}&#xa0;: ceux qui ont des promesses ({households} foyers sur {households_all})</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} et {more} autres</translation>
    </message>
    <message>
        <source>; not counted, no pledges yet: {names}</source>
        <translation>&#xa0;; non comptés, pas encore de promesse&#xa0;: {names}</translation>
    </message>
    <message>
        <source>no pledges yet — {households} households in {villages} villages</source>
        <translation>pas encore de promesses — {households} foyers dans {villages} villages</translation>
    </message>
    <message>
        <source>{members} of {households} households ({rate})</source>
        <translation>{members} sur {households} foyers ({rate})</translation>
    </message>
    <message>
        <source>none — {reason}</source>
        <translation>aucun — {reason}</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>pas avant la fin de l’horizon</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>année {year}</translation>
    </message>
    <message>
        <source>{year} — {reason}</source>
        <translation>{year} — {reason}</translation>
    </message>
    <message>
        <source>no town-hall position for {villages}: their link to a PoP is the assumed {km} km</source>
        <translation>pas de position de mairie pour {villages}&#xa0;: leur liaison à un point de présence est la valeur supposée de {km} km</translation>
    </message>
</context>
<context>
    <name>ModelWorkbook</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>type one of: {choices}</source>
        <translation>saisir l’une des valeurs&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>estimate — {source}</source>
        <translation>estimation — {source}</translation>
    </message>
    <message>
        <source>coopnet model — scenario “{scenario}”</source>
        <translation>Modèle coopnet — scénario «&#xa0;{scenario}&#xa0;»</translation>
    </message>
    <message>
        <source>Yellow cells are inputs: change them and every sheet recomputes. Amounts HT, constant euros. “estimate” marks a default without a public source.</source>
        <translation>Les cellules jaunes sont les données d’entrée&#xa0;: modifiez-les et toutes les feuilles se recalculent. Montants HT, en euros constants. «&#xa0;estimation&#xa0;» signale une valeur par défaut sans source publique.</translation>
    </message>
    <message>
        <source>key (cell name)</source>
        <translation>clé (nom de cellule)</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Commit ÷ busy-hour capacity (from the 95th-percentile simulation)</source>
        <translation>Engagement ÷ capacité à l’heure chargée (d’après la simulation du 95e centile)</translation>
    </message>
    <message>
        <source>computed by coopnet at export (12 simulated months of 5-minute samples, seeded); not recomputed by the spreadsheet</source>
        <translation>calculé par coopnet à l’export (12 mois simulés d’échantillons de 5 minutes, graine fixe)&#xa0;; non recalculé par le tableur</translation>
    </message>
    <message>
        <source>Villages: households, pledges (counts only) and the link to the PoP</source>
        <translation>Villages&#xa0;: foyers, promesses (chiffres seulement) et lien vers le PoP</translation>
    </message>
    <message>
        <source>At export: {counted}. The “included” column says which villages the figures count.</source>
        <translation>À l’export&#xa0;: {counted}. La colonne «&#xa0;inclus&#xa0;» indique les villages que les chiffres comptent.</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>households</source>
        <translation>foyers</translation>
    </message>
    <message>
        <source>pledges</source>
        <translation>promesses</translation>
    </message>
    <message>
        <source>of which ≥ 1 Gb/s</source>
        <translation>dont ≥ 1 Gbit/s</translation>
    </message>
    <message>
        <source>straight line to PoP (km)</source>
        <translation>distance à vol d’oiseau au PoP (km)</translation>
    </message>
    <message>
        <source>PoP</source>
        <translation>PoP</translation>
    </message>
    <message>
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>members (target)</source>
        <translation>adhérents (objectif)</translation>
    </message>
    <message>
        <source>1 Gb/s share</source>
        <translation>part à 1 Gbit/s</translation>
    </message>
    <message>
        <source>Σ usage factor</source>
        <translation>Σ facteur d’usage</translation>
    </message>
    <message>
        <source>Σ usage factor²</source>
        <translation>Σ facteur d’usage²</translation>
    </message>
    <message>
        <source>households passed</source>
        <translation>foyers raccordables</translation>
    </message>
    <message>
        <source>route (km)</source>
        <translation>tracé (km)</translation>
    </message>
    <message>
        <source>busy-hour mean (Mbps)</source>
        <translation>moyenne à l’heure chargée (Mbit/s)</translation>
    </message>
    <message>
        <source>capacity alone (Mbps)</source>
        <translation>capacité seul (Mbit/s)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Busy-hour mean per line</source>
        <translation>Moyenne par ligne à l’heure chargée</translation>
    </message>
    <message>
        <source>Variance per line</source>
        <translation>Variance par ligne</translation>
    </message>
    <message>
        <source>α = √(−2 ln ε)</source>
        <translation>α = √(−2 ln ε)</translation>
    </message>
    <message>
        <source>Busy-hour mean M (all members, year-1 usage)</source>
        <translation>Moyenne à l’heure chargée M (tous les adhérents, usage de l’année 1)</translation>
    </message>
    <message>
        <source>Variance V</source>
        <translation>Variance V</translation>
    </message>
    <message>
        <source>Capacity C = M + α√V</source>
        <translation>Capacité C = M + α√V</translation>
    </message>
    <message>
        <source>Sum of the villages&apos; own capacities</source>
        <translation>Somme des capacités propres des villages</translation>
    </message>
    <message>
        <source>Pooling gain 1 − C ÷ Σ C village</source>
        <translation>Gain de mutualisation 1 − C ÷ Σ C village</translation>
    </message>
    <message>
        <source>Recommended commit</source>
        <translation>Engagement recommandé</translation>
    </message>
    <message>
        <source>Aggregated traffic: C = M + α√V, pooling gain, commit by year</source>
        <translation>Trafic agrégé&#xa0;: C = M + α√V, gain de mutualisation, engagement par année</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>grandeur</translation>
    </message>
    <message>
        <source>95th percentile of the first simulated month (coopnet, at export)</source>
        <translation>95e centile du premier mois simulé (coopnet, à l’export)</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>share of target members</source>
        <translation>part des adhérents visés</translation>
    </message>
    <message>
        <source>members</source>
        <translation>adhérents</translation>
    </message>
    <message>
        <source>per-line mean (Mbps)</source>
        <translation>moyenne par ligne (Mbit/s)</translation>
    </message>
    <message>
        <source>busy-hour mean M</source>
        <translation>moyenne à l’heure chargée M</translation>
    </message>
    <message>
        <source>variance V</source>
        <translation>variance V</translation>
    </message>
    <message>
        <source>capacity C (Mbps)</source>
        <translation>capacité C (Mbit/s)</translation>
    </message>
    <message>
        <source>commit (Mbps)</source>
        <translation>engagement (Mbit/s)</translation>
    </message>
    <message>
        <source>Route cost per metre (mix)</source>
        <translation>Coût du tracé par mètre (mélange)</translation>
    </message>
    <message>
        <source>Civil works (build, €)</source>
        <translation>Génie civil (construction, €)</translation>
    </message>
    <message>
        <source>Cost of passing the premises (build, €)</source>
        <translation>Coût de desserte des locaux (construction, €)</translation>
    </message>
    <message>
        <source>Civil works + premises + equipment</source>
        <translation>Génie civil + locaux + équipements</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Provision pour aléas</translation>
    </message>
    <message>
        <source>Volunteer labour in kind (deducted)</source>
        <translation>Travail bénévole en nature (déduit)</translation>
    </message>
    <message>
        <source>Initial capex (year 1)</source>
        <translation>Investissement initial (année 1)</translation>
    </message>
    <message>
        <source>Average connection (light/moderate/heavy mix)</source>
        <translation>Raccordement moyen (mélange léger/moyen/lourd)</translation>
    </message>
    <message>
        <source>Capex per new member</source>
        <translation>Investissement par nouvel adhérent</translation>
    </message>
    <message>
        <source>Loan annuity</source>
        <translation>Annuité d’emprunt</translation>
    </message>
    <message>
        <source>in horizon</source>
        <translation>dans l’horizon</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>new members</source>
        <translation>nouveaux adhérents</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>recettes</translation>
    </message>
    <message>
        <source>IP transit</source>
        <translation>transit IP</translation>
    </message>
    <message>
        <source>RIP line fees</source>
        <translation>loyers des lignes RIP</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>investissement</translation>
    </message>
    <message>
        <source>cumulative capex</source>
        <translation>investissement cumulé</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>backhaul + fixed</source>
        <translation>collecte + frais fixes</translation>
    </message>
    <message>
        <source>opex</source>
        <translation>charges d’exploitation</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>subventions</translation>
    </message>
    <message>
        <source>connection fees</source>
        <translation>frais de raccordement</translation>
    </message>
    <message>
        <source>member shares</source>
        <translation>parts sociales</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>emprunt</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>net</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>cash balance</source>
        <translation>trésorerie</translation>
    </message>
    <message>
        <source>project flow</source>
        <translation>flux du projet</translation>
    </message>
    <message>
        <source>cumulative project flow</source>
        <translation>flux du projet cumulé</translation>
    </message>
    <message>
        <source>payback candidate</source>
        <translation>année de retour possible</translation>
    </message>
    <message>
        <source>Cash flow by year (HT, constant euros) — formulas over the {sheet} sheet</source>
        <translation>Trésorerie par année (HT, euros constants) — formules sur la feuille {sheet}</translation>
    </message>
    <message>
        <source>cannot break even: no members</source>
        <translation>équilibre impossible&#xa0;: aucun adhérent</translation>
    </message>
    <message>
        <source>cannot break even (more than €500 HT/month)</source>
        <translation>équilibre impossible (plus de 500 € HT/mois)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>pas dans l’horizon</translation>
    </message>
    <message>
        <source>NPV of the project flow at the discount rate</source>
        <translation>VAN du flux du projet au taux d’actualisation</translation>
    </message>
    <message>
        <source>Σ 12 × members ÷ (1+r)^year</source>
        <translation>Σ 12 × adhérents ÷ (1+r)^année</translation>
    </message>
    <message>
        <source>Break-even member fee (HT/month)</source>
        <translation>Mensualité d’équilibre (HT/mois)</translation>
    </message>
    <message>
        <source>Break-even member fee (TTC/month)</source>
        <translation>Mensualité d’équilibre (TTC/mois)</translation>
    </message>
    <message>
        <source>Member fee (TTC/month)</source>
        <translation>Mensualité de l’adhérent (TTC/mois)</translation>
    </message>
    <message>
        <source>IRR of the project flow</source>
        <translation>TRI du flux du projet</translation>
    </message>
    <message>
        <source>Payback year</source>
        <translation>Année du retour sur investissement</translation>
    </message>
    <message>
        <source>Lowest cash balance</source>
        <translation>Trésorerie la plus basse</translation>
    </message>
    <message>
        <source>Initial capex per premises passed</source>
        <translation>Investissement initial par local raccordable</translation>
    </message>
    <message>
        <source>Capex over the horizon per member</source>
        <translation>Investissement sur l’horizon par adhérent</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sensitivity: ±20 % on each key parameter (computed by coopnet at export, not live)</source>
        <translation>Sensibilité&#xa0;: ±20 % sur chaque paramètre clé (calculée par coopnet à l’export, pas en direct)</translation>
    </message>
    <message>
        <source>NPV of the scenario as exported:</source>
        <translation>VAN du scénario exporté&#xa0;:</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>value −20 %</source>
        <translation>valeur −20 %</translation>
    </message>
    <message>
        <source>value +20 %</source>
        <translation>valeur +20 %</translation>
    </message>
    <message>
        <source>NPV at −20 %</source>
        <translation>VAN à −20 %</translation>
    </message>
    <message>
        <source>NPV at +20 %</source>
        <translation>VAN à +20 %</translation>
    </message>
    <message>
        <source>break-even fee at −20 %</source>
        <translation>mensualité d’équilibre à −20 %</translation>
    </message>
    <message>
        <source>break-even fee at +20 %</source>
        <translation>mensualité d’équilibre à +20 %</translation>
    </message>
    <message>
        <source>cannot break even</source>
        <translation>équilibre impossible</translation>
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
        <source>Measured</source>
        <translation>Trafic mesuré</translation>
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
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>NewCooperativeDialog</name>
    <message>
        <source>{0} inhabitants</source>
        <translation>{0} habitants</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>Nouvelle coopérative</translation>
    </message>
    <message>
        <source>Commune name, postcode or INSEE code — e.g. Thoiry, 78770</source>
        <translation>Nom de commune, code postal ou code INSEE — ex. Thoiry, 78770</translation>
    </message>
    <message>
        <source>Search communes</source>
        <translation>Chercher des communes</translation>
    </message>
    <message>
        <source>Communes found</source>
        <translation>Communes trouvées</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Cocher &amp;toutes celles affichées</translation>
    </message>
    <message>
        <source>Communes of the cooperative</source>
        <translation>Communes de la coopérative</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>e.g. Fibre des Trois Vallées</source>
        <translation>ex. Fibre des Trois Vallées</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>&amp;Search communes (name, postcode or INSEE code):</source>
        <translation>&amp;Chercher des communes (nom, code postal ou code INSEE)&#xa0;:</translation>
    </message>
    <message>
        <source>Cooperative &amp;name:</source>
        <translation>&amp;Nom de la coopérative&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Each village gets its official name, INSEE code, postcodes, department and population from the national commune reference ({0}).</source>
        <translation>Chaque village reçoit son nom officiel, son code INSEE, ses codes postaux, son département et sa population du référentiel national des communes ({0}).</translation>
    </message>
    <message>
        <source>No commune matches “{0}”.</source>
        <translation>Aucune commune ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>The first {0} communes; type more to narrow.</source>
        <translation>Les {0} premières communes&#xa0;; précisez la recherche.</translation>
    </message>
    <message>
        <source>Communes found: {0}</source>
        <translation>Communes trouvées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <source>New cooperative file</source>
        <translation>Fichier de la nouvelle coopérative</translation>
    </message>
    <message>
        <source>coopnet project (*.coopnet)</source>
        <translation>projet coopnet (*.coopnet)</translation>
    </message>
    <message>
        <source>Tick at least one commune.</source>
        <translation>Cochez au moins une commune.</translation>
    </message>
    <message>
        <source>Choose the file of the new cooperative.</source>
        <translation>Choisissez le fichier de la nouvelle coopérative.</translation>
    </message>
    <message>
        <source>{0}: no such folder.</source>
        <translation>{0}&#xa0;: ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>{0} already exists: choose another name (or pick it with Choose… to replace it).</source>
        <translation>{0} existe déjà&#xa0;: choisissez un autre nom (ou désignez-le avec Choisir… pour le remplacer).</translation>
    </message>
    <message>
        <source>Communes of the cooperative: {0}</source>
        <translation>Communes de la coopérative&#xa0;: {0}</translation>
    </message>
    <message>
        <source>, {0} inhabitants</source>
        <translation>, {0} habitants</translation>
    </message>
    <message>
        <source>Creating {0} with {1} communes…</source>
        <translation>Création de {0} avec {1} communes…</translation>
    </message>
</context>
<context>
    <name>NewProject</name>
    <message>
        <source>{dep}: no department has this number (e.g. 78, 01, 2A)</source>
        <translation>{dep}&#xa0;: aucun département n’a ce numéro (par ex. 78, 01, 2A)</translation>
    </message>
    <message>
        <source>{postcode}: no commune has this postcode</source>
        <translation>{postcode}&#xa0;: aucune commune n’a ce code postal</translation>
    </message>
    <message>
        <source>choose at least one commune (--commune, --department or --postcode)</source>
        <translation>choisissez au moins une commune (--commune, --department ou --postcode)</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>{file}: not written — {reason}</source>
        <translation>{file}&#xa0;: non écrit — {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n’est pas un dossier</translation>
    </message>
    <message>
        <source>no permission to write in {folder}</source>
        <translation>pas le droit d’écrire dans {folder}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the file could not be written ({detail})</source>
        <translation>le fichier n’a pas pu être écrit ({detail})</translation>
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
        <source>Committed rate in the transit contract</source>
        <translation>Débit engagé du contrat de transit</translation>
    </message>
    <message>
        <source>95th-percentile rule of the contract</source>
        <translation>Règle du 95e centile du contrat</translation>
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
    <name>ParamChoice</name>
    <message>
        <source>the pledges recorded in this project</source>
        <translation>les promesses enregistrées dans ce projet</translation>
    </message>
    <message>
        <source>households × assumed take rate</source>
        <translation>foyers × taux de souscription supposé</translation>
    </message>
    <message>
        <source>the cooperative builds its own network</source>
        <translation>la coopérative construit son propre réseau</translation>
    </message>
    <message>
        <source>operator on the public network (RIP), renting lines</source>
        <translation>opérateur sur le réseau public (RIP), en louant les lignes</translation>
    </message>
    <message>
        <source>the higher of the incoming and outgoing 95th percentiles</source>
        <translation>le plus élevé des 95e centiles entrant et sortant</translation>
    </message>
    <message>
        <source>the 95th percentile of incoming + outgoing</source>
        <translation>le 95e centile d’entrant + sortant</translation>
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
    <message>
        <source>estimate — {source}</source>
        <translation>estimation — {source}</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>par défaut&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>ParamEditorShort</name>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Constr.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Exploit.</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financ.</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
</context>
<context>
    <name>ParamError</name>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
    <message>
        <source>{key}: no such parameter (did you mean {keys}?)</source>
        <translation>{key}&#xa0;: paramètre inconnu (vouliez-vous dire {keys}&#xa0;?)</translation>
    </message>
    <message>
        <source>{key}: no such parameter</source>
        <translation>{key}&#xa0;: paramètre inconnu</translation>
    </message>
    <message>
        <source>{key} = “{value}”: must be one of {choices}</source>
        <translation>{key} = «&#xa0;{value}&#xa0;»&#xa0;: doit valoir {choices}</translation>
    </message>
    <message>
        <source>{key} = “{value}”: not a number</source>
        <translation>{key} = «&#xa0;{value}&#xa0;»&#xa0;: ce n’est pas un nombre</translation>
    </message>
    <message>
        <source>{key} = {value}: not a finite number</source>
        <translation>{key} = {value}&#xa0;: ce n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>{key} = {value}: must be a whole number of {unit}</source>
        <translation>{key} = {value}&#xa0;: doit être un nombre entier ({unit})</translation>
    </message>
    <message>
        <source>{key} = {value}: must be a whole number</source>
        <translation>{key} = {value}&#xa0;: doit être un nombre entier</translation>
    </message>
    <message>
        <source>{key} = {value}: “{label}” cannot be negative</source>
        <translation>{key} = {value}&#xa0;: «&#xa0;{label}&#xa0;» ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{key} = {value}: “{label}” must be at least {min}</source>
        <translation>{key} = {value}&#xa0;: «&#xa0;{label}&#xa0;» doit valoir au moins {min}</translation>
    </message>
    <message>
        <source>{key} = {value}: “{label}” cannot exceed {max}</source>
        <translation>{key} = {value}&#xa0;: «&#xa0;{label}&#xa0;» ne peut pas dépasser {max}</translation>
    </message>
    <message>
        <source>{keys}: the route shares add up to {total} %, they must add up to 100 %</source>
        <translation>{keys}&#xa0;: les parts du tracé totalisent {total} %, elles doivent totaliser 100 %</translation>
    </message>
    <message>
        <source>{keys}: the connection shares add up to {total} %, they must add up to 100 %</source>
        <translation>{keys}&#xa0;: les parts des raccordements totalisent {total} %, elles doivent totaliser 100 %</translation>
    </message>
</context>
<context>
    <name>ParamGroup</name>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Running costs</source>
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
    <name>ParamSource</name>
    <message>
        <source>pledges: the pledges recorded in this project (status pledged or member); assumed: households × take rate</source>
        <translation>pledges&#xa0;: les promesses enregistrées dans ce projet (statut promesse ou adhérent)&#xa0;; assumed&#xa0;: foyers × taux de souscription</translation>
    </message>
    <message>
        <source>set it from your own door-to-door survey</source>
        <translation>à fixer d’après votre porte-à-porte</translation>
    </message>
    <message>
        <source>not every pledge signs up</source>
        <translation>toutes les promesses ne se concrétisent pas</translation>
    </message>
    <message>
        <source>members connect over the first years (linear ramp)</source>
        <translation>les adhérents se raccordent au fil des premières années (montée linéaire)</translation>
    </message>
    <message>
        <source>moves and deaths not replaced by newcomers</source>
        <translation>déménagements et décès non compensés par de nouveaux arrivants</translation>
    </message>
    <message>
        <source>French standard VAT rate 20 % (CGI art. 278)</source>
        <translation>taux normal de TVA 20 % (CGI art. 278)</translation>
    </message>
    <message>
        <source>rip: operator on the public network, renting lines (SCANI model), the usual route for a village cooperative; build: the cooperative builds its network (B4RN model)</source>
        <translation>rip&#xa0;: opérateur sur le réseau public, en louant les lignes (modèle SCANI), la voie habituelle d’une coopérative de villages&#xa0;; build&#xa0;: la coopérative construit son réseau (modèle B4RN)</translation>
    </message>
    <message>
        <source>cables follow roads and field edges, not straight lines; one value for the whole project (Map page, Settings, coopnet links --detour-factor)</source>
        <translation>les câbles suivent les routes et les bords de champs, pas la ligne droite&#xa0;; une seule valeur pour tout le projet (page Carte, Paramètres, coopnet links --detour-factor)</translation>
    </message>
    <message>
        <source>used only for villages without a PoP distance</source>
        <translation>utilisé seulement pour les villages sans distance au PoP</translation>
    </message>
    <message>
        <source>set it from your route survey</source>
        <translation>à fixer d’après votre relevé de tracé</translation>
    </message>
    <message>
        <source>cable and labour only, duct rental not included</source>
        <translation>câble et main-d’œuvre seulement, location des fourreaux non comprise</translation>
    </message>
    <message>
        <source>ask two suppliers for a quote</source>
        <translation>demandez un devis à deux fournisseurs</translation>
    </message>
    <message>
        <source>usual engineering margin</source>
        <translation>marge d’ingénierie habituelle</translation>
    </message>
    <message>
        <source>count what your volunteers can really dig and pull</source>
        <translation>comptez ce que vos bénévoles peuvent vraiment creuser et tirer</translation>
    </message>
    <message>
        <source>ask the RIP operator for its price list</source>
        <translation>demandez sa grille tarifaire à l’opérateur du RIP</translation>
    </message>
    <message>
        <source>Paris 10 G hubs 0.3–1.9 $/Mbps/month (TeleGeography 2015); small rural buyers pay far more (×20 reported)</source>
        <translation>nœuds 10 G parisiens 0,3–1,9 $/Mbit/s/mois (TeleGeography 2015)&#xa0;; les petits acheteurs ruraux paient bien plus (×20 rapporté)</translation>
    </message>
    <message>
        <source>transit prices per Mbps have fallen year after year</source>
        <translation>les prix du transit par Mbit/s baissent d’année en année</translation>
    </message>
    <message>
        <source>usually 1.5× the committed price</source>
        <translation>en général 1,5 × le prix engagé</translation>
    </message>
    <message>
        <source>opex 5–10 % of capex per year (ITU/Giga CPP; Oughton models)</source>
        <translation>exploitation 5–10 % de l’investissement par an (UIT/Giga CPP&#xa0;; modèles d’Oughton)</translation>
    </message>
    <message>
        <source>ask an insurer</source>
        <translation>demandez à un assureur</translation>
    </message>
    <message>
        <source>chartered accountant for a small cooperative</source>
        <translation>expert-comptable pour une petite coopérative</translation>
    </message>
    <message>
        <source>bank, post, software, general meeting</source>
        <translation>banque, courrier, logiciels, assemblée générale</translation>
    </message>
    <message>
        <source>SCANI: €30 TTC/month = €25 HT (coop site); B4RN £30/month</source>
        <translation>SCANI&#xa0;: 30 € TTC/mois = 25 € HT (site de la coopérative)&#xa0;; B4RN 30 £/mois</translation>
    </message>
    <message>
        <source>French network cost note, undated: underground €50–90/m (15 on open ground, up to 250 in town centres), aerial €15–30/m</source>
        <translation>note française sur les coûts de réseau, non datée&#xa0;: souterrain 50–90 €/m (15 en terrain nu, jusqu’à 250 en centre-ville), aérien 15–30 €/m</translation>
    </message>
    <message>
        <source>Yvelines rural FTTH programme: €120 M for 110,000 homes ≈ €1,090 (press, 2019); EC/Analysys Mason: ≈€2,250 rural (thinkbroadband, 2016)</source>
        <translation>programme FTTH rural des Yvelines&#xa0;: 120 M€ pour 110 000 logements ≈ 1 090 € (presse, 2019)&#xa0;; CE/Analysys Mason&#xa0;: ≈2 250 € en zone rurale (thinkbroadband, 2016)</translation>
    </message>
    <message>
        <source>CGE report on final connections, Apr 2024 (50% light &lt; €200, 47% moderate ≈ €900, 3% heavy &gt; €2,000)</source>
        <translation>rapport du CGE sur les raccordements finals, avril 2024 (50 % légers &lt; 200 €, 47 % moyens ≈ 900 €, 3 % lourds &gt; 2 000 €)</translation>
    </message>
    <message>
        <source>French minimum wage (SMIC) €11.88/hour gross from 1 Nov 2024</source>
        <translation>SMIC 11,88 €/heure brut depuis le 1er novembre 2024</translation>
    </message>
    <message>
        <source>SCANI AGM 2021: ≈€12.50 HT per connected member per month; ARCEP draft 2015: passive line ≈€13/month</source>
        <translation>AG SCANI 2021&#xa0;: ≈12,50 € HT par adhérent raccordé et par mois&#xa0;; projet ARCEP 2015&#xa0;: ligne passive ≈13 €/mois</translation>
    </message>
    <message>
        <source>0 = rent the line (SCANI); an IRU costs ≈€500/line + €5/month/active line (press, 2025)</source>
        <translation>0 = location de la ligne (SCANI)&#xa0;; un IRU coûte ≈500 €/ligne + 5 €/mois/ligne active (presse, 2025)</translation>
    </message>
    <message>
        <source>with transit, consistent with SCANI 2017: 200 Mbps for 150 members, €1,400/month (regional press)</source>
        <translation>avec le transit, cohérent avec SCANI 2017&#xa0;: 200 Mbit/s pour 150 adhérents, 1 400 €/mois (presse régionale)</translation>
    </message>
    <message>
        <source>B4RN: £1 shares, minimum 100; SCANI: shares from €10</source>
        <translation>B4RN&#xa0;: parts de 1 £, minimum 100&#xa0;; SCANI&#xa0;: parts à partir de 10 €</translation>
    </message>
    <message>
        <source>SCANI: installation €80</source>
        <translation>SCANI&#xa0;: installation 80 €</translation>
    </message>
    <message>
        <source>enter the grants you have been promised</source>
        <translation>saisissez les subventions qui vous ont été promises</translation>
    </message>
    <message>
        <source>ask your bank</source>
        <translation>demandez à votre banque</translation>
    </message>
    <message>
        <source>your bank balance</source>
        <translation>votre solde bancaire</translation>
    </message>
    <message>
        <source>France Stratégie (Quinet report, 2013): 4.5 % for public investment</source>
        <translation>France Stratégie (rapport Quinet, 2013)&#xa0;: 4,5 % pour l’investissement public</translation>
    </message>
    <message>
        <source>length of the model (fibre lasts longer)</source>
        <translation>durée du modèle (la fibre dure plus longtemps)</translation>
    </message>
    <message>
        <source>UK 2021: 453 GB/month per fixed line; US 2024: 590 GB</source>
        <translation>Royaume-Uni 2021&#xa0;: 453 Go/mois par ligne fixe&#xa0;; États-Unis 2024&#xa0;: 590 Go</translation>
    </message>
    <message>
        <source>busy hour ≈1.7–2.0× the average hour (record days ≈2.7×)</source>
        <translation>heure chargée ≈1,7–2,0 × l’heure moyenne (jours records ≈2,7 ×)</translation>
    </message>
    <message>
        <source>one line&apos;s busy-hour rate is very bursty</source>
        <translation>le débit d’une ligne à l’heure chargée varie par à-coups</translation>
    </message>
    <message>
        <source>faster tiers use more</source>
        <translation>les offres plus rapides consomment davantage</translation>
    </message>
    <message>
        <source>usage growth has slowed to ≈7–15 %/year</source>
        <translation>la croissance des usages a ralenti à ≈7–15 %/an</translation>
    </message>
    <message>
        <source>C = M + α√V, α = √(−2 ln ε); ε = 1 % ⇒ α ≈ 3.03 (van den Berg et al. 2006)</source>
        <translation>C = M + α√V, α = √(−2 ln ε)&#xa0;; ε = 1 % ⇒ α ≈ 3,03 (van den Berg et al. 2006)</translation>
    </message>
    <message>
        <source>usual wholesale terms are 1–3 years</source>
        <translation>les contrats de gros durent en général 1 à 3 ans</translation>
    </message>
    <message>
        <source>carriers sell commits in round steps</source>
        <translation>les opérateurs vendent les engagements par paliers ronds</translation>
    </message>
    <message>
        <source>the commit your carrier contract states (0: none, every Mbps of the 95th percentile is billed at the overage price); used by the measured-traffic bill</source>
        <translation>l’engagement inscrit dans votre contrat opérateur (0&#xa0;: aucun, chaque Mbit/s du 95e centile est facturé au prix du dépassement)&#xa0;; sert à la facture du trafic mesuré</translation>
    </message>
    <message>
        <source>max: the higher of the incoming and outgoing 95th percentiles (most carriers); sum: the 95th percentile of incoming + outgoing</source>
        <translation>max&#xa0;: le plus élevé des 95e centiles entrant et sortant (la plupart des opérateurs)&#xa0;; sum&#xa0;: le 95e centile d’entrant + sortant</translation>
    </message>
    <message>
        <source>the same seed gives the same 95th-percentile simulation</source>
        <translation>la même graine donne la même simulation du 95e centile</translation>
    </message>
    <message>
        <source>usual business-grade SLA (99.9 % ≈ 8.8 h/year)</source>
        <translation>engagement de service professionnel habituel (99,9 % ≈ 8,8 h/an)</translation>
    </message>
    <message>
        <source>usual business-grade SLA</source>
        <translation>engagement de service professionnel habituel</translation>
    </message>
</context>
<context>
    <name>PledgeCheck</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>required (INSEE code of the village)</source>
        <translation>obligatoire (code INSEE du village)</translation>
    </message>
    <message>
        <source>too long ({length} characters, at most {limit})</source>
        <translation>trop long ({length} caractères, {limit} au plus)</translation>
    </message>
    <message>
        <source>“{value}” contains characters a name cannot have</source>
        <translation>«&#xa0;{value}&#xa0;» contient des caractères impossibles dans un nom</translation>
    </message>
    <message>
        <source>cannot be negative ({amount})</source>
        <translation>ne peut pas être négatif ({amount})</translation>
    </message>
    <message>
        <source>{amount} is not believable</source>
        <translation>{amount} n’est pas vraisemblable</translation>
    </message>
    <message>
        <source>“{value}” is not an email address (name@example.fr)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse de courriel (nom@exemple.fr)</translation>
    </message>
    <message>
        <source>give at least one, so the cooperative can reach the household</source>
        <translation>indiquez-en au moins un, pour que la coopérative puisse joindre le foyer</translation>
    </message>
    <message>
        <source>required — without it the household&apos;s contact details cannot be kept</source>
        <translation>obligatoire — sans lui, les coordonnées du foyer ne peuvent pas être conservées</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>le {date} est dans le futur</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas l’une des valeurs {choices}</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (oui/non)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est ni oui ni non</translation>
    </message>
    <message>
        <source>“{value}” is not one of the speeds offered ({choices})</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas l’un des débits proposés ({choices})</translation>
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
        <source>Refused (outside the villages of this volunteer file): %1
Rejected (values the pledge form would refuse): %2</source>
        <translation>Refusés (hors des communes de ce fichier bénévole)&#xa0;: %1
Rejetés (valeurs que le formulaire de promesse refuserait)&#xa0;: %2</translation>
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
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
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
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
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
    <name>PledgeField</name>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone or email</source>
        <translation>téléphone ou courriel</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>monthly fee</source>
        <translation>mensualité</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>parts sociales</translation>
    </message>
    <message>
        <source>consent to the register</source>
        <translation>consentement au registre</translation>
    </message>
    <message>
        <source>consent to news</source>
        <translation>consentement aux actualités</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>dernier contact</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
</context>
<context>
    <name>PledgeForm</name>
    <message>
        <source>[name of the cooperative — to be completed]</source>
        <translation>[nom de la coopérative — à compléter]</translation>
    </message>
    <message>
        <source>[address of the registered office — to be completed]</source>
        <translation>[adresse du siège — à compléter]</translation>
    </message>
    <message>
        <source>[contact email — to be completed]</source>
        <translation>[courriel de contact — à compléter]</translation>
    </message>
    <message>
        <source>Membership pledge — very high-speed broadband</source>
        <translation>Promesse d’adhésion — très haut débit</translation>
    </message>
    <message>
        <source>I would like my household to be connected to the cooperative’s network and, if my village’s threshold is reached, I undertake to join on the terms below. This pledge does not bind you until the membership contract is signed.</source>
        <translation>Je souhaite que mon foyer soit raccordé au réseau de la coopérative et je m’engage, si le seuil de mon village est atteint, à adhérer aux conditions ci-dessous. Cette promesse ne vous engage à rien tant que le contrat d’adhésion n’est pas signé.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>€ / month</source>
        <translation>€ / mois</translation>
    </message>
    <message>
        <source>&lt;b&gt;I agree&lt;/b&gt; that my details be recorded in the cooperative’s register of pledges, to be contacted again about my connection &lt;i&gt;(required to record the pledge; wording version {version})&lt;/i&gt;.</source>
        <translation>&lt;b&gt;J’accepte&lt;/b&gt; que mes coordonnées soient enregistrées dans le registre des promesses de la coopérative, pour être recontacté(e) au sujet de mon raccordement &lt;i&gt;(obligatoire pour enregistrer la promesse&#xa0;; texte version {version})&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>I agree to receive the cooperative’s news by email &lt;i&gt;(optional, leave unticked if you do not wish to)&lt;/i&gt;.</source>
        <translation>J’accepte de recevoir les actualités de la coopérative par courriel &lt;i&gt;(facultatif, laisser non coché si vous ne le souhaitez pas)&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Controller:&lt;/b&gt; {controller}, {address} — contact: {email}.</source>
        <translation>&lt;b&gt;Responsable du traitement&#xa0;:&lt;/b&gt; {controller}, {address} — contact&#xa0;: {email}.</translation>
    </message>
    <message>
        <source>Data protection officer: {dpo}</source>
        <translation>Délégué à la protection des données&#xa0;: {dpo}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purpose:&lt;/b&gt; keeping the register of membership pledges, measuring each village’s interest in very high-speed broadband and contacting you again about your connection. &lt;b&gt;Legal basis:&lt;/b&gt; your consent, which you may withdraw at any time.</source>
        <translation>&lt;b&gt;Finalité&#xa0;:&lt;/b&gt; tenir le registre des promesses d’adhésion, mesurer l’intérêt de chaque village pour le très haut débit et vous recontacter au sujet de votre raccordement. &lt;b&gt;Base légale&#xa0;:&lt;/b&gt; votre consentement, que vous pouvez retirer à tout moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients:&lt;/b&gt; the cooperative’s volunteers and board. Carriers and town halls only receive figures per village (number of pledges), never your name or contact details, unless you agree in writing.</source>
        <translation>&lt;b&gt;Destinataires&#xa0;:&lt;/b&gt; les bénévoles et le bureau de la coopérative. Les opérateurs et les mairies ne reçoivent que des chiffres par village (nombre de promesses), jamais votre nom ou vos coordonnées, sauf accord écrit de votre part.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention:&lt;/b&gt; if you do not become a member, your data are anonymised {years} years after our last contact; only the commune, the status and the wanted speed are kept, for statistics.</source>
        <translation>&lt;b&gt;Durée de conservation&#xa0;:&lt;/b&gt; si vous ne devenez pas adhérent(e), vos données sont anonymisées {years} ans après notre dernier contact&#xa0;; seuls restent, pour les statistiques, la commune, le statut et le débit souhaité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your rights:&lt;/b&gt; access, rectification, erasure, restriction, objection, portability and withdrawal of consent, by writing to {email}; answer within one month.</source>
        <translation>&lt;b&gt;Vos droits&#xa0;:&lt;/b&gt; accès, rectification, effacement, limitation, opposition, portabilité et retrait du consentement, en écrivant à {email}&#xa0;; réponse sous un mois.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaints:&lt;/b&gt; you may refer the matter to the CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).</source>
        <translation>&lt;b&gt;Réclamation&#xa0;:&lt;/b&gt; vous pouvez saisir la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Address (no., street)</source>
        <translation>Adresse (n°, voie)</translation>
    </message>
    <message>
        <source>Postcode / Commune</source>
        <translation>Code postal / Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Wanted speed</source>
        <translation>Débit souhaité</translation>
    </message>
    <message>
        <source>Monthly fee accepted</source>
        <translation>Mensualité acceptée</translation>
    </message>
    <message>
        <source>Member shares</source>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Membership pledge</source>
        <translation>Promesse d’adhésion</translation>
    </message>
</context>
<context>
    <name>PledgeImport</name>
    <message>
        <source>line cut short ({count} of {width} columns) — is the file truncated?</source>
        <translation>ligne incomplète ({count} colonnes sur {width}) — le fichier est-il tronqué&#xa0;?</translation>
    </message>
    <message>
        <source>duplicate row: same person at the same address as line {line}</source>
        <translation>ligne en double&#xa0;: même personne à la même adresse qu’à la ligne {line}</translation>
    </message>
    <message>
        <source>column “{column}” (for {field}) is not in the file</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» (pour {field}) n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>column {index} is not in the file</source>
        <translation>la colonne {index} n’est pas dans le fichier</translation>
    </message>
    <message>
        <source>{file}: no column for {missing} (columns found: {found}); nothing was imported</source>
        <translation>{file}&#xa0;: aucune colonne pour {missing} (colonnes trouvées&#xa0;: {found})&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>{file}: cannot write the reject file ({reason}); nothing was imported</source>
        <translation>{file}&#xa0;: impossible d’écrire le fichier des rejets ({reason})&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>import cancelled: nothing was changed</source>
        <translation>import annulé&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>{file}: no consent column, so no household&apos;s details can be kept; if they agreed another way, state the legal basis and its evidence once with --consent-basis &quot;…&quot; (in the app: the import wizard&apos;s “Legal basis” field), e.g. “paper forms kept at the town hall”; nothing was imported</source>
        <translation>{file}&#xa0;: pas de colonne de consentement, donc les coordonnées d’aucun foyer ne peuvent être conservées&#xa0;; s’ils ont accepté autrement, indiquez une fois la base légale et sa preuve avec --consent-basis &quot;…&quot; (dans l’application&#xa0;: le champ «&#xa0;base légale&#xa0;» de l’assistant d’import), ex. «&#xa0;bulletins papier conservés en mairie&#xa0;»&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Checking row {n} of {total}</source>
        <translation>Vérification de la ligne {n} sur {total}</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>PledgeRow</name>
    <message>
        <source>empty row</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>required (number and street)</source>
        <translation>obligatoire (numéro et voie)</translation>
    </message>
    <message>
        <source>INSEE code “{insee}” is not a village of this project</source>
        <translation>le code INSEE «&#xa0;{insee}&#xa0;» n’est pas un village de ce projet</translation>
    </message>
    <message>
        <source>“{commune}” is not a village of this project</source>
        <translation>«&#xa0;{commune}&#xa0;» n’est pas un village de ce projet</translation>
    </message>
    <message>
        <source>no commune and no postcode — cannot tell which village</source>
        <translation>ni commune ni code postal — impossible de savoir de quel village il s’agit</translation>
    </message>
    <message>
        <source>“{commune}” ({postcode}) is not a village of this project</source>
        <translation>«&#xa0;{commune}&#xa0;» ({postcode}) n’est pas un village de ce projet</translation>
    </message>
    <message>
        <source>postcode {postcode} is not a village of this project</source>
        <translation>le code postal {postcode} n’est celui d’aucun village de ce projet</translation>
    </message>
    <message>
        <source>postcode {postcode} is shared by {count} villages — add the commune name</source>
        <translation>le code postal {postcode} est commun à {count} villages — ajoutez le nom de la commune</translation>
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
    <name>Pledges</name>
    <message>
        <source>{door_id}: no such door in this project</source>
        <translation>{door_id}&#xa0;: cette porte n’est pas dans le projet</translation>
    </message>
    <message>
        <source>{door_id}: this door is in {door}, not in {insee}</source>
        <translation>{door_id}&#xa0;: cette porte est à {door}, pas à {insee}</translation>
    </message>
    <message>
        <source>{insee}: no such village in this project</source>
        <translation>{insee}&#xa0;: ce village n’est pas dans le projet</translation>
    </message>
    <message>
        <source>{pledge_id}: no such pledge</source>
        <translation>{pledge_id}&#xa0;: engagement introuvable</translation>
    </message>
</context>
<context>
    <name>PledgesExport</name>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
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
        <source>Wanted speed</source>
        <translation>Débit souhaité</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Mensualité acceptée</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts sociales</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Version du consentement</translation>
    </message>
    <message>
        <source>Consent news</source>
        <translation>Consentement actualités</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
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
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>{insee}: no such village in this project</source>
        <translation>{insee}&#xa0;: ce village n’est pas dans le projet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>{file}: choose a .csv or .xlsx file name</source>
        <translation>{file}&#xa0;: choisissez un nom de fichier en .csv ou .xlsx</translation>
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
    <name>PrintWalkListDialog</name>
    <message>
        <source>Print Walk List — {0}</source>
        <translation>Imprimer la feuille de porte-à-porte — {0}</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>Toutes les rues</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Doors:</source>
        <translation>Portes&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Cochez au moins un statut.</translation>
    </message>
    <message>
        <source>Save the walk list</source>
        <translation>Enregistrer la feuille de porte-à-porte</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Walk list not written</source>
        <translation>Feuille non écrite</translation>
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
    <name>Project</name>
    <message>
        <source>{file}: the disk is full ({free} KB free in {folder}) — free some space and try again; the project was not changed</source>
        <translation>{file}&#xa0;: le disque est plein ({free} Ko libres dans {folder}) — libérez de la place et réessayez&#xa0;; le projet n’a pas été modifié</translation>
    </message>
    <message>
        <source>{file}: no such project file</source>
        <translation>{file}&#xa0;: fichier de projet introuvable</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a project file</source>
        <translation>{file}&#xa0;: c’est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}&#xa0;: illisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: not a coopnet project (not a SQLite database)</source>
        <translation>{file}&#xa0;: pas un projet coopnet (pas une base SQLite)</translation>
    </message>
    <message>
        <source>{file}: damaged project file (truncated)</source>
        <translation>{file}&#xa0;: fichier de projet endommagé (tronqué)</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({reason})</source>
        <translation>{file}&#xa0;: impossible à ouvrir ({reason})</translation>
    </message>
    <message>
        <source>{file}: not a coopnet project (a SQLite database of another program)</source>
        <translation>{file}&#xa0;: pas un projet coopnet (une base SQLite d’un autre programme)</translation>
    </message>
    <message>
        <source>{file}: damaged project file (no schema version)</source>
        <translation>{file}&#xa0;: fichier de projet endommagé (pas de version de schéma)</translation>
    </message>
    <message>
        <source>{file}: damaged project file ({ok})</source>
        <translation>{file}&#xa0;: fichier de projet endommagé ({ok})</translation>
    </message>
    <message>
        <source>{file}: refused, reading it took too long (a damaged or hostile file); the file was left untouched</source>
        <translation>{file}&#xa0;: refusé, sa lecture a pris trop de temps (fichier abîmé ou malveillant)&#xa0;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>{file}: its folder is read-only; copy the project to a folder you can write to</source>
        <translation>{file}&#xa0;: son dossier est en lecture seule&#xa0;; copiez le projet dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>{file}: damaged project file ({reason})</source>
        <translation>{file}&#xa0;: fichier de projet endommagé ({reason})</translation>
    </message>
    <message>
        <source>{file}: damaged project file (bad schema version)</source>
        <translation>{file}&#xa0;: fichier de projet endommagé (version de schéma invalide)</translation>
    </message>
    <message>
        <source>{file}: made by a newer coopnet (file schema {version}, this version reads up to {schema_version}); please update coopnet</source>
        <translation>{file}&#xa0;: créé par un coopnet plus récent (schéma {version}, cette version lit jusqu’au {schema_version})&#xa0;; mettez coopnet à jour</translation>
    </message>
    <message>
        <source>{file}: already exists (choose another name)</source>
        <translation>{file}&#xa0;: existe déjà (choisissez un autre nom)</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file}&#xa0;: impossible à créer ({reason})</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{user} sur {host} (processus {pid}) depuis le {since}</translation>
    </message>
    <message>
        <source>{file} is already open: {holder}</source>
        <translation>{file} est déjà ouvert&#xa0;: {holder}</translation>
    </message>
</context>
<context>
    <name>ReadTable</name>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{file}: is a folder, expected a CSV or XLSX file</source>
        <translation>{file}&#xa0;: c’est un dossier, un fichier CSV ou XLSX est attendu</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>{file}: the file is too big ({size} MB; the limit is {limit} MB) — split it</source>
        <translation>{file}&#xa0;: le fichier est trop gros ({size}&#xa0;Mo&#xa0;; la limite est de {limit}&#xa0;Mo) — découpez-le</translation>
    </message>
    <message>
        <source>{file}: old Excel 97–2003 (.xls) file — save it as .xlsx or CSV</source>
        <translation>{file}&#xa0;: ancien fichier Excel 97–2003 (.xls) — enregistrez-le en .xlsx ou en CSV</translation>
    </message>
    <message>
        <source>{file}: not a valid Excel file (damaged, truncated or renamed)</source>
        <translation>{file}&#xa0;: fichier Excel invalide (abîmé, tronqué ou renommé)</translation>
    </message>
    <message>
        <source>unknown encoding “{encoding}” (try utf-8 or cp1252)</source>
        <translation>encodage «&#xa0;{encoding}&#xa0;» inconnu (essayez utf-8 ou cp1252)</translation>
    </message>
    <message>
        <source>{file}: not readable as {encoding} (byte {byte}); try another encoding</source>
        <translation>{file}&#xa0;: illisible en {encoding} (octet {byte})&#xa0;; essayez un autre encodage</translation>
    </message>
    <message>
        <source>{file}: damaged or truncated UTF-16 text file</source>
        <translation>{file}&#xa0;: fichier texte UTF-16 abîmé ou tronqué</translation>
    </message>
    <message>
        <source>{file}: binary file, not a CSV table (save it as CSV or XLSX)</source>
        <translation>{file}&#xa0;: fichier binaire, pas un tableau CSV (enregistrez-le en CSV ou en XLSX)</translation>
    </message>
    <message>
        <source>{file}: the file ends in the middle of a character (truncated?)</source>
        <translation>{file}&#xa0;: le fichier s’arrête au milieu d’un caractère (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>{file}: starts as UTF-8 but byte {byte} is not UTF-8; choose the encoding</source>
        <translation>{file}&#xa0;: commence en UTF-8 mais l’octet {byte} n’est pas de l’UTF-8&#xa0;; choisissez l’encodage</translation>
    </message>
    <message>
        <source>{file}: neither UTF-8 nor Windows-1252 text; choose the encoding</source>
        <translation>{file}&#xa0;: texte ni UTF-8 ni Windows-1252&#xa0;; choisissez l’encodage</translation>
    </message>
    <message>
        <source>delimiter must be one character (or “tab”), not “{delimiter}”</source>
        <translation>le séparateur doit être un seul caractère (ou «&#xa0;tab&#xa0;»), pas «&#xa0;{delimiter}&#xa0;»</translation>
    </message>
    <message>
        <source>{file}: line {line}: {problem} (an unclosed quote — is the file truncated?)</source>
        <translation>{file}&#xa0;: ligne {line}&#xa0;: {problem} (un guillemet non fermé — le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>{file}: damaged or truncated Excel file ({kind})</source>
        <translation>{file}&#xa0;: fichier Excel abîmé ou tronqué ({kind})</translation>
    </message>
    <message>
        <source>{file}: the workbook has no sheet</source>
        <translation>{file}&#xa0;: le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>{file}: the first sheet is empty</source>
        <translation>{file}&#xa0;: la première feuille est vide</translation>
    </message>
</context>
<context>
    <name>RenegotiationBrief</name>
    <message>
        <source>{value} Mbps</source>
        <translation>{value} Mbit/s</translation>
    </message>
    <message>
        <source>no commit in the current contract</source>
        <translation>pas d’engagement dans le contrat actuel</translation>
    </message>
    <message>
        <source>already passed ({month})</source>
        <translation>déjà dépassé ({month})</translation>
    </message>
    <message>
        <source>not within 10 years</source>
        <translation>pas d’ici 10 ans</translation>
    </message>
    <message>
        <source>Period measured</source>
        <translation>Période mesurée</translation>
    </message>
    <message>
        <source>Members connected</source>
        <translation>Adhérents raccordés</translation>
    </message>
    <message>
        <source>Current commit</source>
        <translation>Engagement actuel</translation>
    </message>
    <message>
        <source>Last 95th percentile</source>
        <translation>Dernier 95e centile</translation>
    </message>
    <message>
        <source>{value} Mbps ({month})</source>
        <translation>{value} Mbit/s ({month})</translation>
    </message>
    <message>
        <source>Growth of the 95th percentile</source>
        <translation>Croissance du 95e centile</translation>
    </message>
    <message>
        <source>{growth} per year ({source})</source>
        <translation>{growth} par an ({source})</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesurée</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supposée</translation>
    </message>
    <message>
        <source>Month the 95th percentile passes the commit</source>
        <translation>Mois où le 95e centile dépasse l’engagement</translation>
    </message>
    <message>
        <source>Commit we ask for</source>
        <translation>Engagement demandé</translation>
    </message>
    <message>
        <source>{value} Mbps for a {years}-year term</source>
        <translation>{value} Mbit/s pour un contrat de {years} ans</translation>
    </message>
    <message>
        <source>Busy-hour rate per line (measured)</source>
        <translation>Débit par ligne à l’heure chargée (mesuré)</translation>
    </message>
    <message>
        <source>Busy hour ÷ average hour (measured)</source>
        <translation>Heure chargée ÷ heure moyenne (mesuré)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>95th percentile (Mbps)</source>
        <translation>95e centile (Mbit/s)</translation>
    </message>
    <message>
        <source>commit (Mbps)</source>
        <translation>engagement (Mbit/s)</translation>
    </message>
    <message>
        <source>bill (€ HT)</source>
        <translation>facture (€ HT)</translation>
    </message>
    <message>
        <source>Renegotiation of the transit commit</source>
        <translation>Renégociation de l’engagement de transit</translation>
    </message>
    <message>
        <source>Measured on our own router, 95th percentile of 5-minute rates each month; the commit we ask for is the 95th percentile expected at the end of the new term.</source>
        <translation>Mesuré sur notre propre routeur, 95e centile des débits sur 5 minutes de chaque mois&#xa0;; l’engagement demandé est le 95e centile attendu à la fin du nouveau contrat.</translation>
    </message>
    <message>
        <source>Measured months</source>
        <translation>Mois mesurés</translation>
    </message>
    <message>
        <source>Members connected per village (counts only)</source>
        <translation>Adhérents raccordés par village (effectifs seulement)</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>members</source>
        <translation>adhérents</translation>
    </message>
    <message>
        <source>Counts only: this document holds no personal data. Prepared with coopnet.</source>
        <translation>Effectifs seulement&#xa0;: ce document ne contient aucune donnée personnelle. Préparé avec coopnet.</translation>
    </message>
    <message>
        <source>Renegotiation</source>
        <translation>Renégociation</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Counts only: no personal data.</source>
        <translation>Effectifs seulement&#xa0;: aucune donnée personnelle.</translation>
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
        <source>Villages counted</source>
        <translation>Villages comptés</translation>
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
        <source>computing…</source>
        <translation>calcul en cours…</translation>
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
    <name>Scenarios</name>
    <message>
        <source>a scenario needs a name</source>
        <translation>un scénario doit avoir un nom</translation>
    </message>
    <message>
        <source>“{name}…”: a scenario name is at most 80 characters</source>
        <translation>«&#xa0;{name}…&#xa0;»&#xa0;: un nom de scénario fait au plus 80 caractères</translation>
    </message>
    <message>
        <source>{name}: no such scenario (scenarios: {known})</source>
        <translation>{name}&#xa0;: scénario introuvable (scénarios&#xa0;: {known})</translation>
    </message>
    <message>
        <source>scenario {name}: {reason}</source>
        <translation>scénario {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{new}: a scenario with this name already exists</source>
        <translation>{new}&#xa0;: un scénario porte déjà ce nom</translation>
    </message>
    <message>
        <source>{name}: the last scenario cannot be deleted</source>
        <translation>{name}&#xa0;: le dernier scénario ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>defaults with their public sources: operator on the public network (RIP)</source>
        <translation>valeurs par défaut et leurs sources publiques&#xa0;: opérateur sur le réseau public (RIP)</translation>
    </message>
    <message>
        <source>for comparison: the cooperative builds its own network (B4RN model)</source>
        <translation>pour comparer&#xa0;: la coopérative construit son propre réseau (modèle B4RN)</translation>
    </message>
    <message>
        <source>rip, if 40 % of households join</source>
        <translation>rip, si 40 % des foyers adhèrent</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>{file}: refused, {reason}; the file was left untouched</source>
        <translation>{file}&#xa0;: refusé, {reason}&#xa0;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>it holds a view (“{view}”), which a coopnet project never has</source>
        <translation>il contient une vue («&#xa0;{view}&#xa0;»), ce qu’un projet coopnet n’a jamais</translation>
    </message>
    <message>
        <source>it holds a virtual table (“{table}”), which a coopnet project never has</source>
        <translation>il contient une table virtuelle («&#xa0;{table}&#xa0;»), ce qu’un projet coopnet n’a jamais</translation>
    </message>
    <message>
        <source>its “meta” table is not coopnet&apos;s</source>
        <translation>sa table «&#xa0;meta&#xa0;» n’est pas celle de coopnet</translation>
    </message>
    <message>
        <source>table “{table}” is not part of a coopnet project (schema {version})</source>
        <translation>la table «&#xa0;{table}&#xa0;» ne fait pas partie d’un projet coopnet (schéma {version})</translation>
    </message>
    <message>
        <source>table “{table}” is missing (damaged, or not made by coopnet)</source>
        <translation>la table «&#xa0;{table}&#xa0;» manque (fichier abîmé, ou pas fait par coopnet)</translation>
    </message>
    <message>
        <source>table “{table}” has a generated or hidden column (“{column}”)</source>
        <translation>la table «&#xa0;{table}&#xa0;» a une colonne générée ou cachée («&#xa0;{column}&#xa0;»)</translation>
    </message>
    <message>
        <source>table “{table}” has an unknown column “{column}”</source>
        <translation>la table «&#xa0;{table}&#xa0;» a une colonne inconnue «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>table “{table}” lacks its column “{column}”</source>
        <translation>il manque à la table «&#xa0;{table}&#xa0;» sa colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>it holds a trigger coopnet did not write (“{trigger}”)</source>
        <translation>il contient un déclencheur que coopnet n’a pas écrit («&#xa0;{trigger}&#xa0;»)</translation>
    </message>
    <message>
        <source>index “{index}” is on a table coopnet does not have</source>
        <translation>l’index «&#xa0;{index}&#xa0;» porte sur une table que coopnet n’a pas</translation>
    </message>
    <message>
        <source>index “{index}” is not one coopnet writes</source>
        <translation>l’index «&#xa0;{index}&#xa0;» n’est pas un index que coopnet écrit</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>the psycopg package is missing: reinstall coopnet</source>
        <translation>le paquet psycopg manque&#xa0;: réinstallez coopnet</translation>
    </message>
    <message>
        <source>{url}: not a server address (expected postgresql://user@host/database)</source>
        <translation>{url}&#xa0;: pas une adresse de serveur (attendu&#xa0;: postgresql://utilisateur@hôte/base)</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}&#xa0;: connexion impossible ({reason})</translation>
    </message>
    <message>
        <source>“{name}”: a login name is lower-case letters, digits and _ (up to 63, not starting with a digit)</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: un nom de connexion s’écrit en minuscules, chiffres et _ (63 au plus, sans chiffre au début)</translation>
    </message>
    <message>
        <source>{url}: not allowed ({reason}); connect as the database&apos;s owner</source>
        <translation>{url}&#xa0;: non autorisé ({reason})&#xa0;; connectez-vous en propriétaire de la base</translation>
    </message>
    <message>
        <source>{url}: the server refused ({reason}); nothing was changed</source>
        <translation>{url}&#xa0;: le serveur a refusé ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{url}: PostGIS is not available ({reason}); the server&apos;s administrator must install it (Debian: postgresql-15-postgis-3) or run “CREATE EXTENSION postgis”</source>
        <translation>{url}&#xa0;: PostGIS n’est pas disponible ({reason})&#xa0;; l’administrateur du serveur doit l’installer (Debian&#xa0;: postgresql-15-postgis-3) ou lancer «&#xa0;CREATE EXTENSION postgis&#xa0;»</translation>
    </message>
    <message>
        <source>“{coop}”: no such cooperative on {url} (add it with “coopnet server add-coop”)</source>
        <translation>«&#xa0;{coop}&#xa0;»&#xa0;: pas de telle coopérative sur {url} (ajoutez-la avec «&#xa0;coopnet server add-coop&#xa0;»)</translation>
    </message>
    <message>
        <source>{url}: no coopnet schema there yet (run “coopnet server init” first)</source>
        <translation>{url}&#xa0;: pas encore de schéma coopnet (lancez d’abord «&#xa0;coopnet server init&#xa0;»)</translation>
    </message>
    <message>
        <source>give the cooperative a name</source>
        <translation>donnez un nom à la coopérative</translation>
    </message>
    <message>
        <source>“{coop}”: already a cooperative on {url}</source>
        <translation>«&#xa0;{coop}&#xa0;»&#xa0;: déjà une coopérative sur {url}</translation>
    </message>
    <message>
        <source>“{role}”: the role is volunteer, board or federation</source>
        <translation>«&#xa0;{role}&#xa0;»&#xa0;: le rôle est volunteer, board ou federation</translation>
    </message>
    <message>
        <source>a volunteer or board member belongs to a cooperative (--coop)</source>
        <translation>un bénévole ou un membre du bureau appartient à une coopérative (--coop)</translation>
    </message>
    <message>
        <source>“{insee}”: not an INSEE commune code</source>
        <translation>«&#xa0;{insee}&#xa0;»&#xa0;: pas un code commune INSEE</translation>
    </message>
    <message>
        <source>a volunteer needs their villages (--villages INSEE …)</source>
        <translation>un bénévole a besoin de ses villages (--villages INSEE …)</translation>
    </message>
    <message>
        <source>{insee}: already a village of “{other}”; nothing was changed</source>
        <translation>{insee}&#xa0;: déjà un village de «&#xa0;{other}&#xa0;»&#xa0;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{label}: “{value}” is not a number</source>
        <translation>{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>{label} {value:g} is out of range ({low:g} to {high:g})</source>
        <translation>{label} {value:g} hors limites ({low:g} à {high:g})</translation>
    </message>
    <message>
        <source>a tile URL needs {z}, {x} and {y}, e.g. {example}</source>
        <translation>une URL de tuiles doit contenir {z}, {x} et {y}, par exemple {example}</translation>
    </message>
    <message>
        <source>basemap: {folder} is neither a tile URL nor a folder of tiles</source>
        <translation>fond de carte&#xa0;: {folder} n’est ni une URL de tuiles ni un dossier de tuiles</translation>
    </message>
    <message>
        <source>phone: “{value}” is not a French phone number</source>
        <translation>téléphone&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un numéro français</translation>
    </message>
    <message>
        <source>email: “{value}” is not an email address</source>
        <translation>e-mail&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>give at least one speed offered</source>
        <translation>indiquez au moins un débit proposé</translation>
    </message>
    <message>
        <source>cooperative name</source>
        <translation>nom de la coopérative</translation>
    </message>
    <message>
        <source>data controller</source>
        <translation>responsable du traitement</translation>
    </message>
    <message>
        <source>registered address</source>
        <translation>adresse du siège</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>personne à contacter</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mail de contact</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone de contact</translation>
    </message>
    <message>
        <source>contact address</source>
        <translation>adresse de contact</translation>
    </message>
    <message>
        <source>data protection officer</source>
        <translation>délégué à la protection des données</translation>
    </message>
    <message>
        <source>retention of non-members&apos; contact details (months)</source>
        <translation>conservation des coordonnées des non-membres (mois)</translation>
    </message>
    <message>
        <source>speeds offered</source>
        <translation>débits proposés</translation>
    </message>
    <message>
        <source>detour factor</source>
        <translation>facteur de détour</translation>
    </message>
    <message>
        <source>basemap</source>
        <translation>fond de carte</translation>
    </message>
    <message>
        <source>backups kept</source>
        <translation>sauvegardes conservées</translation>
    </message>
    <message>
        <source>{label} cannot be empty</source>
        <translation>{label} ne peut pas être vide</translation>
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
        <source>contact@example.com</source>
        <translation>contact@exemple.fr</translation>
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
    <name>Storage</name>
    <message>
        <source>the disk is full: nothing was written (free some space, then try again)</source>
        <translation>le disque est plein&#xa0;: rien n’a été écrit (libérez de la place, puis réessayez)</translation>
    </message>
    <message>
        <source>the project file or its folder is read-only: nothing was written (copy the project to a folder you can write to)</source>
        <translation>le fichier de projet ou son dossier est en lecture seule&#xa0;: rien n’a été écrit (copiez le projet dans un dossier où vous pouvez écrire)</translation>
    </message>
    <message>
        <source>the project cannot be written (is its folder read-only?): nothing was written</source>
        <translation>le projet ne peut pas être écrit (son dossier est-il en lecture seule&#xa0;?)&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <source>the disk reported an error (full, removed or read-only?): nothing was written</source>
        <translation>le disque a signalé une erreur (plein, retiré ou en lecture seule&#xa0;?)&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <source>the disk is full ({file}): nothing was written (free some space, then try again)</source>
        <translation>le disque est plein ({file})&#xa0;: rien n’a été écrit (libérez de la place, puis réessayez)</translation>
    </message>
    <message>
        <source>{file}: read-only or not allowed ({reason}); nothing was written</source>
        <translation>{file}&#xa0;: lecture seule ou accès refusé ({reason})&#xa0;; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Receiving doors</source>
        <translation>Réception des portes</translation>
    </message>
    <message>
        <source>Receiving pledges</source>
        <translation>Réception des promesses</translation>
    </message>
    <message>
        <source>Receiving visits</source>
        <translation>Réception des visites</translation>
    </message>
    <message>
        <source>Sending doors</source>
        <translation>Envoi des portes</translation>
    </message>
    <message>
        <source>Sending pledges</source>
        <translation>Envoi des promesses</translation>
    </message>
    <message>
        <source>Sending visits</source>
        <translation>Envoi des visites</translation>
    </message>
    <message>
        <source>this server has no coopnet schema for you (ask for “coopnet server init” and “coopnet server add-user”)</source>
        <translation>ce serveur n’a pas de schéma coopnet pour vous (demandez «&#xa0;coopnet server init&#xa0;» et «&#xa0;coopnet server add-user&#xa0;»)</translation>
    </message>
    <message>
        <source>{url}: the connection was lost during the sync; nothing was changed, here or on the server (try again)</source>
        <translation>{url}&#xa0;: connexion perdue pendant la synchronisation&#xa0;; rien n’a été modifié, ni ici ni sur le serveur (réessayez)</translation>
    </message>
    <message>
        <source>this project syncs with {server}; it cannot switch to another server</source>
        <translation>ce projet se synchronise avec {server}&#xa0;; il ne peut pas changer de serveur</translation>
    </message>
    <message>
        <source>this project belongs to the cooperative “{coop}” on its server</source>
        <translation>ce projet appartient à la coopérative «&#xa0;{coop}&#xa0;» sur son serveur</translation>
    </message>
    <message>
        <source>first sync of this project: name the server and the cooperative (--server postgresql://user@host/database --coop NAME)</source>
        <translation>première synchronisation de ce projet&#xa0;: indiquez le serveur et la coopérative (--server postgresql://utilisateur@hôte/base --coop NOM)</translation>
    </message>
    <message>
        <source>sync cancelled; nothing was changed</source>
        <translation>synchronisation annulée&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>{user} is not a coopnet user on this server</source>
        <translation>{user} n’est pas un utilisateur coopnet sur ce serveur</translation>
    </message>
    <message>
        <source>{user} is the federation&apos;s login (counts only): it cannot sync a project</source>
        <translation>{user} est le compte de la fédération (comptages seulement)&#xa0;: il ne peut pas synchroniser un projet</translation>
    </message>
    <message>
        <source>{user} belongs to “{theirs}”, not to “{coop}”</source>
        <translation>{user} appartient à «&#xa0;{theirs}&#xa0;», pas à «&#xa0;{coop}&#xa0;»</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>the server refused a change ({reason}); nothing was changed</source>
        <translation>le serveur a refusé une modification ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the server refused the sync ({reason}); nothing was changed</source>
        <translation>le serveur a refusé la synchronisation ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>SyncAction</name>
    <message>
        <source>Syncing with the server…</source>
        <translation>Synchronisation avec le serveur…</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>The server asks for the password of %1 (kept for this session only):</source>
        <translation>Le serveur demande le mot de passe de %1 (gardé pour cette session seulement)&#xa0;:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Synced with %1 (%2, %3).</source>
        <translation>Synchronisé avec %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Sent: %1
Received: %2
Conflicts to resolve: %3</source>
        <translation>Envoyés&#xa0;: %1
Reçus&#xa0;: %2
Conflits à résoudre&#xa0;: %3</translation>
    </message>
    <message>
        <source>Left here: %1 with values the form would refuse, %2 outside your villages</source>
        <translation>Restés ici&#xa0;: %1 avec des valeurs que le formulaire refuserait, %2 hors de vos villages</translation>
    </message>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>S&amp;ynchroniser avec le serveur…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>this stopped on a problem coopnet did not foresee ({0}); the details are for a bug report</source>
        <translation>l’opération s’est arrêtée sur un problème que coopnet n’avait pas prévu ({0})&#xa0;; les détails servent à signaler le bogue</translation>
    </message>
    <message>
        <source>coopnet could not start its helper process</source>
        <translation>coopnet n’a pas pu lancer son processus auxiliaire</translation>
    </message>
    <message>
        <source>the helper process stopped (exit code {0})</source>
        <translation>le processus auxiliaire s’est arrêté (code de sortie {0})</translation>
    </message>
</context>
<context>
    <name>TypeBackDialog</name>
    <message>
        <source>Type Back a Walk List</source>
        <translation>Saisir une feuille de porte-à-porte remplie</translation>
    </message>
    <message>
        <source>Type the door code printed on the sheet, then the letter of the ticked box:</source>
        <translation>Tapez le code de porte imprimé sur la feuille, puis la lettre de la case cochée&#xa0;:</translation>
    </message>
    <message>
        <source>Door code:</source>
        <translation>Code de porte&#xa0;:</translation>
    </message>
    <message>
        <source>No door entered yet.</source>
        <translation>Aucune porte saisie pour l’instant.</translation>
    </message>
    <message>
        <source>“{0}” is not a door code (5 letters or digits, no O, 0, I or 1).</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un code de porte (5 lettres ou chiffres, sans O, 0, I ni 1).</translation>
    </message>
    <message>
        <source>{0}: no door of this project has this code.</source>
        <translation>{0}&#xa0;: aucune porte de ce projet n’a ce code.</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} (today: {3}). Now the letter.</source>
        <translation>{0} — {1}, {2} (aujourd’hui&#xa0;: {3}). Tapez maintenant la lettre.</translation>
    </message>
    <message>
        <source>Door {0}: {1}</source>
        <translation>Porte {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>walk list</source>
        <translation>feuille de porte-à-porte</translation>
    </message>
    <message>
        <source>Visit not recorded</source>
        <translation>Visite non enregistrée</translation>
    </message>
    <message>
        <source>Doors entered: {0}</source>
        <translation>Portes saisies&#xa0;: {0}</translation>
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
        <source>Counting the doors and pledges of each village…</source>
        <translation>Décompte des portes et des promesses de chaque village…</translation>
    </message>
    <message>
        <source>{0} villages, {1} inhabitants, {2} households</source>
        <translation>{0} villages, {1} habitants, {2} foyers</translation>
    </message>
    <message>
        <source>{0} village, {1} inhabitants, {2} households</source>
        <translation>{0} village, {1} habitants, {2} foyers</translation>
    </message>
    <message>
        <source>no backbone yet, {0} points of presence</source>
        <translation>pas encore de dorsale, {0} points de présence</translation>
    </message>
    <message>
        <source>backbone {0} km, {1} points of presence</source>
        <translation>dorsale {0} km, {1} points de présence</translation>
    </message>
    <message>
        <source>Sample cooperative: boundaries are real (IGN); doors are synthetic; backbone and points of presence are illustrative.</source>
        <translation>Coopérative d’exemple&#xa0;: les contours sont réels (IGN)&#xa0;; les portes sont synthétiques&#xa0;; le réseau de collecte et les points de présence sont indicatifs.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>VisitNote</name>
    <message>
        <source>pledge form</source>
        <translation>formulaire de promesse</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>{code}: no such village in this project (see “coopnet info”)</source>
        <translation>{code}&#xa0;: aucun village de ce code dans ce projet (voir «&#xa0;coopnet info&#xa0;»)</translation>
    </message>
    <message>
        <source>{village} has no doors yet: import its BAN addresses first (File ▸ Import Addresses (BAN)… or “coopnet import addresses”)</source>
        <translation>{village} n’a pas encore de portes&#xa0;: importez d’abord ses adresses BAN (Fichier ▸ Importer les adresses (BAN)… ou «&#xa0;coopnet import addresses&#xa0;»)</translation>
    </message>
    <message>
        <source>no street of {village} matches “{street}”</source>
        <translation>aucune rue de {village} ne correspond à «&#xa0;{street}&#xa0;»</translation>
    </message>
    <message>
        <source>Walk list — {village} ({insee})</source>
        <translation>Feuille de porte-à-porte — {village} ({insee})</translation>
    </message>
    <message>
        <source>Printed on {date} · {count} doors</source>
        <translation>Imprimée le {date} · {count} portes</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>Bénévole&#xa0;:</translation>
    </message>
    <message>
        <source>Tick one box per door. Back at the computer: Members ▸ Walk Lists ▸ Type Back, then the door code and the letter.</source>
        <translation>Cochez une case par porte. De retour à l’ordinateur&#xa0;: Adhérents ▸ Feuilles de porte-à-porte ▸ Saisir, puis le code de porte et la lettre.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(no street name)</source>
        <translation>(sans nom de voie)</translation>
    </message>
    <message>
        <source>No door of this village has the chosen status.</source>
        <translation>Aucune porte de ce village n’a le statut choisi.</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>--every: at least 1 second</source>
        <translation>--every&#xa0;: au moins 1 seconde</translation>
    </message>
    <message>
        <source>give either --community or --v3-user, not both</source>
        <translation>donnez --community ou --v3-user, pas les deux</translation>
    </message>
    <message>
        <source>{time} {interface}: the router does not answer ({error}); the gap will be recorded</source>
        <translation>{time} {interface}&#xa0;: le routeur ne répond pas ({error})&#xa0;; le trou sera enregistré</translation>
    </message>
    <message>
        <source>{time} {interface}: answering again; gap recorded from {start}</source>
        <translation>{time} {interface}&#xa0;: il répond de nouveau&#xa0;; trou enregistré depuis le {start}</translation>
    </message>
    <message>
        <source>{time} {interface}: first reading</source>
        <translation>{time} {interface}&#xa0;: premier relevé</translation>
    </message>
    <message>
        <source>{time} {interface}: in {down}, out {up}</source>
        <translation>{time} {interface}&#xa0;: entrant {down}, sortant {up}</translation>
    </message>
    <message>
        <source>{host}: no interface named “{name}” (interfaces: {known})</source>
        <translation>{host}&#xa0;: aucune interface nommée «&#xa0;{name}&#xa0;» (interfaces&#xa0;: {known})</translation>
    </message>
    <message>
        <source>--{option}: must be one of {choices}</source>
        <translation>--{option}&#xa0;: doit être l’un de {choices}</translation>
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
    <message>
        <source>Members ▸ Doors</source>
        <translation>Adhérents ▸ Portes</translation>
    </message>
    <message>
        <source>Mark the door: {0}</source>
        <translation>Marquer la porte&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Go to the next or previous door</source>
        <translation>Aller à la porte suivante ou précédente</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Bas, Haut</translation>
    </message>
    <message>
        <source>Pledge form</source>
        <translation>Formulaire de promesse</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Save the pledge</source>
        <translation>Enregistrer la promesse</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
</context>
</TS>
