<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About coopnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorsModel</name>
    <message>
        <source>Address entered by hand (not in the BAN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorsTab</name>
    <message>
        <source>Search a street, a number, a status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not in the BAN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges at this address (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About coopnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coopnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is already open for writing by {0}.

You can open it read-only, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name than the open project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village {0} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualAddressDialog</name>
    <message>
        <source>Address not in the BAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rue de la Mairie, or a place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis/ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street (or place name) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode is 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is digits only (put bis/ter in its own box).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>The Map page is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>The Members page is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>The Models page is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee accepted (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares subscribed (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be in the cooperative&apos;s pledge register (wording {0}) — required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like news of the project by email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <source>possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Search a name, a phone, an email, a street…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: edit · Delete: remove (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} pledges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coopnet keeps a dated copy of the project before every merge, purge, erase, migration and re-import. Restoring replaces the project with the copy you choose (the current state is kept as one more backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backup yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Filter by name or INSEE code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages of the cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} villages, {2} inhabitants, {3} households; backbone {4} km, {5} points of presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample cooperative: boundaries are approximate; doors are synthetic; backbone and points of presence are illustrative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>coopnet — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your project file is safe; you can keep working.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send the details below to the people who maintain coopnet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is recorded with each visit and pledge you enter.
Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
