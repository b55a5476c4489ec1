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
      <location filename="../algorithms/preparecbs.py" />
      <source>Prepare CBS buurten (two years)</source>
      <translation>CBS-buurten voorbereiden (twee jaren)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Reads two CBS Kerncijfers wijken en buurten layers (buurt polygons with key figures, as downloaded) and writes one buurt layer on the geometry of the second year with normalised field names, ready for the signal map (veerkracht:score).&lt;br&gt;&lt;br&gt;&lt;b&gt;Buurten t0&lt;/b&gt; and &lt;b&gt;Buurten t1&lt;/b&gt;: the earlier and the later year. Each may use any of the CBS field-name schemes: shapefile style (BU_CODE, AANT_INW, P_HH_LI, ...), GeoPackage/PDOK snake case (buurtcode, aantal_inwoners, percentage_huishoudens_met_laag_inkomen, ...) or the StatLine mnemonics (gwb_code, a_inw, p_hh_li, ...); the two may differ. Codes are normalised to text with prefix (BU + 8 characters); bare numbers get the prefix.&lt;br&gt;&lt;b&gt;Keep water features&lt;/b&gt; (default off): CBS files hold water features (WATER = JA) and Belgian territory around Baarle-Nassau (WATER = B); only land (NEE) is kept unless this is on.&lt;br&gt;&lt;b&gt;Boundary change tolerance&lt;/b&gt; (default 10 %): a buurt whose t0 and t1 polygons differ by more than this share of the larger polygon (area of the symmetric difference, t0 reprojected to the CRS of t1) counts as boundary changed. A new code whose polygon matches an unused t0 polygon within the tolerance counts as recoded and gets the t0 figures.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt; (CRS of t1, water removed): buurtcode, buurtnaam, wijkcode, gemeentecode, gemeentenaam (from t1; wijknaam when present; jaar_t0/jaar_t1 when the files have a year); every indicator as &amp;lt;name&amp;gt;_t0 and &amp;lt;name&amp;gt;_t1, e.g. inwoners, huishoudens, woningen, p_koopwoningen, p_huurwoningen, p_corporatie, p_laag_inkomen, p_sociaal_minimum, bijstand, woz, inkomen_per_inwoner (units as in the source); an indicator found in one year only is written for that year and logged.&lt;br&gt;&lt;b&gt;vk_indeling&lt;/b&gt;: 1 unchanged, 2 recoded only, 3 boundary changed (CBS flag IND_WBI/indelingswijziging = 3 in t1, or the polygons differ beyond the tolerance), 4 new buurt (not in t0). The CBS flag only compares with the year before t1, hence the geometry check. &lt;b&gt;vk_buurtcode_t0&lt;/b&gt;: the t0 code the buurt was matched to.&lt;br&gt;&lt;b&gt;vk_ontbreekt&lt;/b&gt;: CBS special values become NULL; this text keeps why, as 'field: reason' entries separated by '; ', e.g. 'p_laag_inkomen_t1: niet_gepubliceerd'. Reasons: niet_gepubliceerd (-99995), geheim (-99997), onbekend (-99999999 and other values &amp;lt;= -99990), punt ('.'), ongeldig (other text).&lt;br&gt;&lt;br&gt;The log lists matched, new and changed buurten and the missing values per reason. The inputs are not changed.</source>
      <translation>Leest twee lagen met CBS Kerncijfers wijken en buurten (buurtvlakken met kerncijfers, zoals gedownload) en schrijft één buurtlaag op de geometrie van het tweede jaar met genormaliseerde veldnamen, klaar voor de signaleringskaart (veerkracht:score).&lt;br&gt;&lt;br&gt;&lt;b&gt;Buurten t0&lt;/b&gt; en &lt;b&gt;Buurten t1&lt;/b&gt;: het eerdere en het latere jaar. Elk mag een van de CBS-naamgevingen gebruiken: shapefile-stijl (BU_CODE, AANT_INW, P_HH_LI, ...), GeoPackage/PDOK-snake case (buurtcode, aantal_inwoners, percentage_huishoudens_met_laag_inkomen, ...) of de StatLine-afkortingen (gwb_code, a_inw, p_hh_li, ...); de twee mogen verschillen. Codes worden genormaliseerd tot tekst met voorvoegsel (BU + 8 tekens); kale getallen krijgen het voorvoegsel.&lt;br&gt;&lt;b&gt;Watervlakken behouden&lt;/b&gt; (standaard uit): CBS-bestanden bevatten watervlakken (WATER = JA) en Belgisch grondgebied rond Baarle-Nassau (WATER = B); alleen land (NEE) blijft over, tenzij dit aan staat.&lt;br&gt;&lt;b&gt;Tolerantie grenswijziging&lt;/b&gt; (standaard 10 %): een buurt waarvan de vlakken van t0 en t1 meer dan dit deel van het grootste vlak verschillen (oppervlakte van het symmetrische verschil, t0 omgezet naar het CRS van t1) telt als grens gewijzigd. Een nieuwe code waarvan het vlak binnen de tolerantie gelijk is aan een ongebruikt vlak van t0 telt als omgecodeerd en krijgt de cijfers van t0.&lt;br&gt;&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt; (CRS van t1, zonder water): buurtcode, buurtnaam, wijkcode, gemeentecode, gemeentenaam (uit t1; wijknaam als die er is; jaar_t0/jaar_t1 als de bestanden een jaar hebben); elke indicator als &amp;lt;name&amp;gt;_t0 en &amp;lt;name&amp;gt;_t1, bijvoorbeeld inwoners, huishoudens, woningen, p_koopwoningen, p_huurwoningen, p_corporatie, p_laag_inkomen, p_sociaal_minimum, bijstand, woz, inkomen_per_inwoner (eenheden zoals in de bron); een indicator die maar in één jaar voorkomt, wordt voor dat jaar geschreven en gemeld in het logboek.&lt;br&gt;&lt;b&gt;vk_indeling&lt;/b&gt;: 1 ongewijzigd, 2 alleen omgecodeerd, 3 grens gewijzigd (CBS-kenmerk IND_WBI/indelingswijziging = 3 in t1, of de vlakken verschillen meer dan de tolerantie), 4 nieuwe buurt (niet in t0). Het CBS-kenmerk vergelijkt alleen met het jaar vóór t1, vandaar de controle op de geometrie. &lt;b&gt;vk_buurtcode_t0&lt;/b&gt;: de code in t0 waaraan de buurt gekoppeld is.&lt;br&gt;&lt;b&gt;vk_ontbreekt&lt;/b&gt;: speciale CBS-waarden worden NULL; deze tekst bewaart waarom, als 'veld: reden', gescheiden door '; ', bijvoorbeeld 'p_laag_inkomen_t1: niet_gepubliceerd'. Redenen: niet_gepubliceerd (-99995), geheim (-99997), onbekend (-99999999 en andere waarden &amp;lt;= -99990), punt ('.'), ongeldig (andere tekst).&lt;br&gt;&lt;br&gt;Het logboek noemt gekoppelde, nieuwe en gewijzigde buurten en de ontbrekende waarden per reden. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Buurten t0 (earlier year)</source>
      <translation>Buurten t0 (eerdere jaar)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Buurten t1 (later year)</source>
      <translation>Buurten t1 (latere jaar)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Keep water features</source>
      <translation>Watervlakken behouden</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Boundary change tolerance (% of the larger polygon)</source>
      <translation>Tolerantie grenswijziging (% van het grootste vlak)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Prepared CBS buurten</source>
      <translation>Voorbereide CBS-buurten</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Layer {layer} cannot be read.</source>
      <translation>Laag {layer} kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Layer {layer} is not a polygon layer: CBS buurten are polygons.</source>
      <translation>Laag {layer} is geen vlakkenlaag: CBS-buurten zijn vlakken.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{layer}: {n} buurten; buurt code field '{field}'; indicators found: {indicators}.</source>
      <translation>{layer}: {n} buurten; buurtcodeveld '{field}'; gevonden indicatoren: {indicators}.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{buurten} buurten in t1: {matched} matched with t0 ({unchanged} unchanged, {recoded} recoded, {boundary} boundary changed, {geometry} of them detected from the geometry), {new} new; {unused} t0 buurten not used.</source>
      <translation>{buurten} buurten in t1: {matched} gekoppeld aan t0 ({unchanged} ongewijzigd, {recoded} omgecodeerd, {boundary} met gewijzigde grens, waarvan {geometry} herkend aan de geometrie), {new} nieuw; {unused} buurten van t0 niet gebruikt.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{n} buurt(en) not found in t0 (vk_indeling = 4): {codes}</source>
      <translation>{n} buurt(en) niet gevonden in t0 (vk_indeling = 4): {codes}</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{n} buurt(en) changed boundary (vk_indeling = 3): their change between t0 and t1 is not comparable.</source>
      <translation>{n} buurt(en) met gewijzigde grens (vk_indeling = 3): hun ontwikkeling tussen t0 en t1 is niet vergelijkbaar.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Missing values (now NULL, reason in {field}): {counts}.</source>
      <translation>Ontbrekende waarden (nu NULL, reden in {field}): {counts}.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>No CBS special values found.</source>
      <translation>Geen speciale CBS-waarden gevonden.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Layer {layer} has no recognisable buurt code field; tried: {names}.</source>
      <translation>Laag {layer} heeft geen herkenbaar buurtcodeveld; geprobeerd: {names}.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Layer {layer} has no features.</source>
      <translation>Laag {layer} bevat geen objecten.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>{layer}: {n} water feature(s) removed (WATER = JA or B).</source>
      <translation>{layer}: {n} waterobject(en) verwijderd (WATER = JA of B).</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>{layer}: {n} feature(s) without buurt code skipped.</source>
      <translation>{layer}: {n} object(en) zonder buurtcode overgeslagen.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Layer {layer} has no buurten left after removing water.</source>
      <translation>In laag {layer} blijven na het verwijderen van water geen buurten over.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Layer {layer} holds {n} buurt code(s) more than once: {codes}. Use one feature per buurt.</source>
      <translation>Laag {layer} bevat {n} buurtcode(s) meer dan eens: {codes}. Gebruik één object per buurt.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>{field} is only in the t0 layer; written as {field}_t0 only.</source>
      <translation>{field} staat alleen in de laag van t0; alleen geschreven als {field}_t0.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>{field} is only in the t1 layer; written as {field}_t1 only.</source>
      <translation>{field} staat alleen in de laag van t1; alleen geschreven als {field}_t1.</translation>
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
      <location filename="../ui/dock.py" />
      <source>Run the Veerkracht algorithms from the Processing toolbox.</source>
      <translation>Start de Veerkracht-algoritmen vanuit de Processing-toolbox.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Open the Processing toolbox</source>
      <translation>Processing-toolbox openen</translation>
    </message>
  </context>
</TS>
