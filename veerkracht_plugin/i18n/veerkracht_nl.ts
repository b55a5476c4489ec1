<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>Veerkracht</name>
    <message>
      <location filename="../algorithms/base.py" />
      <source>1 Veerkracht in beeld</source>
      <translation>1 Veerkracht in beeld</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>2 Wijkschetsen en handelingsperspectieven</source>
      <translation>2 Wijkschetsen en handelingsperspectieven</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>4 Impact op de hele stad</source>
      <translation>4 Impact op de hele stad</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>5 Rapportage</source>
      <translation>5 Rapportage</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Veerkracht computes signals, it does not explain them: use the maps to start the conversation about a buurt, not to end it. Method: see docs/method.md in the plugin repository.</source>
      <translation>Veerkracht signaleert, het verklaart niet: gebruik de kaarten om het gesprek over een buurt te beginnen, niet om het af te sluiten. Methode: zie docs/method.md in de repository van de plugin.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Join Leefbaarometer scores</source>
      <translation>Leefbaarometerscores koppelen</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Adds Leefbaarometer scores for two years to a buurt layer, as fields such as &lt;b&gt;lbm_onv_t0&lt;/b&gt; and &lt;b&gt;lbm_onv_t1&lt;/b&gt;.&lt;br&gt;&lt;br&gt;&lt;b&gt;Leefbaarometer file&lt;/b&gt;: the CSV as downloaded (long format, one row per area and year). A file with &lt;i&gt;bu_code&lt;/i&gt; is joined per buurt on the buurt code; a file with &lt;i&gt;wk_code&lt;/i&gt; per wijk on the wijk code, so every buurt gets the score of its wijk.&lt;br&gt;&lt;b&gt;Code field&lt;/b&gt;: the buurt or wijk code in the layer; left empty, it is found from the CBS names (buurtcode/BU_CODE or wijkcode/WK_CODE).&lt;br&gt;&lt;b&gt;Years&lt;/b&gt;: dimension scores exist from 2014 on (2014, 2016, 2018, 2020, 2022, ...).&lt;br&gt;&lt;b&gt;Dimensions&lt;/b&gt;: onv = overlast en onveiligheid (default), lbm = overall score, afw, fys, soc, vrz, won. Higher is better for all of them.&lt;br&gt;&lt;br&gt;'NA' becomes NULL. Buurten without a match are listed in the log. The input is not changed.</source>
      <translation>Voegt Leefbaarometerscores voor twee jaren toe aan een buurtlaag, als velden zoals &lt;b&gt;lbm_onv_t0&lt;/b&gt; en &lt;b&gt;lbm_onv_t1&lt;/b&gt;.&lt;br&gt;&lt;br&gt;&lt;b&gt;Leefbaarometerbestand&lt;/b&gt;: de CSV zoals gedownload (lang formaat, één rij per gebied en jaar). Een bestand met &lt;i&gt;bu_code&lt;/i&gt; wordt per buurt gekoppeld op de buurtcode; een bestand met &lt;i&gt;wk_code&lt;/i&gt; per wijk op de wijkcode, zodat elke buurt de score van haar wijk krijgt.&lt;br&gt;&lt;b&gt;Codeveld&lt;/b&gt;: de buurt- of wijkcode in de laag; leeg gelaten wordt het gevonden aan de hand van de CBS-namen (buurtcode/BU_CODE of wijkcode/WK_CODE).&lt;br&gt;&lt;b&gt;Jaren&lt;/b&gt;: dimensiescores bestaan vanaf 2014 (2014, 2016, 2018, 2020, 2022, ...).&lt;br&gt;&lt;b&gt;Dimensies&lt;/b&gt;: onv = overlast en onveiligheid (standaard), lbm = totaalscore, afw, fys, soc, vrz, won. Bij alle dimensies is hoger beter.&lt;br&gt;&lt;br&gt;'NA' wordt NULL. Buurten zonder match staan in het logboek. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Buurt layer</source>
      <translation>Buurtlaag</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Leefbaarometer file (CSV, long format)</source>
      <translation>Leefbaarometerbestand (CSV, lang formaat)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Buurt or wijk code field (empty: detect)</source>
      <translation>Veld met buurt- of wijkcode (leeg: automatisch)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>First year (t0)</source>
      <translation>Eerste jaar (t0)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Second year (t1)</source>
      <translation>Tweede jaar (t1)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Dimensions</source>
      <translation>Dimensies</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Buurten with Leefbaarometer scores</source>
      <translation>Buurten met Leefbaarometerscores</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Choose at least one Leefbaarometer dimension.</source>
      <translation>Kies ten minste één Leefbaarometerdimensie.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>The two years must differ (both are {year}).</source>
      <translation>De twee jaren moeten verschillen (beide zijn {year}).</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>No {level} code field found in the layer; choose the code field.</source>
      <translation>Geen veld met {level}code gevonden in de laag; kies het codeveld.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Leefbaarometer file at {level} level, joined on field '{field}'.</source>
      <translation>Leefbaarometerbestand op {level}niveau, gekoppeld op veld '{field}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>{n} feature(s) have no match in the Leefbaarometer file: {codes}</source>
      <translation>{n} object(en) hebben geen match in het Leefbaarometerbestand: {codes}</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>{field}: {n} of {total} features have a value.</source>
      <translation>{field}: {n} van {total} objecten hebben een waarde.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Cannot create the output layer.</source>
      <translation>Kan de uitvoerlaag niet aanmaken.</translation>
    </message>
    <message>
      <location filename="../algorithms/layerio.py" />
      <source>Field '{field}' does not exist in the input layer{label}.</source>
      <translation>Veld '{field}' bestaat niet in de invoerlaag{label}.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Cannot read the Leefbaarometer file {path}: {error}</source>
      <translation>Kan het Leefbaarometerbestand {path} niet lezen: {error}</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The file {path} is not a Leefbaarometer file: it needs a 'bu_code' or 'wk_code' column and 'jaar'.</source>
      <translation>Het bestand {path} is geen Leefbaarometerbestand: het heeft een kolom 'bu_code' of 'wk_code' en 'jaar' nodig.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Year {year} is not in the Leefbaarometer file; available years: {years}.</source>
      <translation>Jaar {year} staat niet in het Leefbaarometerbestand; beschikbare jaren: {years}.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Dimension(s) {dimensions} not in the Leefbaarometer file.</source>
      <translation>Dimensie(s) {dimensions} staan niet in het Leefbaarometerbestand.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Veerkracht</source>
      <translation>Veerkracht</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Show or hide the Veerkracht dock</source>
      <translation>Veerkrachtpaneel tonen of verbergen</translation>
    </message>
    <message>
      <location filename="../provider.py" />
      <source>Veerkracht – resilience signals for buurten</source>
      <translation>Veerkracht – veerkrachtsignalen voor buurten</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>Veerkracht under pressure</source>
      <translation>Veerkracht onder druk</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>Veerkrachtig</source>
      <translation>Veerkrachtig</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>Problems increasing</source>
      <translation>Problemen nemen toe</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>Favourable development</source>
      <translation>Gunstige ontwikkeling</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>Stable</source>
      <translation>Stabiel</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>Insufficient data</source>
      <translation>Onvoldoende gegevens</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>too few inhabitants or households</source>
      <translation>te weinig inwoners of huishoudens</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>an indicator is missing</source>
      <translation>een indicator ontbreekt</translation>
    </message>
    <message>
      <location filename="../ui/colors.py" />
      <source>boundary changed</source>
      <translation>grens gewijzigd</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>The buurt layer</source>
      <translation>De buurtlaag</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Pick</source>
      <translation>Aanwijzen</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Click a buurt on the map to inspect and tag it (Shift: add to selection)</source>
      <translation>Klik op een buurt op de kaart om haar te bekijken en handelingsperspectieven vast te leggen (Shift: aan selectie toevoegen)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Buurt</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Handelingsperspectieven</source>
      <translation>Handelingsperspectieven</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Presentation</source>
      <translation>Presentatie</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Buurtcode</source>
      <translation>Buurtcode</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Gemeente</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>ΔK change in vulnerability</source>
      <translation>ΔK ontwikkeling kwetsbaarheid</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>ΔP change in problems</source>
      <translation>ΔP ontwikkeling problemen</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Veerkracht score</source>
      <translation>Veerkrachtscore</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Level of vulnerability (z)</source>
      <translation>Niveau kwetsbaarheid (z)</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Level of problems (z)</source>
      <translation>Niveau problemen (z)</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Corporation share</source>
      <translation>Aandeel corporatiebezit</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Reason without data</source>
      <translation>Reden geen gegevens</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Not in this layer: {fields}. Run veerkracht:score to compute them.</source>
      <translation>Ontbreekt in deze laag: {fields}. Voer veerkracht:score uit om ze te berekenen.</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>{n} buurten selected, showing the first</source>
      <translation>{n} buurten geselecteerd, de eerste wordt getoond</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Choose a buurt layer</source>
      <translation>Kies een buurtlaag</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Select a buurt on the map</source>
      <translation>Selecteer een buurt op de kaart</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Buurt {fid}</source>
      <translation>Buurt {fid}</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>● this buurt   ◆ mean of {gemeente}   | its other buurten (ΔK, ΔP: change; K, P: level at t1)</source>
      <translation>● deze buurt   ◆ gemiddelde van {gemeente}   | de andere buurten (ΔK, ΔP: ontwikkeling; K, P: niveau op t1)</translation>
    </message>
    <message>
      <location filename="../ui/mixstyle.py" />
      <source>Veerkracht mix</source>
      <translation>Veerkracht-mix</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>lighter = less effort, white = none</source>
      <translation>lichter = minder inzet, wit = geen</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>→ next   ← previous   Esc back to QGIS</source>
      <translation>→ volgende   ← vorige   Esc terug naar QGIS</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Veerkracht – {layer}</source>
      <translation>Veerkracht – {layer}</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Handelingsperspectieven on the map</source>
      <translation>Handelingsperspectieven op de kaart</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Label buurten with name and mix</source>
      <translation>Buurten labelen met naam en mix</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Show the mix on the map</source>
      <translation>Toon de mix op de kaart</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>A 2×2 glyph per buurt: top Sociale aanpak | Leefomgeving, bottom Herpositionering | Woningprogramma; stronger colour = more effort</source>
      <translation>Een 2×2-symbool per buurt: boven Sociale aanpak | Leefomgeving, onder Herpositionering | Woningprogramma; sterkere kleur = meer inzet</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Back to the previous style</source>
      <translation>Terug naar de vorige stijl</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Presentation mode</source>
      <translation>Presentatiemodus</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>All buurten 'Veerkracht under pressure'</source>
      <translation>Alle buurten 'Veerkracht onder druk'</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>All buurten of a class</source>
      <translation>Alle buurten van een klasse</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>The selected buurten</source>
      <translation>De geselecteerde buurten</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Start presentation</source>
      <translation>Presentatie starten</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Full-screen map; → and ← step through the buurten, Esc returns</source>
      <translation>Kaart op volledig scherm; → en ← bladeren door de buurten, Esc keert terug</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>Choose a buurt layer first.</source>
      <translation>Kies eerst een buurtlaag.</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>No buurten in this list; the presentation shows the whole map.</source>
      <translation>Geen buurten in deze lijst; de presentatie toont de hele kaart.</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>{n} buurten in the presentation.</source>
      <translation>{n} buurten in de presentatie.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Sociale aanpak</source>
      <translation>Sociale aanpak</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Leefomgeving</source>
      <translation>Leefomgeving</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Herpositionering bestaande voorraad</source>
      <translation>Herpositionering bestaande voorraad</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Woningprogramma</source>
      <translation>Woningprogramma</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Safety, social support, talent development</source>
      <translation>Veiligheid, sociale ondersteuning, talentontwikkeling</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Amenities, public space, building quality, sustainability</source>
      <translation>Voorzieningen, openbare ruimte, kwaliteit van gebouwen, duurzaamheid</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Rent policy, allocation, arrangements for existing dwellings</source>
      <translation>Huurbeleid, woningtoewijzing, arrangementen voor bestaande woningen</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Demolish, replace or add dwellings</source>
      <translation>Woningen slopen, vervangen of toevoegen</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>0 none</source>
      <translation>0 geen</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>1 limited</source>
      <translation>1 beperkt</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>2 substantial</source>
      <translation>2 substantieel</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>3 main effort</source>
      <translation>3 hoofdinzet</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Save an editable GeoPackage copy</source>
      <translation>Bewerkbare GeoPackage-kopie opslaan</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Save an editable GeoPackage copy…</source>
      <translation>Bewerkbare GeoPackage-kopie opslaan…</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>fysiek</source>
      <translation>fysiek</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>mens</source>
      <translation>mens</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>dealing with the concentration</source>
      <translation>omgaan met de concentratie</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>reducing the concentration</source>
      <translation>tegengaan van de concentratie</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>mixed</source>
      <translation>verschillend</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Problem analysis (wijkschets)</source>
      <translation>Probleemanalyse (wijkschets)</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Definition of success</source>
      <translation>Definitie van succes</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Save what was typed now (changes are also saved automatically)</source>
      <translation>Het getypte nu opslaan (wijzigingen worden ook automatisch opgeslagen)</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Save an editable GeoPackage copy to tag buurten.</source>
      <translation>Sla een bewerkbare GeoPackage-kopie op om handelingsperspectieven vast te leggen.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Select one or more buurten on the map.</source>
      <translation>Selecteer een of meer buurten op de kaart.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Choose a buurt layer.</source>
      <translation>Kies een buurtlaag.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>{n} buurten selected: a change applies to all of them</source>
      <translation>{n} buurten geselecteerd: een wijziging geldt voor allemaal</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Different texts in these buurten; typing replaces them all.</source>
      <translation>Verschillende teksten in deze buurten; typen vervangt ze allemaal.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Veerkracht: {strategy} = {value}</source>
      <translation>Veerkracht: {strategy} = {value}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Typing… saved shortly.</source>
      <translation>Typen… wordt zo opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Veerkracht: texts</source>
      <translation>Veerkracht: teksten</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Not saved: {reason}</source>
      <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>The layer {layer} has no fields for the handelingsperspectieven yet. Add these fields to its data source?

