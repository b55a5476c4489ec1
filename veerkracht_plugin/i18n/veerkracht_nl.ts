<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>Veerkracht</name>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Check citywide balance of a housing scenario</source>
      <translation>Controleer de stadsbrede balans van een woningscenario</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Tests a housing-stock scenario (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing) against the citywide balance: the social-rent share per gemeente, the compensation a loss of social dwellings needs elsewhere, and the waterbed effect of allocation on the concentration of vulnerable households after a number of years.&lt;br&gt;&lt;br&gt;&lt;b&gt;Buurt layer&lt;/b&gt;: one feature per buurt. &lt;b&gt;Code&lt;/b&gt; (default buurtcode, else BU_CODE), &lt;b&gt;gemeente&lt;/b&gt; (default gemeentecode, else GM_CODE), optional &lt;b&gt;regio&lt;/b&gt; (with a regio the placements of aandachtsgroepen are conserved over the regio instead of per gemeente), &lt;b&gt;dwellings&lt;/b&gt; (default woningen_t1, else WONINGEN; without a dwellings field the number of households is used, with a warning), &lt;b&gt;corporation share&lt;/b&gt; % (default p_corporatie_t1, else P_HUURCORP/P_WCORPW), optional &lt;b&gt;owner-occupied share&lt;/b&gt; % (default p_koopwoningen_t1, else P_KOOPWON), optional &lt;b&gt;vulnerable share&lt;/b&gt; % of households (e.g. low income), optional &lt;b&gt;class field&lt;/b&gt; (default vk_klasse from veerkracht:score: buurten 'onder_druk' or 'problemen' are no compensation candidates).&lt;br&gt;Social stock S = round(W × share / 100), koop likewise, particuliere huur = W − S − koop.&lt;br&gt;&lt;br&gt;&lt;b&gt;Measures table&lt;/b&gt; (CSV, GeoPackage table or any table layer), one row per measure: &lt;i&gt;scenario&lt;/i&gt;, &lt;i&gt;buurtcode&lt;/i&gt;, &lt;i&gt;maatregel&lt;/i&gt; (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing), &lt;i&gt;segment&lt;/i&gt; (sociale_huur, particuliere_huur, koop; needed for sloop, nieuwbouw and aankoop), &lt;i&gt;aantal&lt;/i&gt; (dwellings, whole number), &lt;i&gt;aandeel&lt;/i&gt; (0–1, share of social vacancies to aandachtsgroepen, toewijzing only), &lt;i&gt;toelichting&lt;/i&gt;. A wrong row stops the algorithm with a message naming the row number (1 = first measure) and its values; nothing is written. &lt;b&gt;Scenario&lt;/b&gt;: the scenario to evaluate; may stay empty when the table holds one.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;: target social share (30 %), turnover (7 % of social dwellings per year), horizon (5 years), concentration threshold (45 % vulnerable households), relative risk (3: a social tenant is this many times more likely to be vulnerable), allocation share (30 % of social vacancies to aandachtsgroepen, used when there is no vulnerable share).&lt;br&gt;&lt;br&gt;&lt;b&gt;Written&lt;/b&gt;: a copy of the buurt layer with vk_soc_voor/na, vk_won_voor/na, vk_socaandeel_voor/na, vk_plaatsing_voor/na (placements per year), vk_kwetsbaar_voor/na, vk_kantelt (crosses the threshold), vk_compensatie (suggested extra social dwellings), vk_toewijzing_voor/na and vk_soc_kwetsbaar_voor/na (all shares in %); a summary table per gemeente (and regio) with the stock, the gap to the target, the compensation needed, the new-build shares against the two-thirds norm, the placements and whether the scenario is feasible; optionally a one-page HTML summary. A scenario that would need more than 100 % of a buurt's vacancies is reported as not feasible.</source>
      <translation>Toetst een scenario voor de woningvoorraad (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing) aan de stadsbrede balans: het aandeel sociale huur per gemeente, de compensatie die een verlies aan sociale huurwoningen elders vraagt, en het waterbedeffect van toewijzing op de concentratie kwetsbare huishoudens na een aantal jaren.&lt;br&gt;&lt;br&gt;&lt;b&gt;Buurtlaag&lt;/b&gt;: één object per buurt. &lt;b&gt;Code&lt;/b&gt; (standaard buurtcode, anders BU_CODE), &lt;b&gt;gemeente&lt;/b&gt; (standaard gemeentecode, anders GM_CODE), optioneel &lt;b&gt;regio&lt;/b&gt; (met een regio blijft het aantal plaatsingen van aandachtsgroepen gelijk over de hele regio in plaats van per gemeente), &lt;b&gt;woningen&lt;/b&gt; (standaard woningen_t1, anders WONINGEN; zonder woningenveld wordt het aantal huishoudens gebruikt, met een waarschuwing), &lt;b&gt;corporatieaandeel&lt;/b&gt; % (standaard p_corporatie_t1, anders P_HUURCORP/P_WCORPW), optioneel &lt;b&gt;aandeel koopwoningen&lt;/b&gt; % (standaard p_koopwoningen_t1, anders P_KOOPWON), optioneel &lt;b&gt;aandeel kwetsbare huishoudens&lt;/b&gt; % (bijvoorbeeld laag inkomen), optioneel &lt;b&gt;klasseveld&lt;/b&gt; (standaard vk_klasse uit veerkracht:score: buurten 'onder_druk' of 'problemen' zijn geen kandidaat voor compensatie).&lt;br&gt;Sociale voorraad S = afgerond(W × aandeel / 100), koop net zo, particuliere huur = W − S − koop.&lt;br&gt;&lt;br&gt;&lt;b&gt;Maatregelentabel&lt;/b&gt; (CSV, GeoPackage-tabel of een andere tabellaag), één rij per maatregel: &lt;i&gt;scenario&lt;/i&gt;, &lt;i&gt;buurtcode&lt;/i&gt;, &lt;i&gt;maatregel&lt;/i&gt; (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing), &lt;i&gt;segment&lt;/i&gt; (sociale_huur, particuliere_huur, koop; nodig bij sloop, nieuwbouw en aankoop), &lt;i&gt;aantal&lt;/i&gt; (woningen, geheel getal), &lt;i&gt;aandeel&lt;/i&gt; (0–1, deel van de sociale huurvrijkomers voor aandachtsgroepen, alleen bij toewijzing), &lt;i&gt;toelichting&lt;/i&gt;. Een foute rij stopt het algoritme met een melding die het rijnummer (1 = eerste maatregel) en de waarden noemt; er wordt niets geschreven. &lt;b&gt;Scenario&lt;/b&gt;: het door te rekenen scenario; mag leeg blijven als de tabel er één bevat.&lt;br&gt;&lt;br&gt;&lt;b&gt;Parameters&lt;/b&gt;: doel aandeel sociale huur (30 %), mutatiegraad (7 % van de sociale huurwoningen per jaar), horizon (5 jaar), concentratiegrens (45 % kwetsbare huishoudens), relatief risico (3: een sociale huurder is zoveel keer vaker kwetsbaar), toewijzingsaandeel (30 % van de sociale vrijkomers naar aandachtsgroepen, gebruikt als er geen aandeel kwetsbaren is).&lt;br&gt;&lt;br&gt;&lt;b&gt;Geschreven&lt;/b&gt;: een kopie van de buurtlaag met vk_soc_voor/na, vk_won_voor/na, vk_socaandeel_voor/na, vk_plaatsing_voor/na (plaatsingen per jaar), vk_kwetsbaar_voor/na, vk_kantelt (komt boven de grens), vk_compensatie (voorgestelde extra sociale huurwoningen), vk_toewijzing_voor/na en vk_soc_kwetsbaar_voor/na (alle aandelen in %); een overzichtstabel per gemeente (en regio) met de voorraad, het tekort ten opzichte van het doel, de benodigde compensatie, de nieuwbouwaandelen tegen de tweederdenorm, de plaatsingen en of het scenario haalbaar is; optioneel een samenvatting van één pagina in HTML. Een scenario waarvoor een buurt meer dan 100 % van haar vrijkomende woningen zou moeten toewijzen, wordt als niet haalbaar gemeld.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurt layer</source>
      <translation>Buurtlaag</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Measures table (CSV, GeoPackage table or table layer)</source>
      <translation>Maatregelentabel (CSV, GeoPackage-tabel of tabellaag)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Scenario (empty: the only scenario in the table)</source>
      <translation>Scenario (leeg: het enige scenario in de tabel)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurt code field</source>
      <translation>Veld buurtcode</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Gemeente field</source>
      <translation>Veld gemeente</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Regio field (optional)</source>
      <translation>Veld regio (optioneel)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Dwellings field (missing: households)</source>
      <translation>Veld woningen (ontbreekt: huishoudens)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Corporation share field (%)</source>
      <translation>Veld corporatieaandeel (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Owner-occupied share field (%, optional)</source>
      <translation>Veld aandeel koopwoningen (%, optioneel)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Vulnerable share field (% of households, optional)</source>
      <translation>Veld aandeel kwetsbare huishoudens (%, optioneel)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Class field (vk_klasse, optional)</source>
      <translation>Klasseveld (vk_klasse, optioneel)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Target social-rent share (%)</source>
      <translation>Doel aandeel sociale huur (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Turnover of social dwellings (% per year)</source>
      <translation>Mutatiegraad sociale huurwoningen (% per jaar)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Horizon (years)</source>
      <translation>Horizon (jaren)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Concentration threshold (% vulnerable households)</source>
      <translation>Concentratiegrens (% kwetsbare huishoudens)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Relative risk of a social tenant to be vulnerable</source>
      <translation>Relatief risico dat een sociale huurder kwetsbaar is</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Share of social vacancies to aandachtsgroepen (%)</source>
      <translation>Deel van de sociale vrijkomers naar aandachtsgroepen (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurten with the balance</source>
      <translation>Buurten met de balans</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Balance per gemeente (and regio)</source>
      <translation>Balans per gemeente (en regio)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Summary (HTML)</source>
      <translation>Samenvatting (HTML)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Scenario feasible</source>
      <translation>Scenario haalbaar</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Compensation needed (dwellings)</source>
      <translation>Benodigde compensatie (woningen)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurten crossing the threshold</source>
      <translation>Buurten die boven de grens komen</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Gap to the target (dwellings)</source>
      <translation>Tekort ten opzichte van het doel (woningen)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Scenario evaluated</source>
      <translation>Doorgerekend scenario</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Field '{field}' does not exist in the buurt layer ({parameter}).</source>
      <translation>Veld '{field}' bestaat niet in de buurtlaag ({parameter}).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>No field for {parameter} found in the buurt layer; choose one.</source>
      <translation>Geen veld voor {parameter} gevonden in de buurtlaag; kies er een.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Cannot read the buurt layer.</source>
      <translation>De buurtlaag kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Cannot read the measures table.</source>
      <translation>De maatregelentabel kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>No dwellings field and no households field found in the buurt layer; choose one.</source>
      <translation>Geen woningenveld en geen huishoudensveld gevonden in de buurtlaag; kies er een.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Households field '{field}' is used as the number of dwellings.</source>
      <translation>Het huishoudensveld '{field}' wordt gebruikt als aantal woningen.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>{role}: field '{field}'.</source>
      <translation>{role}: veld '{field}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Cannot create the output layer.</source>
      <translation>Kan de uitvoerlaag niet aanmaken.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Cannot create the summary table.</source>
      <translation>De overzichtstabel kan niet worden gemaakt.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Cannot write the HTML summary {path}: {error}</source>
      <translation>De HTML-samenvatting {path} kan niet worden geschreven: {error}</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Scenario '{scenario}': {n} measure(s).</source>
      <translation>Scenario '{scenario}': {n} maatregel(en).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>{level} {area}: social rent {before} of {dwellings} dwellings ({share_before} %) becomes {after} of {dwellings_after} ({share_after} %); target {target} %, gap {gap} dwellings; compensation needed {compensation}.</source>
      <translation>{level} {area}: sociale huur {before} van {dwellings} woningen ({share_before} %) wordt {after} van {dwellings_after} ({share_after} %); doel {target} %, tekort {gap} woningen; benodigde compensatie {compensation}.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>{level} {area}: {before} placements of aandachtsgroepen per year before, {after} after; allocation share elsewhere changes by {delta} percentage points; {n} buurt(en) cross the concentration threshold; feasible: {feasible}.</source>
      <translation>{level} {area}: {before} plaatsingen van aandachtsgroepen per jaar vooraf, {after} daarna; het toewijzingsaandeel elders verandert met {delta} procentpunt; {n} buurt(en) komen boven de concentratiegrens; haalbaar: {feasible}.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>yes</source>
      <translation>ja</translation>
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
      <location filename="../algorithms/layerio.py" />
      <source>Field '{field}' does not exist in the input layer{label}.</source>
      <translation>Veld '{field}' bestaat niet in de invoerlaag{label}.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>The measures table has no column '{column}'. Columns: scenario (optional), buurtcode, maatregel, segment, aantal, aandeel (for toewijzing), toelichting (optional).</source>
      <translation>De maatregelentabel heeft geen kolom '{column}'. Kolommen: scenario (optioneel), buurtcode, maatregel, segment, aantal, aandeel (voor toewijzing), toelichting (optioneel).</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>The measures table holds {n} scenarios: {scenarios}. Choose one with SCENARIO.</source>
      <translation>De maatregelentabel bevat {n} scenario's: {scenarios}. Kies er een met SCENARIO.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Scenario '{scenario}' is not in the measures table. Available: {scenarios}.</source>
      <translation>Scenario '{scenario}' staat niet in de maatregelentabel. Beschikbaar: {scenarios}.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): the buurtcode is empty.</source>
      <translation>Maatregel rij {row} ({values}): de buurtcode is leeg.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): buurtcode '{code}' occurs {n} times in the buurt layer.</source>
      <translation>Maatregel rij {row} ({values}): buurtcode '{code}' komt {n} keer voor in de buurtlaag.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): unknown buurtcode '{code}': it is not in the buurt layer.</source>
      <translation>Maatregel rij {row} ({values}): onbekende buurtcode '{code}': die staat niet in de buurtlaag.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): unknown maatregel '{value}'; use one of: {allowed}.</source>
      <translation>Maatregel rij {row} ({values}): onbekende maatregel '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): unknown segment '{value}'; use one of: {allowed}.</source>
      <translation>Maatregel rij {row} ({values}): onbekend segment '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): {measure} needs a segment ({allowed}).</source>
      <translation>Maatregel rij {row} ({values}): {measure} heeft een segment nodig ({allowed}).</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): aankoop buys particuliere_huur or koop dwellings, not sociale_huur.</source>
      <translation>Maatregel rij {row} ({values}): aankoop koopt particuliere_huur- of koopwoningen, geen sociale_huur.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): aantal must be a whole number of dwellings, 0 or more (found '{value}').</source>
      <translation>Maatregel rij {row} ({values}): aantal moet een geheel aantal woningen zijn, 0 of meer (gevonden: '{value}').</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): aandeel must be a number from 0 to 1 (found '{value}').</source>
      <translation>Maatregel rij {row} ({values}): aandeel moet een getal van 0 tot en met 1 zijn (gevonden: '{value}').</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): toewijzing needs an aandeel from 0 to 1.</source>
      <translation>Maatregel rij {row} ({values}): toewijzing heeft een aandeel van 0 tot en met 1 nodig.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): buurt {code} has no dwellings or corporation share in the buurt layer, so the measure cannot be applied.</source>
      <translation>Maatregel rij {row} ({values}): buurt {code} heeft geen aantal woningen of corporatieaandeel in de buurtlaag, dus de maatregel kan niet worden toegepast.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): buurt {code} already has a toewijzing in row {first}.</source>
      <translation>Maatregel rij {row} ({values}): buurt {code} heeft al een toewijzing in rij {first}.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Measure row {row} ({values}): this makes the {segment} stock of buurt {code} negative ({stock}).</source>
      <translation>Maatregel rij {row} ({values}): hierdoor wordt de voorraad {segment} van buurt {code} negatief ({stock}).</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>RELATIVE_RISK must be 1 or more (found {value}).</source>
      <translation>RELATIVE_RISK moet 1 of meer zijn (gevonden: {value}).</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>TURNOVER must be a percentage from 0 to 100 (found {value}).</source>
      <translation>TURNOVER moet een percentage van 0 tot en met 100 zijn (gevonden: {value}).</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>No dwellings field: the number of households is used as the number of dwellings.</source>
      <translation>Geen woningenveld: het aantal huishoudens wordt gebruikt als aantal woningen.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>The buurt layer needs a dwellings (or households) field.</source>
      <translation>De buurtlaag heeft een veld met woningen (of huishoudens) nodig.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>{n} buurt(en) have no valid dwellings count or corporation share and take no part: {codes}</source>
      <translation>{n} buurt(en) hebben geen geldig aantal woningen of corporatieaandeel en doen niet mee: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>{n} buurt(en) have no owner-occupied share; their koop stock counts as 0: {codes}</source>
      <translation>{n} buurt(en) hebben geen aandeel koopwoningen; hun koopvoorraad telt als 0: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>{n} buurt(en): corporation share plus owner-occupied share exceed 100 %; koop is reduced so that particuliere huur is not negative: {codes}</source>
      <translation>{n} buurt(en): corporatieaandeel plus aandeel koopwoningen is meer dan 100 %; koop is verlaagd zodat particuliere huur niet negatief wordt: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>No owner-occupied share: all dwellings that are not social rent count as particuliere huur.</source>
      <translation>Geen aandeel koopwoningen: alle woningen die geen sociale huur zijn, tellen als particuliere huur.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>{n} buurt(en) have no vulnerable share (or no dwellings); their concentration among social tenants is taken as ALLOCATION_SHARE ({share} %): {codes}</source>
      <translation>{n} buurt(en) hebben geen aandeel kwetsbare huishoudens (of geen woningen); hun concentratie onder sociale huurders is gelijkgesteld aan ALLOCATION_SHARE ({share} %): {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Scenario not feasible in {level} {area}: {n} placements of aandachtsgroepen per year cannot be made; buurten that would need more than 100 % of their social vacancies: {codes}</source>
      <translation>Scenario niet haalbaar in {level} {area}: {n} plaatsingen van aandachtsgroepen per jaar kunnen niet worden gedaan; buurten die meer dan 100 % van hun sociale vrijkomers zouden moeten toewijzen: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Scenario not feasible in {level} {area}: the fixed allocations (toewijzing) place {n} more aandachtsgroepen per year than there are today, and no other buurt can take fewer.</source>
      <translation>Scenario niet haalbaar in {level} {area}: de vaste toewijzingen plaatsen {n} aandachtsgroepen per jaar meer dan er nu zijn, en geen andere buurt kan er minder opnemen.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>{level} {area}: {n} buurt(en) would get a negative allocation share; it is set to 0 and the change is spread over the other buurten: {codes}</source>
      <translation>{level} {area}: {n} buurt(en) zouden een negatief toewijzingsaandeel krijgen; dat is op 0 gezet en de verandering is over de andere buurten verdeeld: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Gemeente {area}: {n} social dwellings need compensation, but no buurt qualifies as a candidate (valid, not under pressure, social share below the target).</source>
      <translation>Gemeente {area}: {n} sociale huurwoningen moeten worden gecompenseerd, maar geen buurt komt in aanmerking (geldig, niet onder druk, aandeel sociale huur onder het doel).</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Gemeente {area}: the compensation ({n}) is larger than the room below the target in the candidate buurten ({room}); the suggested spread takes them above the target.</source>
      <translation>Gemeente {area}: de compensatie ({n}) is groter dan de ruimte onder het doel in de kandidaatbuurten ({room}); met de voorgestelde verdeling komen die boven het doel.</translation>
    </message>
    <message>
      <location filename="../core/balance.py" />
      <source>Gemeente {area}: {share} % of the new-build programme is affordable (sociale or particuliere huur), below the two-thirds norm.</source>
      <translation>Gemeente {area}: {share} % van het nieuwbouwprogramma is betaalbaar (sociale of particuliere huur), minder dan de tweederdenorm.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>regio {name}</source>
      <translation>regio {name}</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Social-rent share before and after, against the target</source>
      <translation>Aandeel sociale huur voor en na, ten opzichte van het doel</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>target</source>
      <translation>doel</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>before</source>
      <translation>voor</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>after</source>
      <translation>na</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>(unnamed)</source>
      <translation>(zonder naam)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>The scenario is NOT feasible.</source>
      <translation>Het scenario is NIET haalbaar.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>The scenario is feasible.</source>
      <translation>Het scenario is haalbaar.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Citywide balance</source>
      <translation>Stadsbrede balans</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>{n} measure(s); compensation needed: {compensation} social dwellings; {k} buurt(en) cross the concentration threshold within {years} years.</source>
      <translation>{n} maatregel(en); benodigde compensatie: {compensation} sociale huurwoningen; {k} buurt(en) komen binnen {years} jaar boven de concentratiegrens.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Social rent per area</source>
      <translation>Sociale huur per gebied</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Area</source>
      <translation>Gebied</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Dwellings before</source>
      <translation>Woningen voor</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Dwellings after</source>
      <translation>Woningen na</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Social rent before</source>
      <translation>Sociale huur voor</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Social rent after</source>
      <translation>Sociale huur na</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Share before (%)</source>
      <translation>Aandeel voor (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Share after (%)</source>
      <translation>Aandeel na (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Gap to target</source>
      <translation>Tekort tot doel</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Compensation needed</source>
      <translation>Benodigde compensatie</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>New build social (%)</source>
      <translation>Nieuwbouw sociaal (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>New build affordable (%)</source>
      <translation>Nieuwbouw betaalbaar (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Target: {target} % social rent. New build: at least two thirds affordable (social rent plus particuliere huur).</source>
      <translation>Doel: {target} % sociale huur. Nieuwbouw: minstens twee derde betaalbaar (sociale huur plus particuliere huur).</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Allocation to aandachtsgroepen (waterbed)</source>
      <translation>Toewijzing aan aandachtsgroepen (waterbed)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Placements per year before</source>
      <translation>Plaatsingen per jaar voor</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Placements per year after</source>
      <translation>Plaatsingen per jaar na</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Change elsewhere (percentage points)</source>
      <translation>Verandering elders (procentpunt)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Cannot be placed</source>
      <translation>Niet te plaatsen</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Feasible</source>
      <translation>Haalbaar</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Where the placements shift (largest changes)</source>
      <translation>Waar de plaatsingen naartoe schuiven (grootste veranderingen)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Buurt</source>
      <translation>Buurt</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Allocation share before (%)</source>
      <translation>Toewijzingsaandeel voor (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Allocation share after (%)</source>
      <translation>Toewijzingsaandeel na (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Buurten that cross the concentration threshold</source>
      <translation>Buurten die boven de concentratiegrens komen</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Vulnerable now (%)</source>
      <translation>Kwetsbaar nu (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Vulnerable after (%)</source>
      <translation>Kwetsbaar straks (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Suggested compensation</source>
      <translation>Voorgestelde compensatie</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Gemeente</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Room below the target</source>
      <translation>Ruimte onder het doel</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Suggested extra social dwellings</source>
      <translation>Voorgestelde extra sociale huurwoningen</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>… and {n} more buurten.</source>
      <translation>… en nog {n} buurten.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Measures</source>
      <translation>Maatregelen</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Measure</source>
      <translation>Maatregel</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Number</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Row</source>
      <translation>Rij</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Share</source>
      <translation>Aandeel</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Explanation</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Notes</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Parameters: target {target} %, turnover {turnover} % per year, horizon {horizon} years, threshold {threshold} %, relative risk {risk}, allocation share {allocation} %. Method: Veerkracht, docs/balance.md.</source>
      <translation>Parameters: doel {target} %, mutatiegraad {turnover} % per jaar, horizon {horizon} jaar, grens {threshold} %, relatief risico {risk}, toewijzingsaandeel {allocation} %. Methode: Veerkracht, docs/balance.md.</translation>
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
