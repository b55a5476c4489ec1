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
