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
      <location filename="../algorithms/score.py" />
      <source>Compute veerkracht</source>
      <translation>Veerkracht berekenen</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Computes the veerkracht signal per buurt: how the concentration of vulnerable residents and nuisance and insecurity developed between two years (t0, t1), and which buurten cope.&lt;br&gt;&lt;br&gt;&lt;b&gt;Method&lt;/b&gt; (docs/method.md). Per indicator the change t1 − t0 is divided by its population-weighted standard deviation over all valid buurten, but &lt;i&gt;not&lt;/i&gt; centred, so a citywide rise stays visible. The weighted mean over the vulnerability indicators is &lt;b&gt;vk_dk&lt;/b&gt; (ΔK), over the problem indicators &lt;b&gt;vk_dp&lt;/b&gt; (ΔP). A change above the dead-band is a rise (toename), below minus the dead-band a fall (afname), otherwise stable. Classes: both rise = &lt;i&gt;Veerkracht onder druk&lt;/i&gt;; only vulnerability rises = &lt;i&gt;Veerkrachtig&lt;/i&gt;; problems rise = &lt;i&gt;Problemen nemen toe&lt;/i&gt;; problems fall = &lt;i&gt;Gunstige ontwikkeling&lt;/i&gt;; otherwise &lt;i&gt;Stabiel&lt;/i&gt;. The relative variant (&lt;b&gt;vk_klasse_rel&lt;/b&gt;) first subtracts the population-weighted mean of the gemeente. &lt;b&gt;vk_k_niveau&lt;/b&gt; and &lt;b&gt;vk_p_niveau&lt;/b&gt; are the levels at t1 as weighted z-scores; &lt;b&gt;vk_signaal&lt;/b&gt; marks resilient buurten whose level of vulnerability is above 1 (early warning). &lt;b&gt;vk_score&lt;/b&gt; compares ΔP with the ΔP expected for the buurt's ΔK from a population-weighted regression over all valid buurten (at least 10): positive = better than expected. &lt;b&gt;vk_focus&lt;/b&gt; (1–9) combines the population-weighted terciles of both levels; 9 = high vulnerability and many problems. &lt;b&gt;vk_corpbuurt&lt;/b&gt;: more than two-thirds corporation housing.&lt;br&gt;&lt;br&gt;&lt;b&gt;Validity&lt;/b&gt;: a buurt gets class &lt;i&gt;geen_gegevens&lt;/i&gt; and a reason in &lt;b&gt;vk_reden&lt;/b&gt;: &lt;i&gt;klein&lt;/i&gt; (population missing or below the minimum, or households below the minimum), &lt;i&gt;ontbreekt&lt;/i&gt; (an indicator is missing at t0 or t1; CBS codes such as -99995 count as missing), &lt;i&gt;indeling&lt;/i&gt; (boundary change flag = 3). Such buurten take no part in any statistic and get NULL values.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;b&gt;Buurt layer&lt;/b&gt;: one feature per buurt with values for both years (any CRS; kept).&lt;br&gt;&lt;b&gt;Buurtcode&lt;/b&gt; (default buurtcode, else BU_CODE), &lt;b&gt;Gemeente code&lt;/b&gt; (gemeentecode, else GM_CODE), &lt;b&gt;Population at t1&lt;/b&gt; (inwoners_t1, else AANT_INW), &lt;b&gt;Households at t1&lt;/b&gt;, optional (huishoudens_t1, else AANT_HH), &lt;b&gt;Boundary change flag&lt;/b&gt;, optional (vk_indeling, else IND_WBI): left empty, these fields are found by their usual names; a named field must exist.&lt;br&gt;&lt;b&gt;Vulnerability indicators at t0 / at t1&lt;/b&gt;: one or more fields each, in the same order, higher = more vulnerable (default p_laag_inkomen_t0 / p_laag_inkomen_t1).&lt;br&gt;&lt;b&gt;Weights&lt;/b&gt;: one number per vulnerability indicator, separated by commas ("1, 2"), or by semicolons with decimal commas ("1;0,5"); empty = all 1.&lt;br&gt;&lt;b&gt;Problem indicators at t0 / at t1&lt;/b&gt;: default lbm_onv_t0 / lbm_onv_t1 (Leefbaarometer overlast en onveiligheid). &lt;b&gt;Higher problem values are better&lt;/b&gt;: on for Leefbaarometer scores (the sign is turned so that higher = more problems).&lt;br&gt;&lt;b&gt;Corporation share&lt;/b&gt;, optional (p_corporatie_t1, else P_WCORPW): % of dwellings owned by corporations.&lt;br&gt;&lt;b&gt;Minimum population&lt;/b&gt; (100), &lt;b&gt;minimum households&lt;/b&gt; (50), &lt;b&gt;dead-band&lt;/b&gt; (0.25).&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: a copy of the input with the vk_ fields; the results A, B, R2 and N of the regression ΔP = A + B·ΔK; the number of buurten per class in the log. The input is not changed.</source>
      <translation>Berekent het veerkrachtsignaal per buurt: hoe de concentratie kwetsbare bewoners en de overlast en onveiligheid zich tussen twee jaren (t0, t1) ontwikkelden, en welke buurten het aankunnen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Methode&lt;/b&gt; (docs/method.md). Per indicator wordt de verandering t1 − t0 gedeeld door de standaardafwijking over alle geldige buurten, gewogen naar inwoners, maar &lt;i&gt;niet&lt;/i&gt; gecentreerd: een stijging in de hele stad blijft zo zichtbaar. Het gewogen gemiddelde over de indicatoren voor kwetsbaarheid is &lt;b&gt;vk_dk&lt;/b&gt; (ΔK), over de probleemindicatoren &lt;b&gt;vk_dp&lt;/b&gt; (ΔP). Een verandering boven de dode zone is een toename, onder min de dode zone een afname, anders stabiel. Klassen: beide nemen toe = &lt;i&gt;Veerkracht onder druk&lt;/i&gt;; alleen kwetsbaarheid neemt toe = &lt;i&gt;Veerkrachtig&lt;/i&gt;; problemen nemen toe = &lt;i&gt;Problemen nemen toe&lt;/i&gt;; problemen nemen af = &lt;i&gt;Gunstige ontwikkeling&lt;/i&gt;; anders &lt;i&gt;Stabiel&lt;/i&gt;. De relatieve variant (&lt;b&gt;vk_klasse_rel&lt;/b&gt;) trekt eerst het naar inwoners gewogen gemiddelde van de gemeente af. &lt;b&gt;vk_k_niveau&lt;/b&gt; en &lt;b&gt;vk_p_niveau&lt;/b&gt; zijn de niveaus op t1 als gewogen z-scores; &lt;b&gt;vk_signaal&lt;/b&gt; markeert veerkrachtige buurten waarvan het niveau van kwetsbaarheid boven 1 ligt (vroegsignaal). &lt;b&gt;vk_score&lt;/b&gt; vergelijkt ΔP met de ΔP die bij de ΔK van de buurt te verwachten is volgens een naar inwoners gewogen regressie over alle geldige buurten (minstens 10): positief = beter dan verwacht. &lt;b&gt;vk_focus&lt;/b&gt; (1–9) combineert de naar inwoners gewogen tertielen van beide niveaus; 9 = hoge kwetsbaarheid en veel problemen. &lt;b&gt;vk_corpbuurt&lt;/b&gt;: meer dan twee derde corporatiebezit.&lt;br&gt;&lt;br&gt;&lt;b&gt;Geldigheid&lt;/b&gt;: een buurt krijgt klasse &lt;i&gt;geen_gegevens&lt;/i&gt; en een reden in &lt;b&gt;vk_reden&lt;/b&gt;: &lt;i&gt;klein&lt;/i&gt; (inwonertal ontbreekt of ligt onder het minimum, of huishoudens onder het minimum), &lt;i&gt;ontbreekt&lt;/i&gt; (een indicator ontbreekt op t0 of t1; CBS-codes zoals -99995 tellen als ontbrekend), &lt;i&gt;indeling&lt;/i&gt; (indelingswijziging = 3). Zulke buurten doen in geen enkele statistiek mee en krijgen NULL-waarden.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;&lt;b&gt;Buurtlaag&lt;/b&gt;: één object per buurt met waarden voor beide jaren (elk CRS; blijft behouden).&lt;br&gt;&lt;b&gt;Buurtcode&lt;/b&gt; (standaard buurtcode, anders BU_CODE), &lt;b&gt;Gemeentecode&lt;/b&gt; (gemeentecode, anders GM_CODE), &lt;b&gt;Inwoners op t1&lt;/b&gt; (inwoners_t1, anders AANT_INW), &lt;b&gt;Huishoudens op t1&lt;/b&gt;, optioneel (huishoudens_t1, anders AANT_HH), &lt;b&gt;Indelingswijziging&lt;/b&gt;, optioneel (vk_indeling, anders IND_WBI): leeg gelaten worden deze velden op hun gebruikelijke namen gevonden; een opgegeven veld moet bestaan.&lt;br&gt;&lt;b&gt;Indicatoren kwetsbaarheid op t0 / op t1&lt;/b&gt;: één of meer velden per jaar, in dezelfde volgorde, hoger = kwetsbaarder (standaard p_laag_inkomen_t0 / p_laag_inkomen_t1).&lt;br&gt;&lt;b&gt;Gewichten&lt;/b&gt;: één getal per indicator voor kwetsbaarheid, gescheiden door komma's ("1, 2"), of door puntkomma's met decimale komma's ("1;0,5"); leeg = allemaal 1.&lt;br&gt;&lt;b&gt;Probleemindicatoren op t0 / op t1&lt;/b&gt;: standaard lbm_onv_t0 / lbm_onv_t1 (Leefbaarometer overlast en onveiligheid). &lt;b&gt;Hogere probleemwaarden zijn beter&lt;/b&gt;: aan voor Leefbaarometerscores (het teken wordt omgedraaid zodat hoger = meer problemen).&lt;br&gt;&lt;b&gt;Aandeel corporatiebezit&lt;/b&gt;, optioneel (p_corporatie_t1, anders P_WCORPW): % woningen in bezit van corporaties.&lt;br&gt;&lt;b&gt;Minimum aantal inwoners&lt;/b&gt; (100), &lt;b&gt;minimum aantal huishoudens&lt;/b&gt; (50), &lt;b&gt;dode zone&lt;/b&gt; (0.25).&lt;br&gt;&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een kopie van de invoer met de vk_-velden; de resultaten A, B, R2 en N van de regressie ΔP = A + B·ΔK; het aantal buurten per klasse in het logboek. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Buurtcode field</source>
      <translation>Veld met buurtcode</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Gemeente code field</source>
      <translation>Veld met gemeentecode</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Population at t1</source>
      <translation>Inwoners op t1</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Households at t1 (optional)</source>
      <translation>Huishoudens op t1 (optioneel)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Boundary change flag (optional; 3 = boundary changed)</source>
      <translation>Indelingswijziging (optioneel; 3 = grens gewijzigd)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Vulnerability indicators at t0 (higher = more vulnerable)</source>
      <translation>Indicatoren kwetsbaarheid op t0 (hoger = kwetsbaarder)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Vulnerability indicators at t1 (same order)</source>
      <translation>Indicatoren kwetsbaarheid op t1 (zelfde volgorde)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Weights of the vulnerability indicators (comma-separated; empty = all 1)</source>
      <translation>Gewichten van de indicatoren kwetsbaarheid (kommagescheiden; leeg = allemaal 1)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Problem indicators at t0</source>
      <translation>Probleemindicatoren op t0</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Problem indicators at t1 (same order)</source>
      <translation>Probleemindicatoren op t1 (zelfde volgorde)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Higher problem values are better (Leefbaarometer scores)</source>
      <translation>Hogere probleemwaarden zijn beter (Leefbaarometerscores)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Corporation share at t1, % (optional)</source>
      <translation>Aandeel corporatiebezit op t1, % (optioneel)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Minimum population</source>
      <translation>Minimum aantal inwoners</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Minimum households (when a households field is used)</source>
      <translation>Minimum aantal huishoudens (als een veld met huishoudens is gekozen)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Dead-band: a change within ± this value counts as stable</source>
      <translation>Dode zone: een verandering binnen ± deze waarde telt als stabiel</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Veerkracht</source>
      <translation>Veerkracht</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Regression intercept a</source>
      <translation>Constante a van de regressie</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Regression slope b</source>
      <translation>Helling b van de regressie</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Regression R²</source>
      <translation>R² van de regressie</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Number of buurten in the regression</source>
      <translation>Aantal buurten in de regressie</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>The dead-band must be 0 or more (got {value}).</source>
      <translation>De dode zone moet 0 of meer zijn (opgegeven: {value}).</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Field '{field}' does not exist in the input layer ({parameter}).</source>
      <translation>Veld '{field}' bestaat niet in de invoerlaag ({parameter}).</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>No field '{field}' in the layer: {parameter} is not used.</source>
      <translation>Geen veld '{field}' in de laag: {parameter} wordt niet gebruikt.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>No field '{field}' (or a CBS name for it) in the input layer; choose the field for {parameter}.</source>
      <translation>Geen veld '{field}' (of een CBS-naam daarvoor) in de invoerlaag; kies het veld voor {parameter}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>No field '{field}' in the input layer; choose the fields for {parameter}.</source>
      <translation>Geen veld '{field}' in de invoerlaag; kies de velden voor {parameter}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>The input layer cannot be read.</source>
      <translation>De invoerlaag kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Buurtcode: {code}; gemeente: {gemeente}; population: {population}.</source>
      <translation>Buurtcode: {code}; gemeente: {gemeente}; inwoners: {population}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Vulnerability t0 → t1: {k}. Problems t0 → t1: {p}.</source>
      <translation>Kwetsbaarheid t0 → t1: {k}. Problemen t0 → t1: {p}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>{valid} of {total} buurten are valid; not valid: {klein} klein, {ontbreekt} ontbreekt, {indeling} indeling.</source>
      <translation>{valid} van {total} buurten zijn geldig; niet geldig: {klein} klein, {ontbreekt} ontbreekt, {indeling} indeling.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Classes (vk_klasse):</source>
      <translation>Klassen (vk_klasse):</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Classes relative to the gemeente (vk_klasse_rel):</source>
      <translation>Klassen ten opzichte van de gemeente (vk_klasse_rel):</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Early-warning signals (vk_signaal): {n}.</source>
      <translation>Vroegsignalen (vk_signaal): {n}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Expected versus actual: over {n} buurten, the population-weighted regression gives ΔP = {a} {b} × ΔK with R² = {r2}. A positive vk_score means that problems developed better than expected for the buurt's change in vulnerability.</source>
      <translation>Verwacht tegenover werkelijk: over {n} buurten geeft de naar inwoners gewogen regressie ΔP = {a} {b} × ΔK met R² = {r2}. Een positieve vk_score betekent dat de problemen zich beter ontwikkelden dan te verwachten was bij de verandering in kwetsbaarheid van de buurt.</translation>
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
      <location filename="../core/method.py" />
      <source>Veerkracht under pressure</source>
      <translation>Veerkracht onder druk</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Resilient</source>
      <translation>Veerkrachtig</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Problems increasing</source>
      <translation>Problemen nemen toe</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Favourable development</source>
      <translation>Gunstige ontwikkeling</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Stable</source>
      <translation>Stabiel</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Insufficient data</source>
      <translation>Onvoldoende gegevens</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Too few inhabitants or households</source>
      <translation>Te weinig inwoners of huishoudens</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>An indicator is missing at t0 or t1</source>
      <translation>Een indicator ontbreekt op t0 of t1</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Boundary changed between t0 and t1</source>
      <translation>Grens gewijzigd tussen t0 en t1</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>decrease</source>
      <translation>afname</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>increase</source>
      <translation>toename</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>stable</source>
      <translation>stabiel</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Weight '{value}' is not a number.</source>
      <translation>Gewicht '{value}' is geen getal.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>{n} weight(s) given for {count} vulnerability indicator(s); give one weight per indicator.</source>
      <translation>{n} gewicht(en) opgegeven voor {count} indicator(en) voor kwetsbaarheid; geef één gewicht per indicator.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Weights must not be negative (got {weights}).</source>
      <translation>Gewichten mogen niet negatief zijn (opgegeven: {weights}).</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>At least one weight must be greater than 0.</source>
      <translation>Minstens één gewicht moet groter dan 0 zijn.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Field '{field}' holds text where a number is expected, e.g. {values}.</source>
      <translation>Veld '{field}' bevat tekst waar een getal wordt verwacht, bijvoorbeeld {values}.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Choose at least one vulnerability indicator for t0 and for t1.</source>
      <translation>Kies minstens één indicator voor kwetsbaarheid voor t0 en voor t1.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>{n0} vulnerability field(s) for t0 but {n1} for t1; give the same indicators in the same order.</source>
      <translation>{n0} veld(en) voor kwetsbaarheid op t0 maar {n1} op t1; geef dezelfde indicatoren in dezelfde volgorde.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Choose at least one problem indicator for t0 and for t1.</source>
      <translation>Kies minstens één probleemindicator voor t0 en voor t1.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>{n0} problem field(s) for t0 but {n1} for t1; give the same indicators in the same order.</source>
      <translation>{n0} probleemveld(en) op t0 maar {n1} op t1; geef dezelfde indicatoren in dezelfde volgorde.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The minimum population and number of households must be 0 or more.</source>
      <translation>Het minimum aantal inwoners en huishoudens moet 0 of meer zijn.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The input layer has no features.</source>
      <translation>De invoerlaag bevat geen objecten.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Field(s) missing from the input: {fields}.</source>
      <translation>Veld(en) ontbreken in de invoer: {fields}.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>{n} feature(s) have no buurtcode in field '{field}'; every buurt needs a unique code.</source>
      <translation>{n} object(en) hebben geen buurtcode in veld '{field}'; elke buurt heeft een unieke code nodig.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Buurtcodes must be unique; {n} code(s) occur more than once, e.g. {codes}.</source>
      <translation>Buurtcodes moeten uniek zijn; {n} code(s) komen meer dan eens voor, bijvoorbeeld {codes}.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>No valid buurt: {klein} too small (fewer than {min_population} inhabitants or {min_households} households), {ontbreekt} with a missing indicator, {indeling} with a boundary change.</source>
      <translation>Geen geldige buurt: {klein} te klein (minder dan {min_population} inwoners of {min_households} huishoudens), {ontbreekt} met een ontbrekende indicator, {indeling} met een indelingswijziging.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The reference selection does not match the input.</source>
      <translation>De referentieselectie past niet bij de invoer.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The reference selection holds no valid buurt.</source>
      <translation>De referentieselectie bevat geen geldige buurt.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The buurten of the reference set have no inhabitants in total.</source>
      <translation>De buurten van de referentieset hebben samen geen inwoners.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>Only {n} valid buurten in the reference set; the veerkracht score needs at least {min}, so it stays empty.</source>
      <translation>Maar {n} geldige buurten in de referentieset; de veerkrachtscore heeft er minstens {min} nodig en blijft daarom leeg.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The change in vulnerability is the same everywhere; the veerkracht score stays empty.</source>
      <translation>De verandering in kwetsbaarheid is overal gelijk; de veerkrachtscore blijft leeg.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The level of indicator '{field}' is the same in all reference buurten (σ = 0); it contributes 0 to the level.</source>
      <translation>Het niveau van indicator '{field}' is in alle referentiebuurten gelijk (σ = 0); de indicator telt met 0 mee in het niveau.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>The change of indicator '{field}' is the same in all reference buurten (σ = 0); it contributes 0 to the change.</source>
      <translation>De verandering van indicator '{field}' is in alle referentiebuurten gelijk (σ = 0); de indicator telt met 0 mee in de verandering.</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>{n} valid buurt(en) have no gemeente code; they are compared with each other in the relative variant.</source>
      <translation>{n} geldige buurt(en) hebben geen gemeentecode; in de relatieve variant worden ze met elkaar vergeleken.</translation>
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