{fields}</source>
      <translation>De laag {layer} heeft nog geen velden voor de handelingsperspectieven. Deze velden aan de gegevensbron toevoegen?

{fields}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Add Veerkracht fields</source>
      <translation>Veerkrachtvelden toevoegen</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Not saved: the fields were not added.</source>
      <translation>Niet opgeslagen: de velden zijn niet toegevoegd.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>{problem}

Save an editable GeoPackage copy of {layer} and continue tagging in the copy?</source>
      <translation>{problem}

Een bewerkbare GeoPackage-kopie van {layer} opslaan en in de kopie verder werken?</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Layer cannot store tags</source>
      <translation>Laag kan handelingsperspectieven niet opslaan</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Now tagging in the copy {path}.</source>
      <translation>U werkt nu in de kopie {path}.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Undone. {message}</source>
      <translation>Ongedaan gemaakt. {message}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Redone. {message}</source>
      <translation>Opnieuw uitgevoerd. {message}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>This layer lives only in memory: tags would be lost when QGIS closes.</source>
      <translation>Deze laag bestaat alleen in het geheugen: de handelingsperspectieven gaan verloren als QGIS sluit.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>This layer is read-only: tags cannot be stored in it.</source>
      <translation>Deze laag is alleen-lezen: de handelingsperspectieven kunnen er niet in worden opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The {format} format cannot hold the tag fields reliably (long names, text, timestamps).</source>
      <translation>Het formaat {format} kan de velden voor de handelingsperspectieven niet betrouwbaar bevatten (lange namen, tekst, tijdstempels).</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The file {path} is not writable.</source>
      <translation>Het bestand {path} is niet schrijfbaar.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The tag fields are missing and this layer cannot get new fields.</source>
      <translation>De velden voor de handelingsperspectieven ontbreken en deze laag kan geen nieuwe velden krijgen.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Could not add the field {field}.</source>
      <translation>Het veld {field} kon niet worden toegevoegd.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>unknown error</source>
      <translation>onbekende fout</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Could not add the tag fields: {error}</source>
      <translation>De velden voor de handelingsperspectieven konden niet worden toegevoegd: {error}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Could not write {path}: {error}</source>
      <translation>{path} kon niet worden geschreven: {error}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>{name} (editable)</source>
      <translation>{name} (bewerkbaar)</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Could not open {path}.</source>
      <translation>{path} kon niet worden geopend.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The field {field} is missing.</source>
      <translation>Het veld {field} ontbreekt.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The selected buurten no longer exist.</source>
      <translation>De geselecteerde buurten bestaan niet meer.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The layer cannot be edited.</source>
      <translation>De laag kan niet worden bewerkt.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The layer refused the change.</source>
      <translation>De laag weigerde de wijziging.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Changed in the edit buffer, not saved yet: click Save.</source>
      <translation>Gewijzigd in de bewerkingsbuffer, nog niet opgeslagen: klik op Opslaan.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>NOT saved, the change stays in the edit buffer: {error}</source>
      <translation>NIET opgeslagen, de wijziging blijft in de bewerkingsbuffer: {error}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Saved at {time}</source>
      <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Everything is saved.</source>
      <translation>Alles is opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Nothing to undo.</source>
      <translation>Niets om ongedaan te maken.</translation>
    </message>
  </context>
</TS>
