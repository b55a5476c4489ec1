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
      <location filename="../algorithms/report.py" />
      <source>Write veerkracht report (stadsbrede notitie / QuickScan)</source>
      <translation>Veerkrachtrapport schrijven (stadsbrede notitie / QuickScan)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Writes a readable PDF report for one gemeente from print layouts: page 1 with the signal map, buurten and inhabitants per class and the key findings in plain sentences; one page per wijk (an atlas) with the wijk map, a summary, the numeric outlook and a table per buurt; a closing page with the citywide balance and the methods and sources.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scored buurt layer&lt;/b&gt;: the output of veerkracht:score (vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_signaal, vk_corpbuurt, …) with buurt code and name, wijk and gemeente code, inhabitants and corporation share (names of veerkracht:preparecbs or CBS names such as BU_CODE, AANT_INW, P_WCORPW). Handelingsperspectieven (vk_hp_*, vk_probleemanalyse, vk_succes) and the buurt fields of veerkracht:balance (vk_soc_voor, vk_soc_na, vk_kantelt, vk_compensatie, …) are shown when present.&lt;br&gt;&lt;b&gt;Report&lt;/b&gt;: stadsbrede notitie (with tags and scenario) or QuickScan (signals only, with a reading guide, readable on its own).&lt;br&gt;&lt;b&gt;Gemeente&lt;/b&gt;: code or name; needed only when the layer holds several gemeenten.&lt;br&gt;&lt;b&gt;Wijk field&lt;/b&gt;: default wijkcode (or WK_CODE); without a wijk field the wijk is taken from the buurt code (WK + its first six digits).&lt;br&gt;&lt;b&gt;Balance summary&lt;/b&gt; (optional): the summary table of veerkracht:balance; &lt;b&gt;Scenario&lt;/b&gt; chooses its scenario when it holds several.&lt;br&gt;&lt;b&gt;Period&lt;/b&gt; (optional): e.g. 2016–2022; empty: read from a 'jaar' field or years in field names.&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: one PDF. The pages come from the templates notitie_voorblad.qpt, notitie_wijk.qpt and notitie_slot.qpt in the plugin's resources/layouts folder; see docs/report.md to adapt them. The input layer is not changed.</source>
      <translation>Schrijft voor één gemeente een leesbaar PDF-rapport uit printlay-outs: pagina 1 met de signaleringskaart, buurten en inwoners per klasse en de belangrijkste bevindingen in gewone zinnen; één pagina per wijk (een atlas) met de wijkkaart, een samenvatting, de getalsmatige doorkijk en een tabel per buurt; een slotpagina met de stadsbrede balans en de methode en bronnen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Buurtlaag met signalen&lt;/b&gt;: de uitvoer van veerkracht:score (vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_signaal, vk_corpbuurt, …) met buurtcode en -naam, wijk- en gemeentecode, inwoners en corporatieaandeel (namen van veerkracht:preparecbs of CBS-namen zoals BU_CODE, AANT_INW, P_WCORPW). Handelingsperspectieven (vk_hp_*, vk_probleemanalyse, vk_succes) en de buurtvelden van veerkracht:balance (vk_soc_voor, vk_soc_na, vk_kantelt, vk_compensatie, …) worden getoond als ze er zijn.&lt;br&gt;&lt;b&gt;Rapport&lt;/b&gt;: stadsbrede notitie (met handelingsperspectieven en scenario) of QuickScan (alleen signalen, met een leeswijzer, op zichzelf leesbaar).&lt;br&gt;&lt;b&gt;Gemeente&lt;/b&gt;: code of naam; alleen nodig als de laag meerdere gemeenten bevat.&lt;br&gt;&lt;b&gt;Wijkveld&lt;/b&gt;: standaard wijkcode (of WK_CODE); zonder wijkveld volgt de wijk uit de buurtcode (WK + de eerste zes cijfers).&lt;br&gt;&lt;b&gt;Balansoverzicht&lt;/b&gt; (optioneel): de overzichtstabel van veerkracht:balance; &lt;b&gt;Scenario&lt;/b&gt; kiest het scenario als de tabel er meerdere bevat.&lt;br&gt;&lt;b&gt;Periode&lt;/b&gt; (optioneel): bijvoorbeeld 2016–2022; leeg: afgeleid uit een veld 'jaar' of uit jaartallen in veldnamen.&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: één PDF. De pagina's komen uit de sjablonen notitie_voorblad.qpt, notitie_wijk.qpt en notitie_slot.qpt in de map resources/layouts van de plugin; zie docs/report.md om ze aan te passen. De invoerlaag wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Scored buurt layer</source>
      <translation>Buurtlaag met signalen</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>QuickScan</source>
      <translation>QuickScan</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Stadsbrede notitie</source>
      <translation>Stadsbrede notitie</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Gemeente (code or name; needed for several gemeenten)</source>
      <translation>Gemeente (code of naam; nodig bij meerdere gemeenten)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Wijk field</source>
      <translation>Wijkveld</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Balance summary (table of veerkracht:balance)</source>
      <translation>Balansoverzicht (tabel van veerkracht:balance)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Period (e.g. 2016–2022)</source>
      <translation>Periode (bijv. 2016–2022)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Report (PDF)</source>
      <translation>Rapport (PDF)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Number of pages</source>
      <translation>Aantal pagina's</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Number of wijken</source>
      <translation>Aantal wijken</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Cannot read the input layer.</source>
      <translation>Kan de invoerlaag niet lezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>A QuickScan has no scenario: the balance summary is left out.</source>
      <translation>Een QuickScan heeft geen scenario: het balansoverzicht wordt weggelaten.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Reading the buurten…</source>
      <translation>Buurten inlezen…</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Writing {n} wijk pages for {gemeente}…</source>
      <translation>{n} wijkpagina's schrijven voor {gemeente}…</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>{n} pages written to {path}.</source>
      <translation>{n} pagina's geschreven naar {path}.</translation>
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
      <location filename="../core/report_text.py" />
      <source>Veerkracht under pressure</source>
      <translation>Veerkracht onder druk</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Resilient</source>
      <translation>Veerkrachtig</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Problems increasing</source>
      <translation>Problemen nemen toe</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Favourable development</source>
      <translation>Gunstige ontwikkeling</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Stable</source>
      <translation>Stabiel</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Insufficient data</source>
      <translation>Onvoldoende gegevens</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>the concentration of vulnerable residents and nuisance and insecurity both increased.</source>
      <translation>zowel de concentratie kwetsbare bewoners als overlast en onveiligheid namen toe.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>the concentration of vulnerable residents increased, nuisance and insecurity did not.</source>
      <translation>de concentratie kwetsbare bewoners nam toe, overlast en onveiligheid niet.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>nuisance and insecurity increased without a rising concentration of vulnerable residents.</source>
      <translation>overlast en onveiligheid namen toe zonder stijgende concentratie kwetsbare bewoners.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>nuisance and insecurity decreased, the concentration of vulnerable residents did not rise.</source>
      <translation>overlast en onveiligheid namen af, de concentratie kwetsbare bewoners steeg niet.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>no clear change in either direction.</source>
      <translation>geen duidelijke verandering in een van beide richtingen.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>too few inhabitants, missing figures or a boundary change.</source>
      <translation>te weinig inwoners, ontbrekende cijfers of een grenswijziging.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Social</source>
      <translation>Sociaal</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Environ.</source>
      <translation>Leefomg.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Housing</source>
      <translation>Woningpr.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Reposit.</source>
      <translation>Herpos.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Problem analysis</source>
      <translation>Probleemanalyse</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Success</source>
      <translation>Succes</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} other</source>
      <translation>{n} andere</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} others</source>
      <translation>{n} andere</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{first} and {last}</source>
      <translation>{first} en {last}</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The report covers 1 buurt of {gemeente} with {inhabitants} inhabitants.</source>
      <translation>Het rapport gaat over 1 buurt van {gemeente} met {inhabitants} inwoners.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The report covers {n} buurten of {gemeente} with {inhabitants} inhabitants.</source>
      <translation>Het rapport gaat over {n} buurten van {gemeente} met {inhabitants} inwoners.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt has too little data for a signal (too few inhabitants, missing figures or a boundary change).</source>
      <translation>{n} buurt heeft te weinig gegevens voor een signaal (te weinig inwoners, ontbrekende cijfers of een grenswijziging).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten have too little data for a signal (too few inhabitants, missing figures or a boundary change).</source>
      <translation>{n} buurten hebben te weinig gegevens voor een signaal (te weinig inwoners, ontbrekende cijfers of een grenswijziging).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>No buurt falls in the class '{label}'.</source>
      <translation>Geen enkele buurt valt in de klasse '{label}'.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt with {inhabitants} inhabitants ({share} of the population) falls in the class '{label}': the concentration of vulnerable residents and nuisance and insecurity both increased there.</source>
      <translation>{n} buurt met {inhabitants} inwoners ({share} van de bevolking) valt in de klasse '{label}': daar namen zowel de concentratie kwetsbare bewoners als overlast en onveiligheid toe.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten with {inhabitants} inhabitants ({share} of the population) fall in the class '{label}': the concentration of vulnerable residents and nuisance and insecurity both increased there.</source>
      <translation>{n} buurten met {inhabitants} inwoners ({share} van de bevolking) vallen in de klasse '{label}': daar namen zowel de concentratie kwetsbare bewoners als overlast en onveiligheid toe.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>These are {names}.</source>
      <translation>Het gaat om {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>This is {names}.</source>
      <translation>Het gaat om {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The largest are {names}.</source>
      <translation>De grootste zijn {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt is resilient: the concentration of vulnerable residents increased, nuisance and insecurity did not.</source>
      <translation>{n} buurt is veerkrachtig: de concentratie kwetsbare bewoners nam toe, overlast en onveiligheid niet.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten are resilient: the concentration of vulnerable residents increased, nuisance and insecurity did not.</source>
      <translation>{n} buurten zijn veerkrachtig: de concentratie kwetsbare bewoners nam toe, overlast en onveiligheid niet.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>In {n} buurt nuisance and insecurity increased without a rising concentration of vulnerable residents ('{label}').</source>
      <translation>In {n} buurt namen overlast en onveiligheid toe zonder stijgende concentratie kwetsbare bewoners ('{label}').</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>In {n} buurten nuisance and insecurity increased without a rising concentration of vulnerable residents ('{label}').</source>
      <translation>In {n} buurten namen overlast en onveiligheid toe zonder stijgende concentratie kwetsbare bewoners ('{label}').</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>No buurt shows the early warning (resilient so far, but with a high and rising concentration of vulnerable residents).</source>
      <translation>Geen enkele buurt geeft een vroegsignaal (tot nu toe veerkrachtig, maar met een hoge en stijgende concentratie kwetsbare bewoners).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Early warning in {n} buurt: {names}. The concentration of vulnerable residents is high and rising there, while problems are not (yet) visible.</source>
      <translation>Vroegsignaal in {n} buurt: {names}. Daar is de concentratie kwetsbare bewoners hoog en stijgend, terwijl problemen (nog) niet zichtbaar zijn.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Early warning in {n} buurten: {names}. The concentration of vulnerable residents is high and rising there, while problems are not (yet) visible.</source>
      <translation>Vroegsignaal in {n} buurten: {names}. Daar is de concentratie kwetsbare bewoners hoog en stijgend, terwijl problemen (nog) niet zichtbaar zijn.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Relative to the rest of the gemeente, {n} buurt is under pressure.</source>
      <translation>Ten opzichte van de rest van de gemeente staat {n} buurt onder druk.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Relative to the rest of the gemeente, {n} buurten are under pressure.</source>
      <translation>Ten opzichte van de rest van de gemeente staan {n} buurten onder druk.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Too few buurten with data (fewer than 10) to compare expected and actual developments.</source>
      <translation>Te weinig buurten met gegevens (minder dan 10) om verwachte en werkelijke ontwikkelingen te vergelijken.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Across the gemeente, nuisance and insecurity rose on average by {slope} standard deviations for every standard deviation of rising vulnerability (weighted regression over {n} buurten, R² = {r2}).</source>
      <translation>In de gemeente als geheel namen overlast en onveiligheid gemiddeld met {slope} standaarddeviatie toe per standaarddeviatie stijging van de kwetsbaarheid (gewogen regressie over {n} buurten, R² = {r2}).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Across the gemeente, a rising concentration of vulnerable residents did not go together with more nuisance and insecurity (slope {slope}, R² = {r2}, {n} buurten).</source>
      <translation>In de gemeente als geheel ging een stijgende concentratie kwetsbare bewoners niet samen met meer overlast en onveiligheid (helling {slope}, R² = {r2}, {n} buurten).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Developed better than their change in vulnerability would suggest (highest veerkracht score): {names}.</source>
      <translation>Beter ontwikkeld dan hun verandering in kwetsbaarheid doet verwachten (hoogste veerkrachtscore): {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>No buurt is a corporatiebuurt (more than two thirds of the dwellings owned by housing corporations).</source>
      <translation>Geen enkele buurt is een corporatiebuurt (meer dan twee derde van de woningen in bezit van woningcorporaties).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt is a corporatiebuurt (more than two thirds of the dwellings owned by housing corporations): {names}.</source>
      <translation>{n} buurt is een corporatiebuurt (meer dan twee derde van de woningen in bezit van woningcorporaties): {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten are corporatiebuurten (more than two thirds of the dwellings owned by housing corporations); the largest: {names}.</source>
      <translation>{n} buurten zijn corporatiebuurten (meer dan twee derde van de woningen in bezit van woningcorporaties); de grootste: {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Period: {period}.</source>
      <translation>Periode: {period}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Period: not recorded in the layer.</source>
      <translation>Periode: niet vastgelegd in de laag.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Indicators in the layer (t0/t1): {names}.</source>
      <translation>Indicatoren in de laag (t0/t1): {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Classes as computed by veerkracht:score; its thresholds are not stored in the layer (defaults: deadband 0.25, at least 100 inhabitants).</source>
      <translation>Klassen zoals berekend door veerkracht:score; de drempels staan niet in de laag (standaard: dode zone 0,25, minstens 100 inwoners).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Made on {date}.</source>
      <translation>Gemaakt op {date}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt, {inhabitants} inhabitants.</source>
      <translation>{n} buurt, {inhabitants} inwoners.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten, {inhabitants} inhabitants.</source>
      <translation>{n} buurten, {inhabitants} inwoners.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Classes: {list}.</source>
      <translation>Klassen: {list}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Early warning: {names}.</source>
      <translation>Vroegsignaal: {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Corporatiebuurten: {names}.</source>
      <translation>Corporatiebuurten: {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Handelingsperspectieven filled in for {n} of {total} buurten.</source>
      <translation>Handelingsperspectieven ingevuld voor {n} van {total} buurten.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Numeric outlook of scenario '{scenario}':</source>
      <translation>Getalsmatige doorkijk van scenario '{scenario}':</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Numeric outlook:</source>
      <translation>Getalsmatige doorkijk:</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Social rent: {before} → {after} dwellings ({share_before} → {share_after} of the stock).</source>
      <translation>Sociale huur: {before} → {after} woningen ({share_before} → {share_after} van de voorraad).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Vulnerable households: {before} now, {after} at the end of the horizon.</source>
      <translation>Kwetsbare huishoudens: nu {before}, aan het eind van de planperiode {after}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>No buurt tips over the concentration threshold.</source>
      <translation>Geen enkele buurt komt boven de concentratiedrempel.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt tips over the concentration threshold: {names}.</source>
      <translation>{n} buurt komt boven de concentratiedrempel: {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten tip over the concentration threshold: {names}.</source>
      <translation>{n} buurten komen boven de concentratiedrempel: {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Suggested extra social dwellings (compensation) in this wijk: {n}.</source>
      <translation>Voorgestelde extra sociale huurwoningen (compensatie) in deze wijk: {n}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Buurt</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Inhabitants</source>
      <translation>Inwoners</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Class (relative)</source>
      <translation>Klasse (relatief)</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Corp. %</source>
      <translation>Corp. %</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Scenario '{scenario}'.</source>
      <translation>Scenario '{scenario}'.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Social rent before: {before} of {dwellings} dwellings ({share}); after: {after} of {dwellings_after} ({share_after}). Target: {target}.</source>
      <translation>Sociale huur vooraf: {before} van {dwellings} woningen ({share}); daarna: {after} van {dwellings_after} ({share_after}). Doel: {target}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Shortfall to the target after the scenario: {n} social dwellings.</source>
      <translation>Tekort ten opzichte van het doel na het scenario: {n} sociale huurwoningen.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>After the scenario the gemeente meets the target.</source>
      <translation>Na het scenario haalt de gemeente het doel.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The measures remove {n} more social dwellings than they add: these must be compensated elsewhere in the city.</source>
      <translation>De maatregelen halen {n} sociale huurwoningen meer weg dan ze toevoegen: die moeten elders in de stad worden gecompenseerd.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The measures need no compensation elsewhere in the city.</source>
      <translation>De maatregelen vragen geen compensatie elders in de stad.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Placements of aandachtsgroepen per year: {n}.</source>
      <translation>Plaatsingen van aandachtsgroepen per jaar: {n}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Waterbed effect: the other buurten take {delta} percentage points more of their social vacancies for aandachtsgroepen.</source>
      <translation>Waterbedeffect: de andere buurten wijzen {delta} procentpunt meer van hun vrijkomende sociale huurwoningen toe aan aandachtsgroepen.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Waterbed effect: the other buurten take {delta} percentage points less of their social vacancies for aandachtsgroepen.</source>
      <translation>Waterbedeffect: de andere buurten wijzen {delta} procentpunt minder van hun vrijkomende sociale huurwoningen toe aan aandachtsgroepen.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The scenario is not feasible: {n} placements per year do not fit in the remaining social stock.</source>
      <translation>Het scenario is niet haalbaar: {n} plaatsingen per jaar passen niet in de resterende sociale voorraad.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The scenario is not feasible: not all placements fit in the remaining social stock.</source>
      <translation>Het scenario is niet haalbaar: niet alle plaatsingen passen in de resterende sociale voorraad.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The allocation of the scenario is feasible.</source>
      <translation>De toewijzing in het scenario is haalbaar.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurt tips over the concentration threshold.</source>
      <translation>{n} buurt komt boven de concentratiedrempel.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>{n} buurten tip over the concentration threshold.</source>
      <translation>{n} buurten komen boven de concentratiedrempel.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>New build: {social} social rent, {affordable} affordable (norm: two thirds affordable, of which at least 30% social rent).</source>
      <translation>Nieuwbouw: {social} sociale huur, {affordable} betaalbaar (norm: twee derde betaalbaar, waarvan minstens 30% sociale huur).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Most extra placements per year (waterbed): {names}.</source>
      <translation>Meeste extra plaatsingen per jaar (waterbed): {names}.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Dwellings</source>
      <translation>Woningen</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Social rent</source>
      <translation>Sociale huur</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Share of social rent</source>
      <translation>Aandeel sociale huur</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Shortfall to the target</source>
      <translation>Tekort ten opzichte van het doel</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The signal map compares two years per buurt: did the concentration of vulnerable residents (ΔK) and nuisance and insecurity (ΔP) increase, decrease or stay the same?</source>
      <translation>De signaleringskaart vergelijkt per buurt twee jaren: namen de concentratie kwetsbare bewoners (ΔK) en overlast en onveiligheid (ΔP) toe, af of bleven ze gelijk?</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Early warning: resilient so far, but with a high and rising concentration of vulnerable residents.</source>
      <translation>Vroegsignaal: tot nu toe veerkrachtig, maar met een hoge en stijgende concentratie kwetsbare bewoners.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Method. Per buurt the change in the concentration of vulnerable residents (ΔK) and in nuisance and insecurity (ΔP) between two years is scaled by the population-weighted spread over the buurten, without centring, so a citywide rise stays visible. A change beyond the deadband counts as an increase or decrease; together they give the class. The relative class compares each buurt with the gemeente's average. The veerkracht score is the actual minus the expected ΔP for the buurt's ΔK (population-weighted regression): positive is better than expected.</source>
      <translation>Methode. Per buurt wordt de verandering in de concentratie kwetsbare bewoners (ΔK) en in overlast en onveiligheid (ΔP) tussen twee jaren geschaald met de naar inwoners gewogen spreiding over de buurten, zonder te centreren, zodat een stijging in de hele stad zichtbaar blijft. Een verandering buiten de dode zone telt als toename of afname; samen bepalen ze de klasse. De relatieve klasse vergelijkt elke buurt met het gemiddelde van de gemeente. De veerkrachtscore is de werkelijke min de verwachte ΔP bij de ΔK van de buurt (naar inwoners gewogen regressie): positief is beter dan verwacht.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Sources: CBS Kerncijfers wijken en buurten (CC BY 4.0, Bron: CBS); Leefbaarometer (Ministerie van BZK, open data); own indicators of the user where added.</source>
      <translation>Bronnen: CBS Kerncijfers wijken en buurten (CC BY 4.0, Bron: CBS); Leefbaarometer (Ministerie van BZK, open data); eigen indicatoren van de gebruiker waar toegevoegd.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Research followed: RIGO (2018), Veerkracht in het corporatiebezit, for Aedes; In.Fact.Research and Circusvis (2020, 2023), updates of that study; Circusvis, Veerkrachtige wijken (the approach in four phases).</source>
      <translation>Gevolgd onderzoek: RIGO (2018), Veerkracht in het corporatiebezit, voor Aedes; In.Fact.Research en Circusvis (2020, 2023), actualisaties van die studie; Circusvis, Veerkrachtige wijken (de aanpak in vier fasen).</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>The signals start the conversation about a buurt; they do not explain it.</source>
      <translation>De signalen openen het gesprek over een buurt; ze verklaren haar niet.</translation>
    </message>
    <message>
      <location filename="../core/report_text.py" />
      <source>Made with the Veerkracht QGIS plugin on {date}.</source>
      <translation>Gemaakt met de QGIS-plugin Veerkracht op {date}.</translation>
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
      <location filename="../report_layout.py" />
      <source>Field '{field}' does not exist in the input layer.</source>
      <translation>Veld '{field}' bestaat niet in de invoerlaag.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Gemeente '{gemeente}' is not in the layer. Gemeenten in the layer: {list}.</source>
      <translation>Gemeente '{gemeente}' staat niet in de laag. Gemeenten in de laag: {list}.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>The layer holds {n} gemeenten; choose one as Gemeente: {list}.</source>
      <translation>De laag bevat {n} gemeenten; kies er één als Gemeente: {list}.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>No buurt code field (buurtcode or BU_CODE) found in the input layer.</source>
      <translation>Geen buurtcodeveld (buurtcode of BU_CODE) gevonden in de invoerlaag.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>The input layer has no field vk_klasse: run veerkracht:score on it first.</source>
      <translation>De invoerlaag heeft geen veld vk_klasse: voer er eerst veerkracht:score op uit.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>The input layer has no buurten.</source>
      <translation>De invoerlaag bevat geen buurten.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>the gemeente</source>
      <translation>de gemeente</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>QuickScan veerkracht</source>
      <translation>QuickScan veerkracht</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Stadsbrede notitie veerkracht</source>
      <translation>Stadsbrede notitie veerkracht</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>The balance summary holds several scenarios; choose one as Scenario: {list}.</source>
      <translation>Het balansoverzicht bevat meerdere scenario's; kies er één als Scenario: {list}.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Scenario '{scenario}' is not in the balance summary.</source>
      <translation>Scenario '{scenario}' staat niet in het balansoverzicht.</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Buurten</source>
      <translation>Buurten</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Share</source>
      <translation>Aandeel</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Buurten without wijk</source>
      <translation>Buurten zonder wijk</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Wijk {name} ({code})</source>
      <translation>Wijk {name} ({code})</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Wijk {code}</source>
      <translation>Wijk {code}</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Impact on the whole city</source>
      <translation>Impact op de hele stad</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>After</source>
      <translation>Na</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Before</source>
      <translation>Voor</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Citywide</source>
      <translation>Stadsbreed</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>How to read this report</source>
      <translation>Zo leest u dit rapport</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>{title} – {gemeente} – Bron: CBS, Leefbaarometer (BZK)</source>
      <translation>{title} – {gemeente} – Bron: CBS, Leefbaarometer (BZK)</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Signal</source>
      <translation>Signaal</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Wijken</source>
      <translation>Wijken</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Early warning</source>
      <translation>Vroegsignaal</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Buurten and inhabitants per class</source>
      <translation>Buurten en inwoners per klasse</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Key findings</source>
      <translation>Belangrijkste bevindingen</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>wijken</source>
      <translation>wijken</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>closing page</source>
      <translation>slotpagina</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Method and sources</source>
      <translation>Methode en bronnen</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Cannot write the PDF file {path}: {error}</source>
      <translation>Kan het PDF-bestand {path} niet schrijven: {error}</translation>
    </message>
    <message>
      <location filename="../report_layout.py" />
      <source>Veerkracht report</source>
      <translation>Veerkrachtrapport</translation>
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
