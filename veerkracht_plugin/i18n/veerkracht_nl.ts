<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>Veerkracht</name>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Apply veerkracht map style</source>
      <translation>Veerkrachtkaartstijl toepassen</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Styles a buurt layer as one of the nine Veerkracht maps, with Dutch legends and colour-blind-safe colours: 1 Signaleringskaart (absoluut), 2 Signaleringskaart (relatief), 3 Concentratie kwetsbare bewoners, 4 Ontwikkeling kwetsbare bewoners, 5 Overlast en onveiligheid, 6 Ontwikkeling overlast en onveiligheid, 7 Aandeel corporatiebezit, 8 Veerkrachtscore, 9 Focuskaart.&lt;br&gt;&lt;br&gt;&lt;b&gt;Input layer&lt;/b&gt;: a layer in the project or a file, normally the output of &lt;i&gt;veerkracht:score&lt;/i&gt;, which writes the fields the maps show (vk_klasse, vk_klasse_rel, vk_k_niveau, vk_dk, vk_p_niveau, vk_dp, vk_score, vk_focus, vk_signaal).&lt;br&gt;&lt;b&gt;Map&lt;/b&gt;: one of the nine maps, or &lt;i&gt;all nine&lt;/i&gt;: then the layer gets every map it has the fields for as a named style (switch with right-click › Styles) and shows map 1.&lt;br&gt;&lt;b&gt;Corporation share field&lt;/b&gt; (map 7 only): the share of corporation dwellings in % (p_corporatie_t1 from veerkracht:preparecbs, or the CBS field P_HUURCORP, P_WCORPW or perc_huurwoningen_in_bezit_woningcorporaties). Left empty, it is detected.&lt;br&gt;&lt;br&gt;A layer in the project is restyled in place; nothing else about it changes. When the layer is a GeoPackage, the style is also stored inside the file as its default style (with &lt;i&gt;all nine&lt;/i&gt;: all nine as named styles, map 1 as default), so the file opens styled in any QGIS. Buurten without data are hatched grey; on maps 1 and 2 the early-warning signal (vk_signaal) is marked with a dashed outline and a yellow triangle.</source>
      <translation>Geeft een buurtlaag de opmaak van een van de negen veerkrachtkaarten, met Nederlandse legenda's en kleuren die ook bij kleurenblindheid te onderscheiden zijn: 1 Signaleringskaart (absoluut), 2 Signaleringskaart (relatief), 3 Concentratie kwetsbare bewoners, 4 Ontwikkeling kwetsbare bewoners, 5 Overlast en onveiligheid, 6 Ontwikkeling overlast en onveiligheid, 7 Aandeel corporatiebezit, 8 Veerkrachtscore, 9 Focuskaart.&lt;br&gt;&lt;br&gt;&lt;b&gt;Invoerlaag&lt;/b&gt;: een laag in het project of een bestand, meestal de uitvoer van &lt;i&gt;veerkracht:score&lt;/i&gt;, die de velden schrijft die de kaarten tonen (vk_klasse, vk_klasse_rel, vk_k_niveau, vk_dk, vk_p_niveau, vk_dp, vk_score, vk_focus, vk_signaal).&lt;br&gt;&lt;b&gt;Kaart&lt;/b&gt;: een van de negen kaarten, of &lt;i&gt;alle negen&lt;/i&gt;: dan krijgt de laag elke kaart waarvoor ze de velden heeft als benoemde stijl (wisselen via rechtermuisklik › Stijlen) en toont ze kaart 1.&lt;br&gt;&lt;b&gt;Veld aandeel corporatiebezit&lt;/b&gt; (alleen kaart 7): het aandeel corporatiewoningen in % (p_corporatie_t1 uit veerkracht:preparecbs, of het CBS-veld P_HUURCORP, P_WCORPW of perc_huurwoningen_in_bezit_woningcorporaties). Leeg gelaten wordt het veld automatisch gevonden.&lt;br&gt;&lt;br&gt;Een laag in het project krijgt de nieuwe opmaak ter plekke; verder verandert er niets aan. Is de laag een GeoPackage, dan wordt de stijl ook in het bestand opgeslagen als standaardstijl (bij &lt;i&gt;alle negen&lt;/i&gt;: alle negen als benoemde stijlen, kaart 1 als standaard), zodat het bestand in elke QGIS met opmaak opent. Buurten zonder gegevens zijn grijs gearceerd; op kaart 1 en 2 is het vroege signaal (vk_signaal) gemarkeerd met een gestreepte rand en een gele driehoek.</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>All nine maps</source>
      <translation>Alle negen kaarten</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Input layer (scored buurten)</source>
      <translation>Invoerlaag (buurten met veerkrachtsignalen)</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Map</source>
      <translation>Kaart</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Corporation share field (%, map 7; empty: detect)</source>
      <translation>Veld aandeel corporatiebezit (%, kaart 7; leeg: automatisch zoeken)</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Styled layer</source>
      <translation>Opgemaakte laag</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Maps applied</source>
      <translation>Toegepaste kaarten</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Cannot open the input layer.</source>
      <translation>Kan de invoerlaag niet openen.</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Map {number} ({title}) skipped: the layer lacks its field.</source>
      <translation>Kaart {number} ({title}) overgeslagen: de laag mist het veld ervoor.</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Map {number} ({title}) applied, showing field '{field}'.</source>
      <translation>Kaart {number} ({title}) toegepast; deze toont veld '{field}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>{n} maps added as named styles of the layer.</source>
      <translation>{n} kaarten als benoemde stijlen aan de laag toegevoegd.</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Stored {n} style(s) in the GeoPackage; default style: {name}.</source>
      <translation>{n} stijl(en) in de GeoPackage opgeslagen; standaardstijl: {name}.</translation>
    </message>
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
      <location filename="../maps.py" />
      <source>Unknown map '{key}'; choose one of: {keys}.</source>
      <translation>Onbekende kaart '{key}'; kies uit: {keys}.</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>Map {number} ({title}) needs the corporation share (%) per buurt, but no such field was found (looked for p_corporatie_t1, P_HUURCORP, P_WCORPW and perc_huurwoningen_in_bezit_woningcorporaties). Choose the field.</source>
      <translation>Kaart {number} ({title}) heeft het aandeel corporatiebezit (%) per buurt nodig, maar zo'n veld is niet gevonden (gezocht naar p_corporatie_t1, P_HUURCORP, P_WCORPW en perc_huurwoningen_in_bezit_woningcorporaties). Kies het veld.</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>The layer has no field '{field}' (corporation share).</source>
      <translation>De laag heeft geen veld '{field}' (aandeel corporatiebezit).</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>The layer has no field '{field}', which map {number} ({title}) shows. The algorithm veerkracht:score (veerkracht signals) produces it: style its output.</source>
      <translation>De laag heeft geen veld '{field}', dat kaart {number} ({title}) toont. Het algoritme veerkracht:score (veerkrachtsignalen) maakt dit veld: geef de uitvoer daarvan deze opmaak.</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>Cannot load style {path}: {message}</source>
      <translation>Kan stijl {path} niet laden: {message}</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>Cannot store the style in {path}: {message}</source>
      <translation>Kan de stijl niet opslaan in {path}: {message}</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>Layer '{name}' is not in the project.</source>
      <translation>Laag '{name}' zit niet in het project.</translation>
    </message>
    <message>
      <location filename="../maps.py" />
      <source>Cannot write the map image {path}.</source>
      <translation>Kan de kaartafbeelding {path} niet schrijven.</translation>
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
