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
      <source>Styles a buurt layer as one of the nine Veerkracht maps, with Dutch legends and colour-blind-safe colours: 1 Signaleringskaart (absoluut), 2 Signaleringskaart (relatief), 3 Concentratie kwetsbare bewoners, 4 Ontwikkeling kwetsbare bewoners, 5 Overlast en onveiligheid, 6 Ontwikkeling overlast en onveiligheid, 7 Aandeel corporatiebezit, 8 Veerkrachtscore, 9 Focuskaart.&lt;br&gt;&lt;br&gt;A layer in the project is restyled in place; nothing else about it changes. When the layer is a GeoPackage, the style is also stored inside the file as its default style (with &lt;i&gt;all nine&lt;/i&gt;: all nine as named styles, map 1 as default), so the file opens styled in any QGIS. Buurten without data are hatched grey; on maps 1 and 2 the early-warning signal (vk_signaal) is marked with a dashed outline and a yellow triangle.</source>
      <translation>Geeft een buurtlaag de opmaak van een van de negen veerkrachtkaarten, met Nederlandse legenda's en kleuren die ook bij kleurenblindheid te onderscheiden zijn: 1 Signaleringskaart (absoluut), 2 Signaleringskaart (relatief), 3 Concentratie kwetsbare bewoners, 4 Ontwikkeling kwetsbare bewoners, 5 Overlast en onveiligheid, 6 Ontwikkeling overlast en onveiligheid, 7 Aandeel corporatiebezit, 8 Veerkrachtscore, 9 Focuskaart.&lt;br&gt;&lt;br&gt;Een laag in het project krijgt de nieuwe opmaak ter plekke; verder verandert er niets aan. Is de laag een GeoPackage, dan wordt de stijl ook in het bestand opgeslagen als standaardstijl (bij &lt;i&gt;alle negen&lt;/i&gt;: alle negen als benoemde stijlen, kaart 1 als standaard), zodat het bestand in elke QGIS met opmaak opent. Buurten zonder gegevens zijn grijs gearceerd; op kaart 1 en 2 is het vroege signaal (vk_signaal) gemarkeerd met een gestreepte rand en een gele driehoek.</translation>
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
      <source>A layer in the project or a file, normally the output of veerkracht:score, which writes the fields the maps show (vk_klasse, vk_klasse_rel, vk_k_niveau, vk_dk, vk_p_niveau, vk_dp, vk_score, vk_focus, vk_signaal).</source>
      <translation>Een laag in het project of een bestand, meestal de uitvoer van veerkracht:score, die de velden schrijft die de kaarten tonen (vk_klasse, vk_klasse_rel, vk_k_niveau, vk_dk, vk_p_niveau, vk_dp, vk_score, vk_focus, vk_signaal).</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Map</source>
      <translation>Kaart</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>One of the nine maps, or all nine: then the layer gets every map it has the fields for as a named style (switch with right-click › Styles) and shows map 1.</source>
      <translation>Een van de negen kaarten, of alle negen: dan krijgt de laag elke kaart waarvoor ze de velden heeft als benoemde stijl (wisselen via rechtermuisklik › Stijlen) en toont ze kaart 1.</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Corporation share field (%, map 7; empty: detect)</source>
      <translation>Veld aandeel corporatiebezit (%, kaart 7; leeg: automatisch zoeken)</translation>
    </message>
    <message>
      <location filename="../algorithms/applystyle.py" />
      <source>Map 7 only: the share of corporation dwellings in % (p_corporatie_t1 from veerkracht:preparecbs, or the CBS field P_HUURCORP, P_WCORPW or perc_huurwoningen_in_bezit_woningcorporaties). Left empty, it is detected.</source>
      <translation>Alleen kaart 7: het aandeel corporatiewoningen in % (p_corporatie_t1 uit veerkracht:preparecbs, of het CBS-veld P_HUURCORP, P_WCORPW of perc_huurwoningen_in_bezit_woningcorporaties). Leeg gelaten wordt het veld automatisch gevonden.</translation>
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
      <location filename="../algorithms/balance.py" />
      <source>Check citywide balance of a housing scenario</source>
      <translation>Controleer de stadsbrede balans van een woningscenario</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Tests a housing-stock scenario (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing) against the citywide balance: the social-rent share per gemeente, the compensation a loss of social dwellings needs elsewhere, and the waterbed effect of allocation on the concentration of vulnerable households after a number of years.&lt;br&gt;&lt;br&gt;Social stock S = round(W × share / 100), koop likewise, particuliere huur = W − S − koop. Wrong rows in the measures table stop the algorithm with one message that lists every wrong row: its number (1 = first measure), its values and what is wrong; nothing is written.&lt;br&gt;&lt;br&gt;&lt;b&gt;Written&lt;/b&gt;: a copy of the buurt layer with vk_soc_voor/na, vk_won_voor/na, vk_socaandeel_voor/na, vk_plaatsing_voor/na (placements per year), vk_kwetsbaar_voor/na, vk_kantelt (crosses the threshold), vk_compensatie (suggested extra social dwellings), vk_toewijzing_voor/na and vk_soc_kwetsbaar_voor/na (all shares in %); a summary table per gemeente (and regio) with the stock, the gap to the target, the compensation needed, the new-build shares against the two-thirds norm, the placements and whether the scenario is feasible; optionally a one-page HTML summary, in Dutch (default) or English (&lt;b&gt;Language of the document&lt;/b&gt;).&lt;br&gt;&lt;br&gt;&lt;b&gt;One verdict&lt;/b&gt;, first in the log, the HTML and the summary (column reden): feasible exactly when every placement of aandachtsgroepen still finds a social vacancy. The waterbed fills only buurten with room: a buurt that already gives all its social vacancies to aandachtsgroepen takes nothing extra, and the scenario is not feasible only when the buurten together have too few vacancies. Then the social-rent target (met or not, with the shortfall), then the norms (compensation needed, the two-thirds new-build norm). A measure whose aantal exceeds all dwellings of its gemeente, or new build above 10 times a buurt's dwellings (at least 200 counted), is an error naming the row.</source>
      <translation>Toetst een scenario voor de woningvoorraad (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing) aan de stadsbrede balans: het aandeel sociale huur per gemeente, de compensatie die een verlies aan sociale huurwoningen elders vraagt, en het waterbedeffect van toewijzing op de concentratie kwetsbare huishoudens na een aantal jaren.&lt;br&gt;&lt;br&gt;Sociale voorraad S = afgerond(W × aandeel / 100), koop net zo, particuliere huur = W − S − koop. Foute rijen in de maatregelentabel stoppen het algoritme met één melding die elke foute rij noemt: het rijnummer (1 = eerste maatregel), de waarden en wat er mis is; er wordt niets geschreven.&lt;br&gt;&lt;br&gt;&lt;b&gt;Geschreven&lt;/b&gt;: een kopie van de buurtlaag met vk_soc_voor/na, vk_won_voor/na, vk_socaandeel_voor/na, vk_plaatsing_voor/na (plaatsingen per jaar), vk_kwetsbaar_voor/na, vk_kantelt (komt boven de grens), vk_compensatie (voorgestelde extra sociale huurwoningen), vk_toewijzing_voor/na en vk_soc_kwetsbaar_voor/na (alle aandelen in %); een overzichtstabel per gemeente (en regio) met de voorraad, het tekort ten opzichte van het doel, de benodigde compensatie, de nieuwbouwaandelen tegen de tweederdenorm, de plaatsingen en of het scenario haalbaar is; optioneel een samenvatting van één pagina in HTML, in het Nederlands (standaard) of het Engels (&lt;b&gt;Taal van het document&lt;/b&gt;).&lt;br&gt;&lt;br&gt;&lt;b&gt;Eén oordeel&lt;/b&gt;, als eerste in het logboek, de HTML en het overzicht (kolom reden): haalbaar precies wanneer elke plaatsing van aandachtsgroepen nog een vrijkomende sociale huurwoning vindt. Het waterbed vult alleen buurten met ruimte: een buurt die al al haar vrijkomende sociale huurwoningen aan aandachtsgroepen toewijst, neemt niets extra, en het scenario is alleen niet haalbaar als de buurten samen te weinig vrijkomende woningen hebben. Daarna het doel sociale huur (gehaald of niet, met het tekort), dan de normen (compensatie nodig, de tweederdenorm voor nieuwbouw). Een maatregel waarvan het aantal groter is dan alle woningen van de gemeente, of nieuwbouw boven 10 keer de woningen van een buurt (minstens 200 gerekend), is een fout die de rij noemt.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurt layer</source>
      <translation>Buurtlaag</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>One feature per buurt.</source>
      <translation>Eén object per buurt.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Measures table (CSV, GeoPackage table or table layer)</source>
      <translation>Maatregelentabel (CSV, GeoPackage-tabel of tabellaag)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>One row per measure: scenario, buurtcode, maatregel (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing), segment (sociale_huur, particuliere_huur, koop; needed for sloop, nieuwbouw and aankoop), aantal (dwellings, whole number), aandeel (0–1, share of social vacancies to aandachtsgroepen, toewijzing only), toelichting.</source>
      <translation>Eén rij per maatregel: scenario, buurtcode, maatregel (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing), segment (sociale_huur, particuliere_huur, koop; nodig bij sloop, nieuwbouw en aankoop), aantal (woningen, geheel getal), aandeel (0–1, deel van de sociale huurvrijkomers voor aandachtsgroepen, alleen bij toewijzing), toelichting.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Scenario (empty: the only scenario in the table)</source>
      <translation>Scenario (leeg: het enige scenario in de tabel)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>The scenario to evaluate; may stay empty when the table holds one.</source>
      <translation>Het door te rekenen scenario; mag leeg blijven als de tabel er één bevat.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurten with the balance</source>
      <translation>Buurten met de balans</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>A copy of the buurt layer with the balance per buurt.</source>
      <translation>Een kopie van de buurtlaag met de balans per buurt.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Balance per gemeente (and regio)</source>
      <translation>Balans per gemeente (en regio)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>One row per gemeente (and regio): the stock, the gap to the target, the compensation needed and whether the scenario is feasible.</source>
      <translation>Eén rij per gemeente (en regio): de voorraad, het tekort ten opzichte van het doel, de benodigde compensatie en of het scenario haalbaar is.</translation>
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
      <source>Optional: a one-page summary for the gebiedsatelier.</source>
      <translation>Optioneel: een samenvatting van één pagina voor het gebiedsatelier.</translation>
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
      <source>Social-rent target met</source>
      <translation>Doel sociale huur gehaald</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Feasibility in one sentence</source>
      <translation>Haalbaarheid in één zin</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Vulnerable share field used</source>
      <translation>Gebruikt veld aandeel kwetsbare huishoudens</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Buurt code field</source>
      <translation>Veld buurtcode</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Default buurtcode, else BU_CODE.</source>
      <translation>Standaard buurtcode, anders BU_CODE.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Default gemeentecode, else GM_CODE.</source>
      <translation>Standaard gemeentecode, anders GM_CODE.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Gemeente field</source>
      <translation>Veld gemeente</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Optional. With a regio the placements of aandachtsgroepen are conserved over the regio instead of per gemeente.</source>
      <translation>Optioneel. Met een regio blijft het aantal plaatsingen van aandachtsgroepen gelijk over de hele regio in plaats van per gemeente.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Regio field</source>
      <translation>Veld regio</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Default woningen_t1, else WONINGEN; without a dwellings field the number of households is used, with a warning.</source>
      <translation>Standaard woningen_t1, anders WONINGEN; zonder woningenveld wordt het aantal huishoudens gebruikt, met een waarschuwing.</translation>
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
      <source>Default p_corporatie_t1, else P_HUURCORP/P_WCORPW.</source>
      <translation>Standaard p_corporatie_t1, anders P_HUURCORP/P_WCORPW.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Owner-occupied share field (%)</source>
      <translation>Veld aandeel koopwoningen (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Optional. Default p_koopwoningen_t1, else P_KOOPWON.</source>
      <translation>Optioneel. Standaard p_koopwoningen_t1, anders P_KOOPWON.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Optional. The share of vulnerable households, e.g. low income; without it the share of social vacancies to aandachtsgroepen is used.</source>
      <translation>Optioneel. Het aandeel kwetsbare huishoudens, bijvoorbeeld laag inkomen; zonder dit veld geldt het deel van de sociale vrijkomers dat naar aandachtsgroepen gaat.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Vulnerable share field (% of households)</source>
      <translation>Veld aandeel kwetsbare huishoudens (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Class field (vk_klasse)</source>
      <translation>Klasseveld (vk_klasse)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Optional. Default vk_klasse from veerkracht:score: buurten 'onder_druk' or 'problemen' are no compensation candidates.</source>
      <translation>Optioneel. Standaard vk_klasse uit veerkracht:score: buurten 'onder_druk' of 'problemen' zijn geen kandidaat voor compensatie.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Target social-rent share (%)</source>
      <translation>Doel aandeel sociale huur (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>The citywide target for the social-rent share (default 30 %).</source>
      <translation>Het stadsbrede doel voor het aandeel sociale huur (standaard 30 %).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Turnover of social dwellings (% per year)</source>
      <translation>Mutatiegraad sociale huurwoningen (% per jaar)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Share of the social dwellings that become vacant per year (default 7 %).</source>
      <translation>Deel van de sociale huurwoningen dat per jaar vrijkomt (standaard 7 %).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Horizon (years)</source>
      <translation>Horizon (jaren)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>The number of years after which the concentration of vulnerable households is assessed (default 5).</source>
      <translation>Het aantal jaren waarna de concentratie kwetsbare huishoudens wordt beoordeeld (standaard 5).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Concentration threshold (% vulnerable households)</source>
      <translation>Concentratiegrens (% kwetsbare huishoudens)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>A buurt that rises above this share of vulnerable households crosses the threshold (default 45 %).</source>
      <translation>Een buurt die boven dit aandeel kwetsbare huishoudens uitkomt, kantelt (standaard 45 %).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Relative risk of a social tenant to be vulnerable</source>
      <translation>Relatief risico dat een sociale huurder kwetsbaar is</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>A social tenant is this many times more likely to be vulnerable (default 3).</source>
      <translation>Een sociale huurder is zoveel keer vaker kwetsbaar (standaard 3).</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Share of social vacancies to aandachtsgroepen (%)</source>
      <translation>Deel van de sociale vrijkomers naar aandachtsgroepen (%)</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>Used when there is no vulnerable share field (default 30 %).</source>
      <translation>Gebruikt als er geen veld met het aandeel kwetsbare huishoudens is (standaard 30 %).</translation>
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
      <source>{level} {area}: social rent {before} of {dwellings} dwellings ({share_before} %) becomes {after} of {dwellings_after} ({share_after} %); target {target} %, short of the target (tekort) {gap} dwellings; compensation needed (social dwellings removed on balance) {compensation}.</source>
      <translation>{level} {area}: sociale huur {before} van {dwellings} woningen ({share_before} %) wordt {after} van {dwellings_after} ({share_after} %); doel {target} %, tekort ten opzichte van het doel {gap} woningen; compensatie nodig (per saldo weggehaalde sociale huurwoningen) {compensation}.</translation>
    </message>
    <message>
      <location filename="../algorithms/balance.py" />
      <source>{level} {area}: {before} placements of aandachtsgroepen per year before, {after} after; allocation share elsewhere changes by {delta} percentage points; {n} buurt(en) cross the concentration threshold.</source>
      <translation>{level} {area}: {before} plaatsingen van aandachtsgroepen per jaar vooraf, {after} daarna; het toewijzingsaandeel elders verandert met {delta} procentpunt; {n} buurt(en) komen boven de concentratiedrempel.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Veerkracht in beeld</source>
      <translation>Veerkracht in beeld</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Wijkschetsen en handelingsperspectieven</source>
      <translation>Wijkschetsen en handelingsperspectieven</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Impact op de hele stad</source>
      <translation>Impact op de hele stad</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Rapportage</source>
      <translation>Rapportage</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Hover over a parameter to read what it expects and what its default is.</source>
      <translation>Houd de muis boven een parameter om te lezen wat die verwacht en wat de standaardwaarde is.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Veerkracht computes signals, it does not explain them: use the maps to start the conversation about a buurt, not to end it. Method: see docs/method.md in the plugin repository.</source>
      <translation>Veerkracht signaleert, het verklaart niet: gebruik de kaarten om het gesprek over een buurt te beginnen, niet om het af te sluiten. Methode: zie docs/method.md in de repository van de plugin.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Language of the document</source>
      <translation>Taal van het document</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>English</source>
      <translation>Engels (English)</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Nederlands (Dutch)</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>The language of the document written, whatever language QGIS runs in.</source>
      <translation>De taal van het geschreven document, in welke taal QGIS ook draait.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Cannot create the output layer.</source>
      <translation>Kan de uitvoerlaag niet aanmaken.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Cannot write {path}: {error}</source>
      <translation>Kan {path} niet schrijven: {error}</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>Fast GeoPackage copy not possible ({error}); writing feature by feature.</source>
      <translation>Snelle GeoPackage-kopie niet mogelijk ({error}); er wordt object voor object geschreven.</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" />
      <source>GeoPackage copied directly, without passing the features through QGIS (fast path).</source>
      <translation>GeoPackage rechtstreeks gekopieerd, zonder de objecten door QGIS te halen (snelle route).</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Export tags per buurt (CSV, XLSX)</source>
      <translation>Tags per buurt exporteren (CSV, XLSX)</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Writes the handelingsperspectieven, the texts of the wijkschets and the key figures of every buurt as a spreadsheet for the wijkteam: one row per buurt, Dutch column headings, as CSV (semicolons, decimal comma: Dutch spreadsheets open it as it is) and/or as an Excel workbook (XLSX). A perspective not yet discussed stays an empty cell, not 0. The layer itself is only read.</source>
      <translation>Schrijft de handelingsperspectieven, de teksten van de wijkschets en de kerncijfers van elke buurt als spreadsheet voor het wijkteam: één rij per buurt, Nederlandse kolomkoppen, als CSV (puntkomma's, decimale komma: een Nederlandse spreadsheet opent het zoals het is) en/of als Excel-werkmap (XLSX). Een perspectief dat nog niet besproken is blijft een lege cel, geen 0. De laag zelf wordt alleen gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Buurt layer with tags</source>
      <translation>Buurtlaag met tags</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>The buurt layer the dock tags (vk_hp_* and the wijkschets fields), normally scored by veerkracht:score. Selected features only, when that box is ticked.</source>
      <translation>De buurtlaag die het paneel tagt (vk_hp_* en de velden van de wijkschets), normaal berekend met veerkracht:score. Alleen de geselecteerde objecten als dat vakje is aangevinkt.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Only buurten with tags</source>
      <translation>Alleen buurten met tags</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Leave out the buurten without any handelingsperspectief or text yet.</source>
      <translation>Laat de buurten weg die nog geen handelingsperspectief of tekst hebben.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Tags per buurt (CSV)</source>
      <translation>Tags per buurt (CSV)</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>A CSV file with semicolons and decimal commas, UTF-8; empty: no CSV.</source>
      <translation>Een CSV-bestand met puntkomma's en decimale komma's, UTF-8; leeg: geen CSV.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Tags per buurt (XLSX)</source>
      <translation>Tags per buurt (XLSX)</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>An Excel workbook with one sheet 'Buurten' (GDAL's XLSX driver); empty: no workbook.</source>
      <translation>Een Excel-werkmap met één blad 'Buurten' (de XLSX-driver van GDAL); leeg: geen werkmap.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Buurten written</source>
      <translation>Buurten geschreven</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Buurten with tags</source>
      <translation>Buurten met tags</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>The file {path} must end in {extension}: choose a file name with that extension.</source>
      <translation>Het bestand {path} moet eindigen op {extension}: kies een bestandsnaam met die extensie.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>The output {path} is the input layer's own file: choose another file name.</source>
      <translation>De uitvoer {path} is het bestand van de invoerlaag zelf: kies een andere bestandsnaam.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>Choose a CSV or an XLSX file (or both) to write the tags to.</source>
      <translation>Kies een CSV- of XLSX-bestand (of beide) om de tags naar te schrijven.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>The input layer cannot be read.</source>
      <translation>De invoerlaag kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>The layer has no tag fields yet (vk_hp_*, vk_probleemanalyse, ...): the tag columns stay empty. Tag buurten in the dock first.</source>
      <translation>De laag heeft nog geen tagvelden (vk_hp_*, vk_probleemanalyse, ...): de tagkolommen blijven leeg. Tag eerst buurten in het paneel.</translation>
    </message>
    <message>
      <location filename="../algorithms/exporttags.py" />
      <source>{n} buurten written to {path}.</source>
      <translation>{n} buurten geschreven naar {path}.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Join Leefbaarometer scores</source>
      <translation>Leefbaarometerscores koppelen</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Adds Leefbaarometer scores for two years to a buurt layer, as fields such as &lt;b&gt;lbm_onv_t0&lt;/b&gt; and &lt;b&gt;lbm_onv_t1&lt;/b&gt;. A file with &lt;i&gt;bu_code&lt;/i&gt; is joined per buurt on the buurt code; a file with &lt;i&gt;wk_code&lt;/i&gt; per wijk on the wijk code, so every buurt gets the score of its wijk.&lt;br&gt;&lt;br&gt;&lt;b&gt;Several years&lt;/b&gt; (for veerkracht:monitor): with YEARS, e.g. 2014, 2018, 2020, 2022, the fields are named by year instead (lbm_onv_2014, lbm_onv_2018, ...) and the first and second year are not used.&lt;br&gt;&lt;br&gt;The scores come from a CSV file as downloaded (UTF-8 or Windows-1252 as Excel writes it, ',' or ';' separated) or from a Leefbaarometer table already loaded in QGIS. 'NA', empty cells and cells that are no number become NULL (counted in the log). A year without scores in the file is an error that lists the years that have scores; a code that appears twice for a year with different values is an error too. Buurten without a match are listed in the log. The input is not changed.</source>
      <translation>Voegt Leefbaarometerscores voor twee jaren toe aan een buurtlaag, als velden zoals &lt;b&gt;lbm_onv_t0&lt;/b&gt; en &lt;b&gt;lbm_onv_t1&lt;/b&gt;. Een bestand met &lt;i&gt;bu_code&lt;/i&gt; wordt per buurt gekoppeld op de buurtcode; een bestand met &lt;i&gt;wk_code&lt;/i&gt; per wijk op de wijkcode, zodat elke buurt de score van haar wijk krijgt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Meerdere jaren&lt;/b&gt; (voor veerkracht:monitor): met YEARS, bijv. 2014, 2018, 2020, 2022, krijgen de velden het jaar als naam (lbm_onv_2014, lbm_onv_2018, ...) en worden het eerste en tweede jaar niet gebruikt.&lt;br&gt;&lt;br&gt;De scores komen uit een CSV-bestand zoals gedownload (UTF-8 of Windows-1252 zoals Excel schrijft, gescheiden door ',' of ';') of uit een Leefbaarometer-tabel die al in QGIS geladen is. 'NA', lege cellen en cellen die geen getal zijn worden NULL (geteld in het logboek). Een jaar zonder scores in het bestand is een fout die de jaren met scores noemt; een code die voor een jaar twee keer voorkomt met verschillende waarden is ook een fout. Buurten zonder match staan in het logboek. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Buurt polygons with a buurt or wijk code.</source>
      <translation>Buurtvlakken met een buurt- of wijkcode.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Leefbaarometer file (CSV, long format)</source>
      <translation>Leefbaarometerbestand (CSV, lang formaat)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>The CSV as downloaded (long format, one row per area and year), at buurt level (bu_code) or wijk level (wk_code). Leave it empty to use a loaded table layer instead.</source>
      <translation>De CSV zoals gedownload (lang formaat, één rij per gebied en jaar), op buurtniveau (bu_code) of wijkniveau (wk_code). Laat leeg om een geladen tabellaag te gebruiken.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>or a Leefbaarometer table loaded in QGIS</source>
      <translation>of een Leefbaarometer-tabel die in QGIS geladen is</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>A Leefbaarometer table (or layer) already in the project, with bu_code or wk_code, jaar and the scores; used when no file is given.</source>
      <translation>Een Leefbaarometer-tabel (of -laag) die al in het project staat, met bu_code of wk_code, jaar en de scores; gebruikt als er geen bestand is gekozen.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Buurt or wijk code field (empty: detect)</source>
      <translation>Veld met buurt- of wijkcode (leeg: automatisch)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>The buurt or wijk code in the layer; left empty, it is found from the CBS names (buurtcode/BU_CODE or wijkcode/WK_CODE).</source>
      <translation>De buurt- of wijkcode in de laag; leeg gelaten wordt het gevonden aan de hand van de CBS-namen (buurtcode/BU_CODE of wijkcode/WK_CODE).</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>A year that has scores in the given file; when it has none, the error lists the years that do.</source>
      <translation>Een jaar dat scores heeft in het gekozen bestand; heeft het er geen, dan noemt de foutmelding de jaren die ze wel hebben.</translation>
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
      <source>Several years (comma-separated; instead of t0 and t1)</source>
      <translation>Meerdere jaren (kommagescheiden; in plaats van t0 en t1)</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Optional, for veerkracht:monitor: e.g. "2014, 2018, 2020, 2022" writes lbm_onv_2014, lbm_onv_2018, ... instead of lbm_onv_t0 / lbm_onv_t1.</source>
      <translation>Optioneel, voor veerkracht:monitor: bijv. "2014, 2018, 2020, 2022" schrijft lbm_onv_2014, lbm_onv_2018, ... in plaats van lbm_onv_t0 / lbm_onv_t1.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Dimensions</source>
      <translation>Dimensies</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>onv = overlast en onveiligheid (default), lbm = overall score, afw, fys, soc, vrz, won. Higher is better for all of them.</source>
      <translation>onv = overlast en onveiligheid (standaard), lbm = totaalscore, afw, fys, soc, vrz, won. Bij alle dimensies is hoger beter.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Buurten with Leefbaarometer scores</source>
      <translation>Buurten met Leefbaarometerscores</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>A copy of the buurt layer with one field per dimension and year (lbm_onv_t0, lbm_onv_t1, ...).</source>
      <translation>Een kopie van de buurtlaag met één veld per dimensie en jaar (lbm_onv_t0, lbm_onv_t1, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Year '{value}' is not a year.</source>
      <translation>Jaar '{value}' is geen jaartal.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Year {year} is given twice.</source>
      <translation>Jaar {year} staat er twee keer in.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Leefbaarometer table: layer '{layer}'.</source>
      <translation>Leefbaarometer-tabel: laag '{layer}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/joinleefbaarometer.py" />
      <source>Choose a Leefbaarometer file or a Leefbaarometer table layer.</source>
      <translation>Kies een Leefbaarometer-bestand of een Leefbaarometer-tabellaag.</translation>
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
      <location filename="../algorithms/monitor.py" />
      <source>Veerkracht over time (monitor)</source>
      <translation>Veerkracht door de tijd (monitor)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Follows the veerkracht signal of every buurt over several periods: how its class developed, whether pressure persists.&lt;br&gt;&lt;br&gt;&lt;b&gt;Input&lt;/b&gt;: one buurt layer with every indicator and the population (and households) for each year, as fields &amp;lt;stem&amp;gt;_&amp;lt;year&amp;gt; (p_laag_inkomen_2016, inwoners_2018, lbm_onv_2020, ...); veerkracht:preparecbsyears and veerkracht:joinleefbaarometer write such fields. &lt;b&gt;YEARS&lt;/b&gt;: at least three years, e.g. 2016, 2018, 2020, 2022.&lt;br&gt;&lt;br&gt;&lt;b&gt;Periods&lt;/b&gt;: each pair of consecutive years and the whole span (first to last year). Every period is scored exactly as veerkracht:score scores it (docs/method.md §1): with its own valid buurten, reference set and standard deviations, the population of its later year.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: a copy of the buurt layer with &lt;b&gt;vk_traject&lt;/b&gt; (the periods' classes joined by '&amp;gt;'), &lt;b&gt;vk_n_onder_druk&lt;/b&gt; (number of periods classed onder_druk), &lt;b&gt;vk_aanhoudend&lt;/b&gt; (the last two periods both onder_druk or problemen: pressure that persists) and the whole span's fields with suffix _span (vk_klasse_span, vk_dk_span, ...); the table &lt;b&gt;vk_monitor&lt;/b&gt; (one row per buurt and period); the table &lt;b&gt;vk_overgangen&lt;/b&gt; (per pair of consecutive periods, the number of buurten going from one class to another, valid in both); and, where the layer holds handelingsperspectieven tags with vk_bijgewerkt, the table &lt;b&gt;vk_perspectieven&lt;/b&gt;: the population-weighted mean ΔP in a later period of buurten tagged before it (level 2 or more) and of the other buurten of the same class. That table describes, it shows no effect. The input is not changed.</source>
      <translation>Volgt het veerkrachtsignaal van elke buurt over meerdere perioden: hoe haar klasse zich ontwikkelde en of de druk aanhoudt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Invoer&lt;/b&gt;: één buurtlaag met elke indicator en de inwoners (en huishoudens) voor elk jaar, als velden &amp;lt;stam&amp;gt;_&amp;lt;jaar&amp;gt; (p_laag_inkomen_2016, inwoners_2018, lbm_onv_2020, ...); veerkracht:preparecbsyears en veerkracht:joinleefbaarometer schrijven zulke velden. &lt;b&gt;YEARS&lt;/b&gt;: minstens drie jaren, bijv. 2016, 2018, 2020, 2022.&lt;br&gt;&lt;br&gt;&lt;b&gt;Perioden&lt;/b&gt;: elk paar opeenvolgende jaren en de hele periode (eerste tot laatste jaar). Elke periode wordt precies zo berekend als veerkracht:score haar berekent (docs/method.md §1): met haar eigen geldige buurten, referentieset en standaardafwijkingen en de inwoners van haar laatste jaar.&lt;br&gt;&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een kopie van de buurtlaag met &lt;b&gt;vk_traject&lt;/b&gt; (de klassen van de perioden, verbonden door '&amp;gt;'), &lt;b&gt;vk_n_onder_druk&lt;/b&gt; (aantal perioden met klasse onder_druk), &lt;b&gt;vk_aanhoudend&lt;/b&gt; (de laatste twee perioden beide onder_druk of problemen: aanhoudende druk) en de velden van de hele periode met achtervoegsel _span (vk_klasse_span, vk_dk_span, ...); de tabel &lt;b&gt;vk_monitor&lt;/b&gt; (één rij per buurt en periode); de tabel &lt;b&gt;vk_overgangen&lt;/b&gt; (per paar opeenvolgende perioden het aantal buurten dat van de ene naar de andere klasse ging, geldig in beide); en, als de laag handelingsperspectieven-tags met vk_bijgewerkt heeft, de tabel &lt;b&gt;vk_perspectieven&lt;/b&gt;: de naar inwoners gewogen gemiddelde ΔP in een latere periode van buurten die daarvoor getagd zijn (niveau 2 of hoger) en van de andere buurten van dezelfde klasse. Die tabel beschrijft, zij toont geen effect. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>One feature per buurt with fields &lt;stem&gt;_&lt;year&gt; for every year (any CRS; kept).</source>
      <translation>Eén object per buurt met velden &lt;stam&gt;_&lt;jaar&gt; voor elk jaar (elk CRS; blijft behouden).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Years (comma-separated, at least 3)</source>
      <translation>Jaren (kommagescheiden, minstens 3)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>The years to follow, e.g. "2016, 2018, 2020, 2022"; each needs its own fields.</source>
      <translation>De jaren om te volgen, bijv. "2016, 2018, 2020, 2022"; elk jaar heeft eigen velden nodig.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Left empty, the field is found by its usual names; a named field must exist.</source>
      <translation>Leeg gelaten wordt het veld op zijn gebruikelijke namen gevonden; een opgegeven veld moet bestaan.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Buurtcode field</source>
      <translation>Veld met buurtcode</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Gemeente code field</source>
      <translation>Veld met gemeentecode</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Population field stem</source>
      <translation>Veldstam inwoners</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Fields &lt;stem&gt;_&lt;year&gt; with the number of inhabitants (default inwoners: inwoners_2016, ...).</source>
      <translation>Velden &lt;stam&gt;_&lt;jaar&gt; met het aantal inwoners (standaard inwoners: inwoners_2016, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Households field stem</source>
      <translation>Veldstam huishoudens</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Optional. Fields &lt;stem&gt;_&lt;year&gt; with the number of households (default huishoudens); not used when a year lacks them, unless you name another stem.</source>
      <translation>Optioneel. Velden &lt;stam&gt;_&lt;jaar&gt; met het aantal huishoudens (standaard huishoudens); niet gebruikt als een jaar ze mist, tenzij u een andere stam opgeeft.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Vulnerability indicators (field stems, comma-separated)</source>
      <translation>Indicatoren kwetsbaarheid (veldstammen, kommagescheiden)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Higher = more vulnerable; one stem per indicator, each with a field per year (default p_laag_inkomen).</source>
      <translation>Hoger = kwetsbaarder; één stam per indicator, elk met een veld per jaar (standaard p_laag_inkomen).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Weights of the vulnerability indicators (comma-separated; empty = all 1)</source>
      <translation>Gewichten van de indicatoren kwetsbaarheid (kommagescheiden; leeg = allemaal 1)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>One number per vulnerability indicator, separated by commas ("1, 2"), or by semicolons with decimal commas ("1;0,5"); empty = all 1.</source>
      <translation>Eén getal per indicator voor kwetsbaarheid, gescheiden door komma's ("1, 2"), of door puntkomma's met decimale komma's ("1;0,5"); leeg = allemaal 1.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Problem indicators (field stems, comma-separated)</source>
      <translation>Probleemindicatoren (veldstammen, kommagescheiden)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>One stem per indicator, each with a field per year (default lbm_onv: Leefbaarometer overlast en onveiligheid).</source>
      <translation>Eén stam per indicator, elk met een veld per jaar (standaard lbm_onv: Leefbaarometer overlast en onveiligheid).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Higher problem values are better (Leefbaarometer scores)</source>
      <translation>Hogere probleemwaarden zijn beter (Leefbaarometerscores)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>On for Leefbaarometer scores: the sign is turned so that higher = more problems.</source>
      <translation>Aan voor Leefbaarometerscores: het teken wordt omgedraaid zodat hoger = meer problemen.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Boundary change flag (3 = changed)</source>
      <translation>Indicator grenswijziging (3 = gewijzigd)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Optional. A field, or a stem with a field per year (vk_indeling_2018: a period uses its later year's flag); default vk_indeling, not used when absent.</source>
      <translation>Optioneel. Een veld, of een stam met een veld per jaar (vk_indeling_2018: een periode gebruikt de indicator van haar laatste jaar); standaard vk_indeling, niet gebruikt als het ontbreekt.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Minimum population</source>
      <translation>Minimum aantal inwoners</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>A buurt with fewer inhabitants (or an unknown number) is klein: no class, no statistics (default 100).</source>
      <translation>Een buurt met minder inwoners (of een onbekend aantal) is klein: geen klasse, geen statistiek (standaard 100).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Minimum households (when a households field is used)</source>
      <translation>Minimum aantal huishoudens (als een veld met huishoudens is gekozen)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>With a households field: a buurt with fewer households is klein (default 50).</source>
      <translation>Met een veld voor huishoudens: een buurt met minder huishoudens is klein (standaard 50).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Dead-band: a change within ± this value counts as stable</source>
      <translation>Dode zone: een verandering binnen ± deze waarde telt als stabiel</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>A change between minus and plus the dead-band (in standard deviations) counts as stable (default 0.25).</source>
      <translation>Een verandering tussen min en plus de dode zone (in standaardafwijkingen) telt als stabiel (standaard 0,25).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Veerkracht over time</source>
      <translation>Veerkracht door de tijd</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>A copy of the buurt layer with vk_traject, vk_n_onder_druk, vk_aanhoudend and the span's fields (suffix _span), styled as the trajectory map.</source>
      <translation>Een kopie van de buurtlaag met vk_traject, vk_n_onder_druk, vk_aanhoudend en de velden van de hele periode (achtervoegsel _span), opgemaakt als trajectkaart.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Monitor per period (vk_monitor)</source>
      <translation>Monitor per periode (vk_monitor)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>One row per buurt and period: buurtcode, periode, jaar_t0, jaar_t1, vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_reden.</source>
      <translation>Eén rij per buurt en periode: buurtcode, periode, jaar_t0, jaar_t1, vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_reden.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Transitions between periods (vk_overgangen)</source>
      <translation>Overgangen tussen perioden (vk_overgangen)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Per pair of consecutive periods: how many buurten (valid in both) went from class klasse_van to klasse_naar.</source>
      <translation>Per paar opeenvolgende perioden: hoeveel buurten (in beide geldig) van klasse klasse_van naar klasse_naar gingen.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>What followed the perspectives (vk_perspectieven)</source>
      <translation>Wat volgde op de perspectieven (vk_perspectieven)</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Optional. Descriptive: the mean ΔP in a later period of buurten tagged before it and of the others of the same class; empty without tags. It shows no effect.</source>
      <translation>Optioneel. Beschrijvend: de gemiddelde ΔP in een latere periode van buurten die daarvoor getagd zijn en van de andere buurten van dezelfde klasse; leeg zonder tags. Het toont geen effect.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>No field '{field}' (or a CBS name for it) in the input layer; choose the field for {parameter}.</source>
      <translation>Geen veld '{field}' (of een CBS-naam daarvoor) in de invoerlaag; kies het veld voor {parameter}.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Years {years}: periods {periods}.</source>
      <translation>Jaren {years}: perioden {periods}.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>No field '{field}' in the layer: {parameter} is not used.</source>
      <translation>Geen veld '{field}' in de laag: {parameter} wordt niet gebruikt.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Veerkracht: trajectory map</source>
      <translation>Veerkracht: trajectkaart</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Cannot store the style in {path}: {message}</source>
      <translation>Kan de stijl niet opslaan in {path}: {message}</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>{period}: {valid} of {total} buurten valid; {counts}.</source>
      <translation>{period}: {valid} van {total} buurten geldig; {counts}.</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>Pressure that persists (vk_aanhoudend): {n} buurt(en).</source>
      <translation>Aanhoudende druk (vk_aanhoudend): {n} buurt(en).</translation>
    </message>
    <message>
      <location filename="../algorithms/monitor.py" />
      <source>What followed the perspectives: {n} comparison(s) in vk_perspectieven; descriptive only, no evidence of an effect.</source>
      <translation>Wat volgde op de perspectieven: {n} vergelijking(en) in vk_perspectieven; alleen beschrijvend, geen bewijs van effect.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Prepare CBS buurten (two years)</source>
      <translation>CBS-buurten voorbereiden (twee jaren)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Reads two CBS Kerncijfers wijken en buurten layers (buurt polygons with key figures, as downloaded) and writes one buurt layer on the geometry of the second year with normalised field names, ready for the signal map (veerkracht:score).&lt;br&gt;&lt;br&gt;Each of the two layers may use any of the CBS field-name schemes: shapefile style (BU_CODE, AANT_INW, P_HH_LI, ...), GeoPackage/PDOK snake case (buurtcode, aantal_inwoners, percentage_huishoudens_met_laag_inkomen, ...) or the StatLine mnemonics (gwb_code, a_inw, p_hh_li, ...); the two may differ. Codes are normalised to text with prefix (BU + 8 characters); bare numbers get the prefix.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt; (CRS of t1, water removed): buurtcode, buurtnaam, wijkcode, gemeentecode, gemeentenaam (from t1; wijknaam when present; jaar_t0/jaar_t1 when the files have a year); every indicator as &amp;lt;name&amp;gt;_t0 and &amp;lt;name&amp;gt;_t1, e.g. inwoners, huishoudens, woningen, p_koopwoningen, p_huurwoningen, p_corporatie, p_laag_inkomen, p_sociaal_minimum, bijstand, woz, inkomen_per_inwoner (units as in the source); an indicator found in one year only is written for that year and logged.&lt;br&gt;&lt;b&gt;vk_indeling&lt;/b&gt;: 1 unchanged, 2 recoded only, 3 boundary changed (CBS flag IND_WBI/indelingswijziging = 3 in t1, or the polygons differ beyond the tolerance), 4 new buurt (not in t0). The CBS flag only compares with the year before t1, hence the geometry check. &lt;b&gt;vk_buurtcode_t0&lt;/b&gt;: the t0 code the buurt was matched to.&lt;br&gt;&lt;b&gt;vk_ontbreekt&lt;/b&gt;: CBS special values become NULL; this text keeps why, as 'field: reason' entries separated by '; ', e.g. 'p_laag_inkomen_t1: niet_gepubliceerd'. Reasons: niet_gepubliceerd (-99995), geheim (-99997), onbekend (-99999999 and other values &amp;lt;= -99990), punt ('.'), ongeldig (other text).&lt;br&gt;&lt;br&gt;&lt;b&gt;StatLine / CBS OData&lt;/b&gt; (the 'onbewerkte dataset' CSV, also what the cbsodata package returns): columns are found by their name without the numeric suffix (AantalInwoners_5, Codering_3), only buurt rows are used (SoortRegio), padding is stripped and '.' is missing. Where StatLine gives a count for a figure the Wijk- en Buurtkaart gives as a percentage, the percentage is written under the usual name (p_eenpersoons_hh = 100 × Eenpersoonshuishoudens / HuishoudensTotaal; p_0_14, p_65_plus from the age counts and AantalInwoners).&lt;br&gt;&lt;b&gt;Tables without geometry&lt;/b&gt; (a StatLine CSV, the kerncijfers Excel saved as CSV, a PDOK table): choose a buurt polygon layer as &lt;b&gt;GEOMETRY&lt;/b&gt;; the rows are joined to its polygons by buurtcode (codes normalised: BU prefix, padding, case) and the log says how many matched.&lt;br&gt;&lt;b&gt;FIELD_MAP&lt;/b&gt; names fields that no CBS name covers: canonical=field pairs, e.g. 'inwoners=Bewoners; t0:huishoudens=HH_2019'.&lt;br&gt;&lt;br&gt;The log lists matched, new and changed buurten and the missing values per reason. The inputs are not changed.</source>
      <translation>Leest twee lagen met CBS Kerncijfers wijken en buurten (buurtvlakken met kerncijfers, zoals gedownload) en schrijft één buurtlaag op de geometrie van het tweede jaar met genormaliseerde veldnamen, klaar voor de signaleringskaart (veerkracht:score).&lt;br&gt;&lt;br&gt;Elk van de twee lagen mag een van de CBS-naamgevingen gebruiken: shapefile-stijl (BU_CODE, AANT_INW, P_HH_LI, ...), GeoPackage/PDOK-snake case (buurtcode, aantal_inwoners, percentage_huishoudens_met_laag_inkomen, ...) of de StatLine-afkortingen (gwb_code, a_inw, p_hh_li, ...); de twee mogen verschillen. Codes worden genormaliseerd tot tekst met voorvoegsel (BU + 8 tekens); kale getallen krijgen het voorvoegsel.&lt;br&gt;&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt; (CRS van t1, zonder water): buurtcode, buurtnaam, wijkcode, gemeentecode, gemeentenaam (uit t1; wijknaam als die er is; jaar_t0/jaar_t1 als de bestanden een jaar hebben); elke indicator als &amp;lt;name&amp;gt;_t0 en &amp;lt;name&amp;gt;_t1, bijvoorbeeld inwoners, huishoudens, woningen, p_koopwoningen, p_huurwoningen, p_corporatie, p_laag_inkomen, p_sociaal_minimum, bijstand, woz, inkomen_per_inwoner (eenheden zoals in de bron); een indicator die maar in één jaar voorkomt, wordt voor dat jaar geschreven en gemeld in het logboek.&lt;br&gt;&lt;b&gt;vk_indeling&lt;/b&gt;: 1 ongewijzigd, 2 alleen omgecodeerd, 3 grens gewijzigd (CBS-kenmerk IND_WBI/indelingswijziging = 3 in t1, of de vlakken verschillen meer dan de tolerantie), 4 nieuwe buurt (niet in t0). Het CBS-kenmerk vergelijkt alleen met het jaar vóór t1, vandaar de controle op de geometrie. &lt;b&gt;vk_buurtcode_t0&lt;/b&gt;: de code in t0 waaraan de buurt gekoppeld is.&lt;br&gt;&lt;b&gt;vk_ontbreekt&lt;/b&gt;: speciale CBS-waarden worden NULL; deze tekst bewaart waarom, als 'veld: reden', gescheiden door '; ', bijvoorbeeld 'p_laag_inkomen_t1: niet_gepubliceerd'. Redenen: niet_gepubliceerd (-99995), geheim (-99997), onbekend (-99999999 en andere waarden &amp;lt;= -99990), punt ('.'), ongeldig (andere tekst).&lt;br&gt;&lt;br&gt;&lt;b&gt;StatLine / CBS OData&lt;/b&gt; (de CSV 'onbewerkte dataset', ook wat het pakket cbsodata geeft): kolommen worden gevonden op hun naam zonder het volgnummer (AantalInwoners_5, Codering_3), alleen buurtrijen worden gebruikt (SoortRegio), opvulling wordt verwijderd en '.' ontbreekt. Waar StatLine een aantal geeft voor een cijfer dat de Wijk- en Buurtkaart als percentage geeft, wordt het percentage onder de gewone naam geschreven (p_eenpersoons_hh = 100 × Eenpersoonshuishoudens / HuishoudensTotaal; p_0_14, p_65_plus uit de leeftijdsaantallen en AantalInwoners).&lt;br&gt;&lt;b&gt;Tabellen zonder geometrie&lt;/b&gt; (een StatLine-CSV, de kerncijfers-Excel als CSV opgeslagen, een PDOK-tabel): kies een buurtvlakkenlaag als &lt;b&gt;GEOMETRY&lt;/b&gt;; de rijen worden op buurtcode aan de vlakken gekoppeld (codes genormaliseerd: voorvoegsel BU, opvulling, hoofdletters) en het logboek zegt hoeveel er gekoppeld zijn.&lt;br&gt;&lt;b&gt;FIELD_MAP&lt;/b&gt; noemt velden die geen CBS-naam dekt: paren canoniek=veld, bijv. 'inwoners=Bewoners; t0:huishoudens=HH_2019'.&lt;br&gt;&lt;br&gt;Het logboek noemt gekoppelde, nieuwe en gewijzigde buurten en de ontbrekende waarden per reden. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Buurten t0 (earlier year)</source>
      <translation>Buurten t0 (eerdere jaar)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>The earlier year: buurt polygons with key figures, as downloaded, or a table without geometry (StatLine CSV, kerncijfers as CSV) together with GEOMETRY.</source>
      <translation>Het eerdere jaar: buurtvlakken met kerncijfers, zoals gedownload, of een tabel zonder geometrie (StatLine-CSV, kerncijfers als CSV) samen met GEOMETRY.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Buurten t1 (later year)</source>
      <translation>Buurten t1 (latere jaar)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>The later year: its polygons and CRS are those of the output (of GEOMETRY when it is a table).</source>
      <translation>Het latere jaar: de vlakken en het CRS daarvan zijn die van de uitvoer (die van GEOMETRY als het een tabel is).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Buurt polygons for tables without geometry</source>
      <translation>Buurtvlakken voor tabellen zonder geometrie</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Optional. Buurt polygons with a buurtcode: rows of a t0 or t1 table without geometry are joined to them by buurtcode.</source>
      <translation>Optioneel. Buurtvlakken met een buurtcode: rijen van een t0- of t1-tabel zonder geometrie worden er op buurtcode aan gekoppeld.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Buurtcode field of the polygons</source>
      <translation>Buurtcodeveld van de vlakken</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Optional. Left empty, the code is found by its usual names (buurtcode, BU_CODE, code, ...).</source>
      <translation>Optioneel. Leeg gelaten wordt de code gevonden op de gebruikelijke namen (buurtcode, BU_CODE, code, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Field map (canonical=field, ...)</source>
      <translation>Veldkoppeling (canoniek=veld, ...)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Optional. For field names no CBS name covers: pairs canonical=field separated by ';', ',' or new lines, e.g. 'buurtcode=Code; inwoners=Bewoners'. Prefix t0: or t1: for one year only ('t0:huishoudens=HH_2019'). Canonical names: buurtcode, inwoners, huishoudens, p_laag_inkomen, p_corporatie, ... (see docs/data.md).</source>
      <translation>Optioneel. Voor veldnamen die geen CBS-naam dekt: paren canoniek=veld gescheiden door ';', ',' of nieuwe regels, bijv. 'buurtcode=Code; inwoners=Bewoners'. Zet t0: of t1: ervoor voor één jaar ('t0:huishoudens=HH_2019'). Canonieke namen: buurtcode, inwoners, huishoudens, p_laag_inkomen, p_corporatie, ... (zie docs/data.md).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Keep water features</source>
      <translation>Watervlakken behouden</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>CBS files hold water features (WATER = JA) and Belgian territory around Baarle-Nassau (WATER = B); only land (NEE) is kept unless this is on.</source>
      <translation>CBS-bestanden bevatten watervlakken (WATER = JA) en Belgisch grondgebied rond Baarle-Nassau (WATER = B); alleen land (NEE) blijft over, tenzij dit aan staat.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Boundary change tolerance (% of the larger polygon)</source>
      <translation>Tolerantie grenswijziging (% van het grootste vlak)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>A buurt whose t0 and t1 polygons differ by more than this share of the larger polygon (area of the symmetric difference, t0 reprojected to the CRS of t1) counts as boundary changed. A new code whose polygon matches an unused t0 polygon within the tolerance counts as recoded and gets the t0 figures (default 10 %).</source>
      <translation>Een buurt waarvan de vlakken van t0 en t1 meer dan dit deel van het grootste vlak verschillen (oppervlakte van het symmetrische verschil, t0 omgezet naar het CRS van t1) telt als grens gewijzigd. Een nieuwe code waarvan het vlak binnen de tolerantie gelijk is aan een ongebruikt vlak van t0 telt als omgecodeerd en krijgt de cijfers van t0 (standaard 10 %).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Prepared CBS buurten</source>
      <translation>Voorbereide CBS-buurten</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>One buurt layer on the polygons of t1 with normalised field names, ready for veerkracht:score.</source>
      <translation>Eén buurtlaag op de vlakken van t1 met genormaliseerde veldnamen, klaar voor veerkracht:score.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Layer {layer} cannot be read.</source>
      <translation>Laag {layer} kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Layer {layer} holds {kind}, not polygons: CBS buurten are polygons (or a table without geometry, with GEOMETRY).</source>
      <translation>Laag {layer} bevat {kind}, geen vlakken: CBS-buurten zijn vlakken (of een tabel zonder geometrie, met GEOMETRY).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Layer {layer} has no geometry (a table such as a StatLine CSV): choose a buurt polygon layer as GEOMETRY; the rows are then joined to its polygons by buurtcode.</source>
      <translation>Laag {layer} heeft geen geometrie (een tabel zoals een StatLine-CSV): kies een buurtvlakkenlaag als GEOMETRY; de rijen worden dan op buurtcode aan de vlakken gekoppeld.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{layer}: {n} buurten; buurt code field '{field}'; indicators found: {indicators}.</source>
      <translation>{layer}: {n} buurten; buurtcodeveld '{field}'; gevonden indicatoren: {indicators}.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{layer}: no indicator recognised; not found: {missing}. Name the fields with FIELD_MAP.</source>
      <translation>{layer}: geen indicator herkend; niet gevonden: {missing}. Noem de velden in FIELD_MAP.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{layer}: {matched} of {n} rows joined to the polygons by buurtcode.</source>
      <translation>{layer}: {matched} van {n} rijen op buurtcode aan de vlakken gekoppeld.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>{layer}: {n} buurtcode(s) not in the polygons: {codes}</source>
      <translation>{layer}: {n} buurtcode(s) niet in de vlakken: {codes}</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Layer {layer}: no buurtcode matches a polygon of GEOMETRY (e.g. {codes}); check that both cover the same gemeente and year.</source>
      <translation>Laag {layer}: geen enkele buurtcode past bij een vlak van GEOMETRY (bijv. {codes}); controleer dat beide dezelfde gemeente en hetzelfde jaar beslaan.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>The GEOMETRY layer has no recognisable buurt code field; choose GEOMETRY_CODE_FIELD.</source>
      <translation>De GEOMETRY-laag heeft geen herkenbaar buurtcodeveld; kies GEOMETRY_CODE_FIELD.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>The GEOMETRY layer holds {n} buurtcode(s) more than once: {codes}. Use one polygon per buurt.</source>
      <translation>De GEOMETRY-laag bevat {n} buurtcode(s) meer dan eens: {codes}. Gebruik één vlak per buurt.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbs.py" />
      <source>Both years are joined to the same polygons: boundary changes come from the CBS flag (indelingswijziging) only.</source>
      <translation>Beide jaren zijn aan dezelfde vlakken gekoppeld: grenswijzigingen komen alleen uit het CBS-kenmerk (indelingswijziging).</translation>
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
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Prepare CBS buurten (several years)</source>
      <translation>CBS-buurten voorbereiden (meerdere jaren)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Adds several years of CBS key figures to a buurt layer, for the monitor (veerkracht:monitor).&lt;br&gt;&lt;br&gt;&lt;b&gt;Long table&lt;/b&gt;: one row per buurt and year, with a buurt code (bu_code, BU_CODE, buurtcode, ...), a year (jaar) and the figures in any of the CBS naming schemes (a_inw, AANT_INW, aantal_inwoners, p_hh_li, ...), e.g. a StatLine time series or the CBS figures of several years stacked in one CSV. Every recognised indicator becomes one field per year on a copy of the buurt layer, named &amp;lt;name&amp;gt;_&amp;lt;year&amp;gt; (inwoners_2018, huishoudens_2018, p_laag_inkomen_2018, ...), joined on the buurt code (codes are normalised: BU + 8 characters).&lt;br&gt;&lt;br&gt;CBS special values (-99995, -99997, ...) and '.' become NULL. A buurt that occurs twice in one year is an error. Buurten of the layer without a row in the table are listed in the log. The inputs are not changed. For the Leefbaarometer, run veerkracht:joinleefbaarometer with YEARS.</source>
      <translation>Voegt meerdere jaren CBS-kerncijfers toe aan een buurtlaag, voor de monitor (veerkracht:monitor).&lt;br&gt;&lt;br&gt;&lt;b&gt;Lange tabel&lt;/b&gt;: één rij per buurt en jaar, met een buurtcode (bu_code, BU_CODE, buurtcode, ...), een jaar (jaar) en de cijfers in een van de CBS-naamgevingen (a_inw, AANT_INW, aantal_inwoners, p_hh_li, ...), bijv. een StatLine-tijdreeks of de CBS-cijfers van meerdere jaren onder elkaar in één CSV. Elke herkende indicator wordt één veld per jaar op een kopie van de buurtlaag, met de naam &amp;lt;naam&amp;gt;_&amp;lt;jaar&amp;gt; (inwoners_2018, huishoudens_2018, p_laag_inkomen_2018, ...), gekoppeld op de buurtcode (codes worden genormaliseerd: BU + 8 tekens).&lt;br&gt;&lt;br&gt;Bijzondere CBS-waarden (-99995, -99997, ...) en '.' worden NULL. Een buurt die twee keer in één jaar voorkomt is een fout. Buurten van de laag zonder rij in de tabel staan in het logboek. De invoer wordt niet gewijzigd. Voer voor de Leefbaarometer veerkracht:joinleefbaarometer uit met YEARS.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>The buurt polygons (one year's boundaries) with a buurt code; kept as they are.</source>
      <translation>De buurtvlakken (de grenzen van één jaar) met een buurtcode; ze blijven zoals ze zijn.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Long table (CSV, GeoPackage table or table layer)</source>
      <translation>Lange tabel (CSV, GeoPackage-tabel of tabellaag)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>One row per buurt and year: a buurt code, jaar and CBS figures (a_inw, a_hh, p_hh_li, ...).</source>
      <translation>Eén rij per buurt en jaar: een buurtcode, jaar en CBS-cijfers (a_inw, a_hh, p_hh_li, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Buurtcode field of the layer (empty: detect)</source>
      <translation>Buurtcodeveld van de laag (leeg: zelf zoeken)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Left empty, it is found from the CBS names (buurtcode, BU_CODE, ...).</source>
      <translation>Leeg gelaten wordt het gevonden via de CBS-namen (buurtcode, BU_CODE, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Years (comma-separated; empty = every year in the table)</source>
      <translation>Jaren (kommagescheiden; leeg = elk jaar in de tabel)</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>The years to write, e.g. "2016, 2018, 2020, 2022"; each must be in the table.</source>
      <translation>De jaren om te schrijven, bijv. "2016, 2018, 2020, 2022"; elk jaar moet in de tabel staan.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Buurten with several years</source>
      <translation>Buurten met meerdere jaren</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>A copy of the buurt layer with one field per indicator and year (inwoners_2018, ...).</source>
      <translation>Een kopie van de buurtlaag met één veld per indicator en jaar (inwoners_2018, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>Long table: {buurten} buurten, years {years}; fields written: {fields}.</source>
      <translation>Lange tabel: {buurten} buurten, jaren {years}; geschreven velden: {fields}.</translation>
    </message>
    <message>
      <location filename="../algorithms/preparecbsyears.py" />
      <source>{n} feature(s) have no row in the long table: {codes}</source>
      <translation>{n} object(en) hebben geen rij in de lange tabel: {codes}</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Write veerkracht report (stadsbrede notitie / QuickScan)</source>
      <translation>Veerkrachtrapport schrijven (stadsbrede notitie / QuickScan)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Writes a readable PDF report for one gemeente from print layouts: page 1 with the signal map, buurten and inhabitants per class and the key findings in plain sentences; one page per wijk (an atlas) with the wijk map, a summary, the numeric outlook and a table per buurt; a closing page with the citywide balance and the methods and sources.&lt;br&gt;&lt;br&gt;Handelingsperspectieven (vk_hp_*, vk_probleemanalyse, vk_succes) and the buurt fields of veerkracht:balance (vk_soc_voor, vk_soc_na, vk_kantelt, vk_compensatie, …) are shown when present. The pages come from the templates notitie_voorblad.qpt, notitie_wijk.qpt and notitie_slot.qpt in the plugin's resources/layouts folder; see docs/report.md to adapt them. The input layer is not changed.</source>
      <translation>Schrijft voor één gemeente een leesbaar PDF-rapport uit printlay-outs: pagina 1 met de signaleringskaart, buurten en inwoners per klasse en de belangrijkste bevindingen in gewone zinnen; één pagina per wijk (een atlas) met de wijkkaart, een samenvatting, de getalsmatige doorkijk en een tabel per buurt; een slotpagina met de stadsbrede balans en de methode en bronnen.&lt;br&gt;&lt;br&gt;Handelingsperspectieven (vk_hp_*, vk_probleemanalyse, vk_succes) en de buurtvelden van veerkracht:balance (vk_soc_voor, vk_soc_na, vk_kantelt, vk_compensatie, …) worden getoond als ze er zijn. De pagina's komen uit de sjablonen notitie_voorblad.qpt, notitie_wijk.qpt en notitie_slot.qpt in de map resources/layouts van de plugin; zie docs/report.md om ze aan te passen. De invoerlaag wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Scored buurt layer</source>
      <translation>Buurtlaag met signalen</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>The output of veerkracht:score (vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_signaal, vk_corpbuurt, …) with buurt code and name, wijk and gemeente code, inhabitants and corporation share (names of veerkracht:preparecbs or CBS names such as BU_CODE, AANT_INW, P_WCORPW).</source>
      <translation>De uitvoer van veerkracht:score (vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_signaal, vk_corpbuurt, …) met buurtcode en -naam, wijk- en gemeentecode, inwoners en corporatieaandeel (namen van veerkracht:preparecbs of CBS-namen zoals BU_CODE, AANT_INW, P_WCORPW).</translation>
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
      <source>Stadsbrede notitie (with tags and scenario) or QuickScan (signals only, with a reading guide, readable on its own).</source>
      <translation>Stadsbrede notitie (met handelingsperspectieven en scenario) of QuickScan (alleen signalen, met een leeswijzer, op zichzelf leesbaar).</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Gemeente (code or name; needed for several gemeenten)</source>
      <translation>Gemeente (code of naam; nodig bij meerdere gemeenten)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Code or name; needed only when the layer holds several gemeenten.</source>
      <translation>Code of naam; alleen nodig als de laag meerdere gemeenten bevat.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Wijk field</source>
      <translation>Wijkveld</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Default wijkcode (or WK_CODE); without a wijk field the wijk is taken from the buurt code (WK + its first six digits).</source>
      <translation>Standaard wijkcode (of WK_CODE); zonder wijkveld volgt de wijk uit de buurtcode (WK + de eerste zes cijfers).</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Balance summary (table of veerkracht:balance)</source>
      <translation>Balansoverzicht (tabel van veerkracht:balance)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Optional: the summary table of veerkracht:balance, for the closing page (not in a QuickScan).</source>
      <translation>Optioneel: de overzichtstabel van veerkracht:balance, voor de slotpagina (niet in een QuickScan).</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Chooses the scenario of the balance summary when it holds several.</source>
      <translation>Kiest het scenario van het balansoverzicht als dat er meerdere bevat.</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Period (e.g. 2016–2022)</source>
      <translation>Periode (bijv. 2016–2022)</translation>
    </message>
    <message>
      <location filename="../algorithms/report.py" />
      <source>Optional; empty: read from a 'jaar' field or years in field names.</source>
      <translation>Optioneel; leeg: afgeleid uit een veld 'jaar' of uit jaartallen in veldnamen.</translation>
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
      <source>One PDF: page 1, one page per wijk and a closing page.</source>
      <translation>Eén PDF: pagina 1, één pagina per wijk en een slotpagina.</translation>
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
      <location filename="../algorithms/score.py" />
      <source>Compute veerkracht</source>
      <translation>Veerkracht berekenen</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Computes the veerkracht signal per buurt: how the concentration of vulnerable residents and nuisance and insecurity developed between two years (t0, t1), and which buurten cope.&lt;br&gt;&lt;br&gt;&lt;b&gt;Method&lt;/b&gt; (docs/method.md). Per indicator the change t1 − t0 is divided by its population-weighted standard deviation over all valid buurten, but &lt;i&gt;not&lt;/i&gt; centred, so a citywide rise stays visible. The weighted mean over the vulnerability indicators is &lt;b&gt;vk_dk&lt;/b&gt; (ΔK), over the problem indicators &lt;b&gt;vk_dp&lt;/b&gt; (ΔP). A change above the dead-band is a rise (toename), below minus the dead-band a fall (afname), otherwise stable. Classes: both rise = &lt;i&gt;Veerkracht onder druk&lt;/i&gt;; only vulnerability rises = &lt;i&gt;Veerkrachtig&lt;/i&gt;; problems rise = &lt;i&gt;Problemen nemen toe&lt;/i&gt;; problems fall = &lt;i&gt;Gunstige ontwikkeling&lt;/i&gt;; otherwise &lt;i&gt;Stabiel&lt;/i&gt;. The relative variant (&lt;b&gt;vk_klasse_rel&lt;/b&gt;) first subtracts the population-weighted mean of the gemeente. &lt;b&gt;vk_k_niveau&lt;/b&gt; and &lt;b&gt;vk_p_niveau&lt;/b&gt; are the levels at t1 as weighted z-scores; &lt;b&gt;vk_signaal&lt;/b&gt; marks resilient buurten whose level of vulnerability is above 1 (early warning). &lt;b&gt;vk_score&lt;/b&gt; compares ΔP with the ΔP expected for the buurt's ΔK from a population-weighted regression over all valid buurten (at least 10): positive = better than expected. &lt;b&gt;vk_focus&lt;/b&gt; (1–9) combines the population-weighted terciles of both levels; 9 = high vulnerability and many problems. &lt;b&gt;vk_corpbuurt&lt;/b&gt;: more than two-thirds corporation housing.&lt;br&gt;&lt;br&gt;&lt;b&gt;Validity&lt;/b&gt;: a buurt gets class &lt;i&gt;geen_gegevens&lt;/i&gt; and a reason in &lt;b&gt;vk_reden&lt;/b&gt;: &lt;i&gt;klein&lt;/i&gt; (population missing or below the minimum, or households below the minimum, at t1 and, with the t0 fields inwoners_t0/huishoudens_t0, at t0 too), &lt;i&gt;ongeldig&lt;/i&gt; (an implausible value: a percentage outside 0–100 or a negative count; the log names field and count), &lt;i&gt;ontbreekt&lt;/i&gt; (an indicator is missing at t0 or t1: NULL, CBS codes such as -99995, text that is no number, NaN or infinity), &lt;i&gt;indeling&lt;/i&gt; (boundary change flag = 3). Such buurten take no part in any statistic and get NULL values. When few or no buurten are valid, the log says per indicator field how many miss it, why, and what to do.&lt;br&gt;&lt;br&gt;&lt;b&gt;Output&lt;/b&gt;: a copy of the input with the vk_ fields; the results A, B, R2 and N of the regression ΔP = A + B·ΔK; the number of buurten per class in the log. The input is not changed.</source>
      <translation>Berekent het veerkrachtsignaal per buurt: hoe de concentratie kwetsbare bewoners en de overlast en onveiligheid zich tussen twee jaren (t0, t1) ontwikkelden, en welke buurten het aankunnen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Methode&lt;/b&gt; (docs/method.md). Per indicator wordt de verandering t1 − t0 gedeeld door de standaardafwijking over alle geldige buurten, gewogen naar inwoners, maar &lt;i&gt;niet&lt;/i&gt; gecentreerd: een stijging in de hele stad blijft zo zichtbaar. Het gewogen gemiddelde over de indicatoren voor kwetsbaarheid is &lt;b&gt;vk_dk&lt;/b&gt; (ΔK), over de probleemindicatoren &lt;b&gt;vk_dp&lt;/b&gt; (ΔP). Een verandering boven de dode zone is een toename, onder min de dode zone een afname, anders stabiel. Klassen: beide nemen toe = &lt;i&gt;Veerkracht onder druk&lt;/i&gt;; alleen kwetsbaarheid neemt toe = &lt;i&gt;Veerkrachtig&lt;/i&gt;; problemen nemen toe = &lt;i&gt;Problemen nemen toe&lt;/i&gt;; problemen nemen af = &lt;i&gt;Gunstige ontwikkeling&lt;/i&gt;; anders &lt;i&gt;Stabiel&lt;/i&gt;. De relatieve variant (&lt;b&gt;vk_klasse_rel&lt;/b&gt;) trekt eerst het naar inwoners gewogen gemiddelde van de gemeente af. &lt;b&gt;vk_k_niveau&lt;/b&gt; en &lt;b&gt;vk_p_niveau&lt;/b&gt; zijn de niveaus op t1 als gewogen z-scores; &lt;b&gt;vk_signaal&lt;/b&gt; markeert veerkrachtige buurten waarvan het niveau van kwetsbaarheid boven 1 ligt (vroegsignaal). &lt;b&gt;vk_score&lt;/b&gt; vergelijkt ΔP met de ΔP die bij de ΔK van de buurt te verwachten is volgens een naar inwoners gewogen regressie over alle geldige buurten (minstens 10): positief = beter dan verwacht. &lt;b&gt;vk_focus&lt;/b&gt; (1–9) combineert de naar inwoners gewogen tertielen van beide niveaus; 9 = hoge kwetsbaarheid en veel problemen. &lt;b&gt;vk_corpbuurt&lt;/b&gt;: meer dan twee derde corporatiebezit.&lt;br&gt;&lt;br&gt;&lt;b&gt;Geldigheid&lt;/b&gt;: een buurt krijgt klasse &lt;i&gt;geen_gegevens&lt;/i&gt; en een reden in &lt;b&gt;vk_reden&lt;/b&gt;: &lt;i&gt;klein&lt;/i&gt; (inwonertal ontbreekt of ligt onder het minimum, of huishoudens onder het minimum, op t1 en, met de velden inwoners_t0/huishoudens_t0, ook op t0), &lt;i&gt;ongeldig&lt;/i&gt; (een onmogelijke waarde: een percentage buiten 0–100 of een negatief aantal; het logboek noemt veld en aantal), &lt;i&gt;ontbreekt&lt;/i&gt; (een indicator ontbreekt op t0 of t1: NULL, CBS-codes zoals -99995, tekst die geen getal is, NaN of oneindig), &lt;i&gt;indeling&lt;/i&gt; (indelingswijziging = 3). Zulke buurten doen in geen enkele statistiek mee en krijgen NULL-waarden. Als weinig of geen buurten geldig zijn, zegt het logboek per indicatorveld hoeveel buurten het missen, waarom, en wat te doen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een kopie van de invoer met de vk_-velden; de resultaten A, B, R2 en N van de regressie ΔP = A + B·ΔK; het aantal buurten per klasse in het logboek. De invoer wordt niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>One feature per buurt with values for both years (any CRS; kept).</source>
      <translation>Eén object per buurt met waarden voor beide jaren (elk CRS; blijft behouden).</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Default inwoners_t1, else AANT_INW.</source>
      <translation>Standaard inwoners_t1, anders AANT_INW.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Population at t1</source>
      <translation>Inwoners op t1</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Households at t1</source>
      <translation>Huishoudens op t1</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Optional. Default huishoudens_t1, else AANT_HH.</source>
      <translation>Optioneel. Standaard huishoudens_t1, anders AANT_HH.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Population at t0</source>
      <translation>Inwoners op t0</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Optional. Default inwoners_t0 (written by veerkracht:preparecbs): a buurt that was too small at t0 is klein too.</source>
      <translation>Optioneel. Standaard inwoners_t0 (geschreven door veerkracht:preparecbs): een buurt die op t0 te klein was, is ook klein.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Households at t0</source>
      <translation>Huishoudens op t0</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Optional. Default huishoudens_t0: with it, the households minimum applies at t0 too.</source>
      <translation>Optioneel. Standaard huishoudens_t0: daarmee geldt het minimum aantal huishoudens ook op t0.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Boundary change flag (3 = boundary changed)</source>
      <translation>Indelingswijziging (3 = grens gewijzigd)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Optional. Default vk_indeling, else IND_WBI.</source>
      <translation>Optioneel. Standaard vk_indeling, anders IND_WBI.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Corporation share at t1 (%)</source>
      <translation>Aandeel corporatiebezit op t1, %</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Optional. % of dwellings owned by corporations (default p_corporatie_t1, else P_WCORPW).</source>
      <translation>Optioneel. % woningen in bezit van corporaties (standaard p_corporatie_t1, anders P_WCORPW).</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Veerkracht</source>
      <translation>Veerkracht</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>A copy of the input with the vk_ fields (method.md §1), styled as map 1.</source>
      <translation>Een kopie van de invoer met de vk_-velden (method.md §1), met de opmaak van kaart 1.</translation>
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
      <source>One or more fields, in the same order for both years, higher = more vulnerable (default p_laag_inkomen_t0 / p_laag_inkomen_t1).</source>
      <translation>Eén of meer velden, voor beide jaren in dezelfde volgorde, hoger = kwetsbaarder (standaard p_laag_inkomen_t0 / p_laag_inkomen_t1).</translation>
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
      <source>One or more fields, in the same order for both years; default lbm_onv_t0 / lbm_onv_t1 (Leefbaarometer overlast en onveiligheid).</source>
      <translation>Eén of meer velden, voor beide jaren in dezelfde volgorde; standaard lbm_onv_t0 / lbm_onv_t1 (Leefbaarometer overlast en onveiligheid).</translation>
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
      <source>No field '{field}' in the input layer; choose the fields for '{parameter}'. veerkracht:preparecbs and veerkracht:joinleefbaarometer write such fields.</source>
      <translation>Geen veld '{field}' in de invoerlaag; kies de velden voor '{parameter}'. veerkracht:preparecbs en veerkracht:joinleefbaarometer maken zulke velden.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>The buurt layer holds {kind}, not polygons: veerkracht:score needs buurt polygons (the signal maps are maps of areas). Join the figures onto buurt polygons first, e.g. with veerkracht:preparecbs (GEOMETRY).</source>
      <translation>De buurtlaag bevat {kind}, geen vlakken: veerkracht:score heeft buurtvlakken nodig (de signaleringskaarten zijn kaarten van gebieden). Koppel de cijfers eerst aan buurtvlakken, bijv. met veerkracht:preparecbs (GEOMETRY).</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>This looks like a CBS buurt layer of one year, as CBS publishes it: run veerkracht:preparecbs first (1.1 in the toolbox). It puts two years side by side under the field names veerkracht:score expects (inwoners_t1, p_laag_inkomen_t0, ...).</source>
      <translation>Dit lijkt een CBS-buurtlaag van één jaar, zoals het CBS die publiceert: voer eerst veerkracht:preparecbs uit (1.1 in de toolbox). Dat zet twee jaren naast elkaar onder de veldnamen die veerkracht:score verwacht (inwoners_t1, p_laag_inkomen_t0, ...).</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Buurtcode: {code}; gemeente: {gemeente}; population: {population}; size at t0: {t0}.</source>
      <translation>Buurtcode: {code}; gemeente: {gemeente}; inwoners: {population}; omvang op t0: {t0}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>not checked (no inwoners_t0 or huishoudens_t0)</source>
      <translation>niet gecontroleerd (geen inwoners_t0 of huishoudens_t0)</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>Vulnerability t0 → t1: {k}. Problems t0 → t1: {p}.</source>
      <translation>Kwetsbaarheid t0 → t1: {k}. Problemen t0 → t1: {p}.</translation>
    </message>
    <message>
      <location filename="../algorithms/score.py" />
      <source>{valid} of {total} buurten are valid; not valid: {klein} klein, {ongeldig} ongeldig, {ontbreekt} ontbreekt, {indeling} indeling.</source>
      <translation>{valid} van {total} buurten zijn geldig; niet geldig: {klein} klein, {ongeldig} ongeldig, {ontbreekt} ontbreekt, {indeling} indeling.</translation>
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
      <source>Parameters: target {target} %, turnover {turnover} % per year, horizon {horizon} years, threshold {threshold} %, relative risk {risk}, allocation share {allocation} %. Method: Veerkracht, docs/balance.md.</source>
      <translation>Parameters: doel {target} %, mutatiegraad {turnover} % per jaar, horizon {horizon} jaar, grens {threshold} %, relatief risico {risk}, toewijzingsaandeel {allocation} %. Methode: Veerkracht, docs/balance.md.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>(unnamed)</source>
      <translation>(zonder naam)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Feasible</source>
      <translation>Haalbaar</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Not feasible</source>
      <translation>Niet haalbaar</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>met</source>
      <translation>gehaald</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>not met</source>
      <translation>niet gehaald</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Citywide balance</source>
      <translation>Stadsbrede balans</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Feasibility</source>
      <translation>Haalbaarheid</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Social-rent target</source>
      <translation>Doel sociale huur</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Norm</source>
      <translation>Norm</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>{n} measure(s); {k} buurt(en) cross the concentration threshold within {years} years.</source>
      <translation>{n} maatregel(en); {k} buurt(en) komen binnen {years} jaar boven de concentratiedrempel.</translation>
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
      <source>Gap to target: the social dwellings missing after the scenario to reach the target share (0: the target is met). Compensation needed: the social dwellings the measures remove on balance (sloop, verkoop and liberalisatie minus nieuwbouw and aankoop of sociale huur); they should come back elsewhere, also when the target is still met.</source>
      <translation>Tekort tot doel: de sociale huurwoningen die na het scenario ontbreken om het doelaandeel te halen (0: het doel wordt gehaald). Benodigde compensatie: de sociale huurwoningen die de maatregelen per saldo wegnemen (sloop, verkoop en liberalisatie min nieuwbouw en aankoop van sociale huur); die horen elders terug te komen, ook als het doel nog wordt gehaald.</translation>
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
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>yes</source>
      <translation>ja</translation>
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
      <source>Allocation share after (%)</source>
      <translation>Toewijzingsaandeel na (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Allocation share before (%)</source>
      <translation>Toewijzingsaandeel voor (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Buurten that cross the concentration threshold</source>
      <translation>Buurten die boven de concentratiegrens komen</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Vulnerable after (%)</source>
      <translation>Kwetsbaar straks (%)</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>Vulnerable now (%)</source>
      <translation>Kwetsbaar nu (%)</translation>
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
      <source>The {shown_n} candidate buurten with the most room, of {n}; they take {shown} of the {total} social dwellings, the others the rest.</source>
      <translation>De {shown_n} kandidaatbuurten met de meeste ruimte, van {n}; zij krijgen {shown} van de {total} sociale huurwoningen, de andere de rest.</translation>
    </message>
    <message>
      <location filename="../core/balance_html.py" />
      <source>All {n} candidate buurten; together {total} social dwellings. Candidates: valid buurten below the target, not under pressure and not at 100 % of their social vacancies for aandachtsgroepen.</source>
      <translation>Alle {n} kandidaatbuurten; samen {total} sociale huurwoningen. Kandidaten: buurten met gegevens onder het doel, niet onder druk en niet op 100 % van hun vrijkomende sociale huurwoningen voor aandachtsgroepen.</translation>
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
      <location filename="../core/balance_measures.py" />
      <source>The measures table has no column '{column}'. Columns: scenario (optional), buurtcode, maatregel, segment, aantal, aandeel (for toewijzing), toelichting (optional).</source>
      <translation>De maatregelentabel heeft geen kolom '{column}'. Kolommen: scenario (optioneel), buurtcode, maatregel, segment, aantal, aandeel (voor toewijzing), toelichting (optioneel).</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>The measures table holds {n} scenarios: {scenarios}. Choose one with SCENARIO.</source>
      <translation>De maatregelentabel bevat {n} scenario's: {scenarios}. Kies er een met SCENARIO.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Scenario '{scenario}' is not in the measures table. Available: {scenarios}.</source>
      <translation>Scenario '{scenario}' staat niet in de maatregelentabel. Beschikbaar: {scenarios}.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>… and {n} more rows.</source>
      <translation>… en nog {n} rijen.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>{n} measure rows cannot be used (nothing was written):
{problems}</source>
      <translation>{n} maatregelrijen zijn niet bruikbaar (er is niets geschreven):
{problems}</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): the buurtcode is empty.</source>
      <translation>Maatregel rij {row} ({values}): de buurtcode is leeg.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): buurtcode '{code}' occurs {n} times in the buurt layer.</source>
      <translation>Maatregel rij {row} ({values}): buurtcode '{code}' komt {n} keer voor in de buurtlaag.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): unknown buurtcode '{code}': it is not in the buurt layer.</source>
      <translation>Maatregel rij {row} ({values}): onbekende buurtcode '{code}': die staat niet in de buurtlaag.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): unknown maatregel '{value}'; use one of: {allowed}.</source>
      <translation>Maatregel rij {row} ({values}): onbekende maatregel '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): unknown segment '{value}'; use one of: {allowed}.</source>
      <translation>Maatregel rij {row} ({values}): onbekend segment '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): {measure} needs a segment ({allowed}).</source>
      <translation>Maatregel rij {row} ({values}): {measure} heeft een segment nodig ({allowed}).</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): aankoop buys particuliere_huur or koop dwellings, not sociale_huur.</source>
      <translation>Maatregel rij {row} ({values}): aankoop koopt particuliere_huur- of koopwoningen, geen sociale_huur.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): aantal must be a whole number of dwellings, 0 or more (found '{value}').</source>
      <translation>Maatregel rij {row} ({values}): aantal moet een geheel aantal woningen zijn, 0 of meer (gevonden: '{value}').</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): aandeel must be a number from 0 to 1 (found '{value}').</source>
      <translation>Maatregel rij {row} ({values}): aandeel moet een getal van 0 tot en met 1 zijn (gevonden: '{value}').</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): toewijzing needs an aandeel from 0 to 1.</source>
      <translation>Maatregel rij {row} ({values}): toewijzing heeft een aandeel van 0 tot en met 1 nodig.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): buurt {code} has no dwellings or corporation share in the buurt layer, so the measure cannot be applied.</source>
      <translation>Maatregel rij {row} ({values}): buurt {code} heeft geen aantal woningen of corporatieaandeel in de buurtlaag, dus de maatregel kan niet worden toegepast.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): buurt {code} already has a toewijzing in row {first}.</source>
      <translation>Maatregel rij {row} ({values}): buurt {code} heeft al een toewijzing in rij {first}.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): this makes the {segment} stock of buurt {code} negative ({stock}).</source>
      <translation>Maatregel rij {row} ({values}): hierdoor wordt de voorraad {segment} van buurt {code} negatief ({stock}).</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>The measures table has no rows, so there is no scenario to check. Add one row per measure: scenario, buurtcode, maatregel, segment, aantal (and aandeel for toewijzing).</source>
      <translation>De maatregelentabel heeft geen rijen, dus er is geen scenario om te toetsen. Voeg één rij per maatregel toe: scenario, buurtcode, maatregel, segment, aantal (en aandeel bij toewijzing).</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): aantal {n} is more than all {stock} dwellings of gemeente {area}; check the number.</source>
      <translation>Maatregelrij {row} ({values}): aantal {n} is meer dan alle {stock} woningen van gemeente {area}; controleer het getal.</translation>
    </message>
    <message>
      <location filename="../core/balance_measures.py" />
      <source>Measure row {row} ({values}): the new build in buurt {code} comes to {n} dwellings, more than {multiple} times its {stock} dwellings (at most {limit}); check the number.</source>
      <translation>Maatregelrij {row} ({values}): de nieuwbouw in buurt {code} komt op {n} woningen, meer dan {multiple} keer de {stock} woningen van de buurt (hoogstens {limit}); controleer het getal.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>Gemeente {area}: {share} % of the new-build programme is affordable (sociale or particuliere huur), below the two-thirds norm.</source>
      <translation>Gemeente {area}: {share} % van het nieuwbouwprogramma is betaalbaar (sociale of particuliere huur), minder dan de tweederdenorm.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>{n} buurt(en) have no valid dwellings count or corporation share and take no part: {codes}</source>
      <translation>{n} buurt(en) hebben geen geldig aantal woningen of corporatieaandeel en doen niet mee: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>No dwellings field: the number of households is used as the number of dwellings.</source>
      <translation>Geen woningenveld: het aantal huishoudens wordt gebruikt als aantal woningen.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>The buurt layer needs a dwellings (or households) field.</source>
      <translation>De buurtlaag heeft een veld met woningen (of huishoudens) nodig.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>No owner-occupied share: all dwellings that are not social rent count as particuliere huur.</source>
      <translation>Geen aandeel koopwoningen: alle woningen die geen sociale huur zijn, tellen als particuliere huur.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>{n} buurt(en) have no owner-occupied share; their koop stock counts as 0: {codes}</source>
      <translation>{n} buurt(en) hebben geen aandeel koopwoningen; hun koopvoorraad telt als 0: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>{n} buurt(en): corporation share plus owner-occupied share exceed 100 %; koop is reduced so that particuliere huur is not negative: {codes}</source>
      <translation>{n} buurt(en): corporatieaandeel plus aandeel koopwoningen is meer dan 100 %; koop is verlaagd zodat particuliere huur niet negatief wordt: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>{n} buurt(en) have no vulnerable share (or no dwellings); their concentration among social tenants is taken as ALLOCATION_SHARE ({share} %): {codes}</source>
      <translation>{n} buurt(en) hebben geen aandeel kwetsbare huishoudens (of geen woningen); hun concentratie onder sociale huurders is gelijkgesteld aan ALLOCATION_SHARE ({share} %): {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>Not feasible in {level} {area}: {n} placements of aandachtsgroepen per year find no social vacancy. {need} placements per year must go to the buurten without toewijzing, and they have {capacity} social vacancies per year, all of them already given to aandachtsgroepen.</source>
      <translation>Niet haalbaar in {level} {area}: {n} plaatsingen van aandachtsgroepen per jaar vinden geen vrijkomende sociale huurwoning. {need} plaatsingen per jaar moeten naar de buurten zonder toewijzing, en die hebben {capacity} vrijkomende sociale huurwoningen per jaar, allemaal al toegewezen aan aandachtsgroepen.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>Scenario not feasible in {level} {area}: the fixed allocations (toewijzing) place {n} more aandachtsgroepen per year than there are today, and no other buurt can take fewer.</source>
      <translation>Scenario niet haalbaar in {level} {area}: de vaste toewijzingen plaatsen {n} aandachtsgroepen per jaar meer dan er nu zijn, en geen andere buurt kan er minder opnemen.</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>{level} {area}: {n} buurt(en) would get a negative allocation share; it is set to 0 and the change is spread over the other buurten: {codes}</source>
      <translation>{level} {area}: {n} buurt(en) zouden een negatief toewijzingsaandeel krijgen; dat is op 0 gezet en de verandering is over de andere buurten verdeeld: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>{level} {area}: {n} buurt(en) give all their social vacancies to aandachtsgroepen (100 %) and take nothing extra; the other buurten take their part: {codes}</source>
      <translation>{level} {area}: {n} buurt(en) wijzen al hun vrijkomende sociale huurwoningen toe aan aandachtsgroepen (100 %) en nemen niets extra; de andere buurten nemen hun deel over: {codes}</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>Gemeente {area}: {n} social dwellings need compensation, but no buurt qualifies as a candidate (valid, not under pressure, social share below the target).</source>
      <translation>Gemeente {area}: {n} sociale huurwoningen moeten worden gecompenseerd, maar geen buurt komt in aanmerking (geldig, niet onder druk, aandeel sociale huur onder het doel).</translation>
    </message>
    <message>
      <location filename="../core/balance_model.py" />
      <source>Gemeente {area}: the compensation ({n}) is larger than the room below the target in the candidate buurten ({room}); the suggested spread takes them above the target.</source>
      <translation>Gemeente {area}: de compensatie ({n}) is groter dan de ruimte onder het doel in de kandidaatbuurten ({room}); met de voorgestelde verdeling komen die boven het doel.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Feasible: every placement of aandachtsgroepen ({n} per year) still finds a social vacancy.</source>
      <translation>Haalbaar: elke plaatsing van aandachtsgroepen ({n} per jaar) vindt nog een vrijkomende sociale huurwoning.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Not feasible: {n} of the {total} placements of aandachtsgroepen per year find no social vacancy, even with every buurt without toewijzing at 100 % of its vacancies.</source>
      <translation>Niet haalbaar: {n} van de {total} plaatsingen van aandachtsgroepen per jaar vinden geen vrijkomende sociale huurwoning, ook niet met elke buurt zonder toewijzing op 100 % van zijn vrijkomende woningen.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Not feasible: the toewijzing measures place more aandachtsgroepen per year than there are today, and no other buurt can take fewer.</source>
      <translation>Niet haalbaar: de toewijzingsmaatregelen plaatsen meer aandachtsgroepen per jaar dan er nu zijn, en geen andere buurt kan er minder nemen.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Social-rent target {target} %: met – {after} % social rent after the scenario ({before} % before).</source>
      <translation>Doel sociale huur {target} %: gehaald – {after} % sociale huur na het scenario ({before} % vooraf).</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Social-rent target {target} %: not met – {after} % social rent after the scenario ({before} % before); {gap} social dwellings short of the target (tekort).</source>
      <translation>Doel sociale huur {target} %: niet gehaald – {after} % sociale huur na het scenario ({before} % vooraf); {gap} sociale huurwoningen tekort ten opzichte van het doel (tekort).</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Not feasible in {k} of {n} areas ({areas}): {stuck} placements of aandachtsgroepen per year find no social vacancy, even with every buurt without toewijzing at 100 % of its vacancies.</source>
      <translation>Niet haalbaar in {k} van {n} gebieden ({areas}): {stuck} plaatsingen van aandachtsgroepen per jaar vinden geen vrijkomende sociale huurwoning, ook niet met elke buurt zonder toewijzing op 100 % van zijn vrijkomende woningen.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Not feasible in {k} of {n} areas ({areas}): the toewijzing measures place more aandachtsgroepen per year than there are today.</source>
      <translation>Niet haalbaar in {k} van {n} gebieden ({areas}): de toewijzingsmaatregelen plaatsen meer aandachtsgroepen per jaar dan er nu zijn.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Social-rent target: no gemeente with data.</source>
      <translation>Doel sociale huur: geen gemeente met gegevens.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Social-rent target {target} %: met in all {n} gemeenten.</source>
      <translation>Doel sociale huur {target} %: gehaald in alle {n} gemeenten.</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Social-rent target {target} %: not met in {k} of {n} gemeenten ({areas}); together {gap} social dwellings short of the target (tekort).</source>
      <translation>Doel sociale huur {target} %: niet gehaald in {k} van {n} gemeenten ({areas}); samen {gap} sociale huurwoningen tekort ten opzichte van het doel (tekort).</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>Compensation needed: the measures remove {n} social dwellings more than they add; these should come back elsewhere in the city, also when the target is met (compensatie nodig).</source>
      <translation>Compensatie nodig: de maatregelen halen {n} sociale huurwoningen meer weg dan ze toevoegen; die moeten elders in de stad terugkomen, ook als het doel gehaald wordt (compensatie nodig).</translation>
    </message>
    <message>
      <location filename="../core/balance_verdict.py" />
      <source>New build in {area}: {share} % affordable (sociale or particuliere huur), below the two-thirds norm.</source>
      <translation>Nieuwbouw in {area}: {share} % betaalbaar (sociale of particuliere huur), onder de norm van twee derde.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Field map entry '{entry}' is not of the form canonical=field (e.g. inwoners=AANT_INW).</source>
      <translation>Veldkoppeling '{entry}' heeft niet de vorm canoniek=veld (bijv. inwoners=AANT_INW).</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Field map entry '{entry}': the year must be t0 or t1.</source>
      <translation>Veldkoppeling '{entry}': het jaar moet t0 of t1 zijn.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Field map entry '{entry}': '{name}' is no canonical field name; known names: {names}.</source>
      <translation>Veldkoppeling '{entry}': '{name}' is geen canonieke veldnaam; bekende namen: {names}.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Field map entry '{entry}' names no field.</source>
      <translation>Veldkoppeling '{entry}' noemt geen veld.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Field map entry '{entry}': layer {layer} has no field '{field}'.</source>
      <translation>Veldkoppeling '{entry}': laag {layer} heeft geen veld '{field}'.</translation>
    </message>
    <message>
      <location filename="../core/cbs.py" />
      <source>Layer {layer} has no recognisable buurt code field; tried: {names}. Canonical fields found: {found}; not found: {missing}. Name the fields with the field map (e.g. buurtcode=&lt;field&gt;, inwoners=&lt;field&gt;).</source>
      <translation>Laag {layer} heeft geen herkenbaar buurtcodeveld; geprobeerd: {names}. Gevonden canonieke velden: {found}; niet gevonden: {missing}. Noem de velden in de veldkoppeling (bijv. buurtcode=&lt;veld&gt;, inwoners=&lt;veld&gt;).</translation>
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
      <source>{layer}: {n} gemeente or wijk row(s) skipped (only buurt rows are used).</source>
      <translation>{layer}: {n} gemeente- of wijkrij(en) overgeslagen (alleen buurtrijen worden gebruikt).</translation>
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
      <location filename="../core/cbs_years.py" />
      <source>The long table has no year column (jaar, JAAR).</source>
      <translation>De lange tabel heeft geen jaarkolom (jaar, JAAR).</translation>
    </message>
    <message>
      <location filename="../core/cbs_years.py" />
      <source>No CBS indicator recognised in the long table (for example a_inw, p_hh_li); columns: {columns}.</source>
      <translation>Geen CBS-indicator herkend in de lange tabel (bijvoorbeeld a_inw, p_hh_li); kolommen: {columns}.</translation>
    </message>
    <message>
      <location filename="../core/cbs_years.py" />
      <source>{n} row(s) of the long table have no year.</source>
      <translation>{n} rij(en) van de lange tabel hebben geen jaar.</translation>
    </message>
    <message>
      <location filename="../core/cbs_years.py" />
      <source>Year(s) {years} not in the long table (it holds {present}).</source>
      <translation>Jaar/jaren {years} niet in de lange tabel (die bevat {present}).</translation>
    </message>
    <message>
      <location filename="../core/cbs_years.py" />
      <source>{n} buurt(en) occur more than once in one year of the long table, e.g. {code} in {year}.</source>
      <translation>{n} buurt(en) komen meer dan eens voor in één jaar van de lange tabel, bijv. {code} in {year}.</translation>
    </message>
    <message>
      <location filename="../core/cbs_years.py" />
      <source>{field}: no value in the long table.</source>
      <translation>{field}: geen waarde in de lange tabel.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Cannot read the Leefbaarometer file {path}: {error}</source>
      <translation>Kan het Leefbaarometerbestand {path} niet lezen: {error}</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The Leefbaarometer file {path} is empty.</source>
      <translation>Het Leefbaarometer-bestand {path} is leeg.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The file {path} is not a text (CSV) file; save the Leefbaarometer table as CSV (in Excel: Save as, CSV UTF-8).</source>
      <translation>Het bestand {path} is geen tekstbestand (CSV); sla de Leefbaarometer-tabel op als CSV (in Excel: Opslaan als, CSV UTF-8).</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The file {path} cannot be read as a CSV table: {error}</source>
      <translation>Het bestand {path} kan niet als CSV-tabel worden gelezen: {error}</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The file {path} is not a Leefbaarometer file: it needs a 'bu_code' or 'wk_code' column and 'jaar'.</source>
      <translation>Het bestand {path} is geen Leefbaarometerbestand: het heeft een kolom 'bu_code' of 'wk_code' en 'jaar' nodig.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Leefbaarometer column '{column}': {n} cell(s) hold no number (e.g. {values}); only those cells count as missing.</source>
      <translation>Leefbaarometer-kolom '{column}': {n} cel(len) bevatten geen getal (bijv. {values}); alleen die cellen tellen als ontbrekend.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Dimension(s) {dimensions} not in the Leefbaarometer file.</source>
      <translation>Dimensie(s) {dimensions} staan niet in het Leefbaarometerbestand.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>Year {year} is not in the Leefbaarometer file; years with scores for {dimensions}: {years}.</source>
      <translation>Jaar {year} staat niet in het Leefbaarometer-bestand; jaren met scores voor {dimensions}: {years}.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The Leefbaarometer file has no scores for {dimensions} in {year}; years with scores: {years}.</source>
      <translation>Het Leefbaarometer-bestand heeft geen scores voor {dimensions} in {year}; jaren met scores: {years}.</translation>
    </message>
    <message>
      <location filename="../core/leefbaarometer.py" />
      <source>The Leefbaarometer file holds {n} code(s) twice for {year} with different values: {codes}. Keep one row per code and year.</source>
      <translation>Het Leefbaarometer-bestand bevat {n} code(s) twee keer voor {year} met verschillende waarden: {codes}. Houd één rij per code en jaar.</translation>
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
      <source>Too few inhabitants or households (at t1, or at t0 where known)</source>
      <translation>Te weinig inwoners of huishoudens (op t1, of op t0 waar bekend)</translation>
    </message>
    <message>
      <location filename="../core/method.py" />
      <source>An indicator holds an implausible value (a percentage outside 0–100, a negative count)</source>
      <translation>Een indicator heeft een onmogelijke waarde (een percentage buiten 0–100, een negatief aantal)</translation>
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
      <source>{n} valid buurt(en) have no gemeente code; they are compared with each other in the relative variant.</source>
      <translation>{n} geldige buurt(en) hebben geen gemeentecode; in de relatieve variant worden ze met elkaar vergeleken.</translation>
    </message>
    <message>
      <location filename="../core/method_stats.py" />
      <source>The level of indicator '{field}' is the same in all reference buurten (σ = 0); it contributes 0 to the level.</source>
      <translation>Het niveau van indicator '{field}' is in alle referentiebuurten gelijk (σ = 0); de indicator telt met 0 mee in het niveau.</translation>
    </message>
    <message>
      <location filename="../core/method_stats.py" />
      <source>The change of indicator '{field}' is the same in all reference buurten (σ = 0); it contributes 0 to the change.</source>
      <translation>De verandering van indicator '{field}' is in alle referentiebuurten gelijk (σ = 0); de indicator telt met 0 mee in de verandering.</translation>
    </message>
    <message>
      <location filename="../core/monitor.py" />
      <source>Year '{value}' is not a number.</source>
      <translation>Jaar '{value}' is geen getal.</translation>
    </message>
    <message>
      <location filename="../core/monitor.py" />
      <source>The monitor needs at least {min} years (got {n}); for two years use veerkracht:score.</source>
      <translation>De monitor heeft minstens {min} jaren nodig (gekregen: {n}); gebruik voor twee jaren veerkracht:score.</translation>
    </message>
    <message>
      <location filename="../core/monitor.py" />
      <source>Field(s) missing from the input: {fields}. The monitor reads one field per year, &lt;stem&gt;_&lt;year&gt;.</source>
      <translation>Veld(en) ontbreken in de invoer: {fields}. De monitor leest één veld per jaar, &lt;stam&gt;_&lt;jaar&gt;.</translation>
    </message>
    <message>
      <location filename="../core/monitor.py" />
      <source>No households field '{stem}_&lt;year&gt;' for every year: the households minimum is not used.</source>
      <translation>Niet voor elk jaar een huishoudensveld '{stem}_&lt;jaar&gt;': het minimum aantal huishoudens wordt niet gebruikt.</translation>
    </message>
    <message>
      <location filename="../core/monitor.py" />
      <source>Period {period}: {message}</source>
      <translation>Periode {period}: {message}</translation>
    </message>
    <message>
      <location filename="../core/report_format.py" />
      <source>{n} other</source>
      <translation>{n} andere</translation>
    </message>
    <message>
      <location filename="../core/report_format.py" />
      <source>{n} others</source>
      <translation>{n} andere</translation>
    </message>
    <message>
      <location filename="../core/report_format.py" />
      <source>{first} and {last}</source>
      <translation>{first} en {last}</translation>
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
      <source>How to read the table. ΔK: development of vulnerable residents, ΔP: development of nuisance and unsafety between both years, in standard deviations (positive: rising). Score: problems developed better (+) or worse (−) than expected. Corp. %: share of corporation dwellings. Buurten are sorted by class, then from worse to better than expected.</source>
      <translation>Zo lees je de tabel. ΔK: ontwikkeling van kwetsbare bewoners, ΔP: ontwikkeling van overlast en onveiligheid tussen beide jaren, in standaarddeviaties (positief: stijgend). Score: de problemen ontwikkelden zich beter (+) of slechter (−) dan verwacht. Corp. %: aandeel corporatiewoningen. De buurten staan op klasse, daarna van slechter naar beter dan verwacht.</translation>
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
      <location filename="../core/validity.py" />
      <source>Field '{field}': {n} value(s) are text that is no number (e.g. {values}); they count as missing.</source>
      <translation>Veld '{field}': {n} waarde(n) zijn tekst die geen getal is (bijv. {values}); ze tellen als ontbrekend.</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>Field '{field}': {n} value(s) are no finite number (NaN or infinity); they count as missing.</source>
      <translation>Veld '{field}': {n} waarde(n) zijn geen eindig getal (NaN of oneindig); ze tellen als ontbrekend.</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>Field '{field}' is a percentage but {n} value(s) lie outside 0–100; those buurten are not valid (vk_reden = ongeldig).</source>
      <translation>Veld '{field}' is een percentage, maar {n} waarde(n) liggen buiten 0–100; die buurten zijn niet geldig (vk_reden = ongeldig).</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>Field '{field}' is a count but {n} value(s) are negative; those buurten are not valid (vk_reden = ongeldig).</source>
      <translation>Veld '{field}' is een aantal, maar {n} waarde(n) zijn negatief; die buurten zijn niet geldig (vk_reden = ongeldig).</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>{empty} empty, {sentinel} CBS special value, {text} text, {not_finite} not finite, {implausible} implausible</source>
      <translation>{empty} leeg, {sentinel} CBS-speciale waarde, {text} tekst, {not_finite} niet eindig, {implausible} onmogelijk</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>run veerkracht:joinleefbaarometer again with a year that has scores in the file</source>
      <translation>voer veerkracht:joinleefbaarometer opnieuw uit met een jaar dat scores heeft in het bestand</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>choose a year in which CBS published this figure, or another indicator</source>
      <translation>kies een jaar waarin het CBS dit cijfer publiceerde, of een andere indicator</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>check the field choice and the source file (vk_ontbreekt of veerkracht:preparecbs says why per value)</source>
      <translation>controleer de veldkeuze en het bronbestand (vk_ontbreekt van veerkracht:preparecbs zegt per waarde waarom)</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>{field}: {n} of {total} missing ({details}); fix: {fix}.</source>
      <translation>{field}: {n} van {total} ontbreken ({details}); oplossing: {fix}.</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source> (at t1 or t0)</source>
      <translation> (op t1 of t0)</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>No valid buurt: {klein} too small{t0} (fewer than {min_population} inhabitants or {min_households} households), {ongeldig} with an implausible value, {ontbreekt} with a missing indicator, {indeling} with a boundary change.{fields}</source>
      <translation>Geen geldige buurt: {klein} te klein{t0} (minder dan {min_population} inwoners of {min_households} huishoudens), {ongeldig} met een onmogelijke waarde, {ontbreekt} met een ontbrekende indicator, {indeling} met een grenswijziging.{fields}</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>Only {n} of {total} buurten are valid: {klein} too small{t0}, {ongeldig} with an implausible value, {ontbreekt} with a missing indicator, {indeling} with a boundary change.{fields}</source>
      <translation>Slechts {n} van {total} buurten zijn geldig: {klein} te klein{t0}, {ongeldig} met een onmogelijke waarde, {ontbreekt} met een ontbrekende indicator, {indeling} met een grenswijziging.{fields}</translation>
    </message>
    <message>
      <location filename="../core/validity.py" />
      <source>
Per indicator field:
{lines}</source>
      <translation>
Per indicatorveld:
{lines}</translation>
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
      <location filename="../qgisio/compat.py" />
      <source>The data source did not store the style.</source>
      <translation>De gegevensbron heeft de stijl niet opgeslagen.</translation>
    </message>
    <message>
      <location filename="../qgisio/frames.py" />
      <source>points</source>
      <translation>punten</translation>
    </message>
    <message>
      <location filename="../qgisio/frames.py" />
      <source>lines</source>
      <translation>lijnen</translation>
    </message>
    <message>
      <location filename="../qgisio/frames.py" />
      <source>polygons</source>
      <translation>vlakken</translation>
    </message>
    <message>
      <location filename="../qgisio/frames.py" />
      <source>no geometry</source>
      <translation>geen geometrie</translation>
    </message>
    <message>
      <location filename="../qgisio/frames.py" />
      <source>Field '{field}' does not exist in the input layer{label}.</source>
      <translation>Veld '{field}' bestaat niet in de invoerlaag{label}.</translation>
    </message>
    <message>
      <location filename="../qgisio/map_export.py" />
      <source>Cannot write the map image {path}.</source>
      <translation>Kan de kaartafbeelding {path} niet schrijven.</translation>
    </message>
    <message>
      <location filename="../qgisio/map_specs.py" />
      <source>Unknown map '{key}'; choose one of: {keys}.</source>
      <translation>Onbekende kaart '{key}'; kies uit: {keys}.</translation>
    </message>
    <message>
      <location filename="../qgisio/map_specs.py" />
      <source>Map {number} ({title}) needs the corporation share (%) per buurt, but no such field was found (looked for p_corporatie_t1, P_HUURCORP, P_WCORPW and perc_huurwoningen_in_bezit_woningcorporaties). Choose the field.</source>
      <translation>Kaart {number} ({title}) heeft het aandeel corporatiebezit (%) per buurt nodig, maar zo'n veld is niet gevonden (gezocht naar p_corporatie_t1, P_HUURCORP, P_WCORPW en perc_huurwoningen_in_bezit_woningcorporaties). Kies het veld.</translation>
    </message>
    <message>
      <location filename="../qgisio/map_specs.py" />
      <source>The layer has no field '{field}' (corporation share).</source>
      <translation>De laag heeft geen veld '{field}' (aandeel corporatiebezit).</translation>
    </message>
    <message>
      <location filename="../qgisio/map_specs.py" />
      <source>The layer has no field '{field}', which map {number} ({title}) shows. The algorithm veerkracht:score (veerkracht signals) produces it: style its output.</source>
      <translation>De laag heeft geen veld '{field}', dat kaart {number} ({title}) toont. Het algoritme veerkracht:score (veerkrachtsignalen) maakt dit veld: geef de uitvoer daarvan deze opmaak.</translation>
    </message>
    <message>
      <location filename="../qgisio/map_specs.py" />
      <source>Cannot load style {path}: {message}</source>
      <translation>Kan stijl {path} niet laden: {message}</translation>
    </message>
    <message>
      <location filename="../qgisio/maps.py" />
      <source>Layer '{name}' is not in the project.</source>
      <translation>Laag '{name}' zit niet in het project.</translation>
    </message>
    <message>
      <location filename="../qgisio/outputs.py" />
      <source>The output '{output}' would replace the input file {path}, and everything in it would be lost. Choose another file name, or write a new layer into the GeoPackage: in the dialog 'Save to GeoPackage…', in a script ogr:dbname='{path}' table="new_layer".</source>
      <translation>De uitvoer '{output}' zou het invoerbestand {path} vervangen, en alles wat erin staat zou verloren gaan. Kies een andere bestandsnaam, of schrijf een nieuwe laag in de GeoPackage: in het dialoogvenster 'Opslaan in GeoPackage…', in een script ogr:dbname='{path}' table="nieuwe_laag".</translation>
    </message>
    <message>
      <location filename="../qgisio/outputs.py" />
      <source>The output '{output}' would replace the input file {path}. Choose another file name.</source>
      <translation>De uitvoer '{output}' zou het invoerbestand {path} vervangen. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
      <location filename="../qgisio/outputs.py" />
      <source>The output '{output}' would overwrite the input layer '{layer}' in {path}. Choose another layer name (e.g. ogr:dbname='{path}' table="{layer}_new") or another file.</source>
      <translation>De uitvoer '{output}' zou de invoerlaag '{layer}' in {path} overschrijven. Kies een andere laagnaam (bijv. ogr:dbname='{path}' table="{layer}_nieuw") of een ander bestand.</translation>
    </message>
    <message>
      <location filename="../qgisio/outputs.py" />
      <source>The output '{output}' would write into the input file {path}, which holds only one layer. Choose another file name.</source>
      <translation>De uitvoer '{output}' zou in het invoerbestand {path} schrijven, dat maar één laag kan bevatten. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
      <location filename="../qgisio/outputs.py" />
      <source>The outputs '{first}' and '{second}' would both write {path}: the second would destroy the first. Choose different file names (or different layers in one GeoPackage).</source>
      <translation>De uitvoer '{first}' en '{second}' zouden allebei {path} schrijven: de tweede zou de eerste vernietigen. Kies verschillende bestandsnamen (of verschillende lagen in één GeoPackage).</translation>
    </message>
    <message>
      <location filename="../qgisio/outputs.py" />
      <source>The output '{output}' would replace {path}, which is not a {kind} file. Choose another file name.</source>
      <translation>De uitvoer '{output}' zou {path} vervangen, en dat is geen {kind}-bestand. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Field '{field}' does not exist in the input layer.</source>
      <translation>Veld '{field}' bestaat niet in de invoerlaag.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Gemeente '{gemeente}' is not in the layer. Gemeenten in the layer: {list}.</source>
      <translation>Gemeente '{gemeente}' staat niet in de laag. Gemeenten in de laag: {list}.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>The layer holds {n} gemeenten; choose one as Gemeente: {list}.</source>
      <translation>De laag bevat {n} gemeenten; kies er één als Gemeente: {list}.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>The input layer has no buurten.</source>
      <translation>De invoerlaag bevat geen buurten.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>the gemeente</source>
      <translation>de gemeente</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>QuickScan veerkracht</source>
      <translation>QuickScan veerkracht</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Stadsbrede notitie veerkracht</source>
      <translation>Stadsbrede notitie veerkracht</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>{title} – {gemeente} – Bron: CBS, Leefbaarometer (BZK)</source>
      <translation>{title} – {gemeente} – Bron: CBS, Leefbaarometer (BZK)</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>No buurt code field (buurtcode or BU_CODE) found in the input layer.</source>
      <translation>Geen buurtcodeveld (buurtcode of BU_CODE) gevonden in de invoerlaag.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>The input layer has no field vk_klasse: run veerkracht:score on it first.</source>
      <translation>De invoerlaag heeft geen veld vk_klasse: voer er eerst veerkracht:score op uit.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>The balance summary holds several scenarios; choose one as Scenario: {list}.</source>
      <translation>Het balansoverzicht bevat meerdere scenario's; kies er één als Scenario: {list}.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Scenario '{scenario}' is not in the balance summary.</source>
      <translation>Scenario '{scenario}' staat niet in het balansoverzicht.</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Buurten</source>
      <translation>Buurten</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Buurten without wijk</source>
      <translation>Buurten zonder wijk</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Wijk {name} ({code})</source>
      <translation>Wijk {name} ({code})</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Wijk {code}</source>
      <translation>Wijk {code}</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Impact on the whole city</source>
      <translation>Impact op de hele stad</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>After</source>
      <translation>Na</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Before</source>
      <translation>Voor</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>Citywide</source>
      <translation>Stadsbreed</translation>
    </message>
    <message>
      <location filename="../qgisio/report/data.py" />
      <source>How to read this report</source>
      <translation>Zo leest u dit rapport</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layers.py" />
      <source>Signal</source>
      <translation>Signaal</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layers.py" />
      <source>Balance</source>
      <translation>Balans</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layers.py" />
      <source>Wijken</source>
      <translation>Wijken</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>Buurten and inhabitants per class</source>
      <translation>Buurten en inwoners per klasse</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>Key findings</source>
      <translation>Belangrijkste bevindingen</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>wijken</source>
      <translation>wijken</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>closing page</source>
      <translation>slotpagina</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>Method and sources</source>
      <translation>Methode en bronnen</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>Balance map: orange less, purple more social rent; black outline: tips over the concentration threshold; dark red hatching: all social vacancies go to aandachtsgroepen (100 %); +n: suggested extra social dwellings (compensation).</source>
      <translation>Balanskaart: oranje minder, paars meer sociale huur; zwarte rand: komt boven de concentratiedrempel; donkerrode arcering: alle vrijkomende sociale huurwoningen gaan naar aandachtsgroepen (100 %); +n: voorgestelde extra sociale huurwoningen (compensatie).</translation>
    </message>
    <message>
      <location filename="../qgisio/report/layout.py" />
      <source>Veerkracht report</source>
      <translation>Veerkrachtrapport</translation>
    </message>
    <message>
      <location filename="../qgisio/report/pdf.py" />
      <source>Cannot write the PDF file {path}: {error}</source>
      <translation>Kan het PDF-bestand {path} niet schrijven: {error}</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>New measures table</source>
      <translation>Nieuwe maatregelentabel</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Compare with</source>
      <translation>Vergelijken met</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Share of vulnerable households (%), by default p_sociaal_minimum_t1 as in make demo, else p_laag_inkomen_t1; without it the outlook reports the allocation only</source>
      <translation>Aandeel kwetsbare huishoudens (%), standaard p_sociaal_minimum_t1 zoals in make demo, anders p_laag_inkomen_t1; zonder dit veld toont het vooruitzicht alleen de toewijzing</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Vulnerable share field</source>
      <translation>Veld aandeel kwetsbaar</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Check balance</source>
      <translation>Balans toetsen</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>(no comparison)</source>
      <translation>(geen vergelijking)</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Choose a buurt layer, a measures table and a scenario first.</source>
      <translation>Kies eerst een buurtlaag, een maatregelentabel en een scenario.</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Scenario '{scenario}' has no measures yet: select buurten and add a measure first.</source>
      <translation>Scenario '{scenario}' heeft nog geen maatregelen: selecteer buurten en voeg eerst een maatregel toe.</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Checking…</source>
      <translation>Bezig met toetsen…</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Cancelled.</source>
      <translation>Geannuleerd.</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>The summary opens in your browser: {path}</source>
      <translation>De samenvatting opent in uw browser: {path}</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Citywide balance – full summary</source>
      <translation>Stadsbrede balans – volledige samenvatting</translation>
    </message>
    <message>
      <location filename="../ui/balans.py" />
      <source>Balans – {scenario}</source>
      <translation>Balans – {scenario}</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>New table</source>
      <translation>Nieuwe tabel</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Create a measures table in the buurt layer's GeoPackage</source>
      <translation>Maak een maatregelentabel in de GeoPackage van de buurtlaag</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Measures table</source>
      <translation>Maatregelentabel</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Choose a scenario, or type a new name</source>
      <translation>Kies een scenario of typ een nieuwe naam</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source> dwellings</source>
      <translation> woningen</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Share of social vacancies allocated to aandachtsgroepen (0–1)</source>
      <translation>Aandeel van de vrijkomende sociale huurwoningen dat naar aandachtsgroepen gaat (0–1)</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Share (toewijzing)</source>
      <translation>Aandeel (toewijzing)</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Add ({n} buurten)</source>
      <translation>Toevoegen ({n} buurten)</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Remove chosen</source>
      <translation>Gekozen verwijderen</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Remove the measures chosen in the list</source>
      <translation>De in de lijst gekozen maatregelen verwijderen</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Edit in table</source>
      <translation>Bewerken in tabel</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Change numbers, segments or explanations of existing measures</source>
      <translation>Aantallen, segmenten of toelichtingen van bestaande maatregelen wijzigen</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Add this measure for each selected buurt</source>
      <translation>Deze maatregel toevoegen voor elke geselecteerde buurt</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Cannot create the measures table in {path}.</source>
      <translation>Kan de maatregelentabel niet aanmaken in {path}.</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Scenario 1</source>
      <translation>Scenario 1</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>{n} measure(s) in scenario '{scenario}'.</source>
      <translation>{n} maatregel(en) in scenario '{scenario}'.</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>The measures table cannot be edited.</source>
      <translation>De maatregelentabel kan niet worden bewerkt.</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Veerkracht measures</source>
      <translation>Veerkracht-maatregelen</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Saving the measures failed: {errors}</source>
      <translation>Opslaan van de maatregelen is mislukt: {errors}</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Give the scenario a name first.</source>
      <translation>Geef het scenario eerst een naam.</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>The buurt layer has no buurt code field.</source>
      <translation>De buurtlaag heeft geen veld met de buurtcode.</translation>
    </message>
    <message>
      <location filename="../ui/balans_editor.py" />
      <source>Saved: {n} measure(s) added to '{scenario}'.</source>
      <translation>Opgeslagen: {n} maatregel(en) toegevoegd aan '{scenario}'.</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Social share before (%)</source>
      <translation>Aandeel sociale huur voor (%)</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Social share after (%)</source>
      <translation>Aandeel sociale huur na (%)</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Target (%)</source>
      <translation>Doel (%)</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Short of the target (tekort, dwellings)</source>
      <translation>Tekort ten opzichte van het doel (woningen)</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Placements per year</source>
      <translation>Plaatsingen per jaar</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Placements without a vacancy</source>
      <translation>Plaatsingen zonder vrijkomende woning</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Change in allocation elsewhere (pp)</source>
      <translation>Verandering toewijzing elders (procentpunt)</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Buurten that tip</source>
      <translation>Buurten die kantelen</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Tekort: the social dwellings still missing after the scenario to reach the target (0: the target is met). Compensation needed: the social dwellings the measures remove on balance; they should come back elsewhere, also when the target is met. Households and dwellings are rounded to whole numbers for display.</source>
      <translation>Tekort: de sociale huurwoningen die na het scenario nog ontbreken om het doel te halen (0: het doel is gehaald). Compensatie nodig: de sociale huurwoningen die de maatregelen per saldo weghalen; die moeten elders terugkomen, ook als het doel gehaald wordt. Huishoudens en woningen zijn voor de weergave afgerond op hele getallen.</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Attention:</source>
      <translation>Let op:</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Compensation could go to the {shown} of {n} candidate buurten with the most room ({part} of {total} social dwellings; the full summary lists the rest):</source>
      <translation>Compensatie kan naar de {shown} van {n} kandidaatbuurten met de meeste ruimte ({part} van {total} sociale huurwoningen; de volledige samenvatting noemt de rest):</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Compensation could go to all {n} candidate buurten ({total} social dwellings):</source>
      <translation>Compensatie kan naar alle {n} kandidaatbuurten ({total} sociale huurwoningen):</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>At 100 % of their social vacancies for aandachtsgroepen (take nothing extra, no compensation target):</source>
      <translation>Op 100 % van hun vrijkomende sociale huurwoningen voor aandachtsgroepen (nemen niets extra, geen doel voor compensatie):</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Buurten that tip:</source>
      <translation>Buurten die kantelen:</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Open the full summary</source>
      <translation>Volledige samenvatting openen</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Show on the map</source>
      <translation>Toon op de kaart</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Adds the balance of the checked scenario as a styled layer: buurten that tip, compensation targets with their suggested extra social dwellings, buurten at 100 % of their social vacancies</source>
      <translation>Voegt de balans van het getoetste scenario toe als opgemaakte laag: buurten die kantelen, buurten voor compensatie met de voorgestelde extra sociale huurwoningen, buurten op 100 % van hun vrijkomende sociale huurwoningen</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>The check did not run:</source>
      <translation>De toets is niet uitgevoerd:</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>Vulnerable share: field '{field}'.</source>
      <translation>Aandeel kwetsbare huishoudens: veld '{field}'.</translation>
    </message>
    <message>
      <location filename="../ui/balans_results.py" />
      <source>No vulnerable-share field: the share of social vacancies to aandachtsgroepen (ALLOCATION_SHARE) is used.</source>
      <translation>Geen veld met het aandeel kwetsbare huishoudens: het aandeel vrijkomende sociale huurwoningen voor aandachtsgroepen (ALLOCATION_SHARE) wordt gebruikt.</translation>
    </message>
    <message>
      <location filename="../ui/balans_runner.py" />
      <source>The balance check failed.</source>
      <translation>De balanstoets is mislukt.</translation>
    </message>
    <message>
      <location filename="../ui/classlabels.py" />
      <source>Vulnerable residents and problems both increase</source>
      <translation>Kwetsbare bewoners en problemen nemen allebei toe</translation>
    </message>
    <message>
      <location filename="../ui/classlabels.py" />
      <source>Vulnerable residents increase, problems do not</source>
      <translation>Kwetsbare bewoners nemen toe, problemen niet</translation>
    </message>
    <message>
      <location filename="../ui/classlabels.py" />
      <source>Problems increase, vulnerable residents do not</source>
      <translation>Problemen nemen toe, kwetsbare bewoners niet</translation>
    </message>
    <message>
      <location filename="../ui/classlabels.py" />
      <source>Problems decrease</source>
      <translation>Problemen nemen af</translation>
    </message>
    <message>
      <location filename="../ui/classlabels.py" />
      <source>Little change in vulnerable residents or problems</source>
      <translation>Weinig verandering in kwetsbare bewoners of problemen</translation>
    </message>
    <message>
      <location filename="../ui/classlabels.py" />
      <source>Too few inhabitants, missing figures or a changed boundary</source>
      <translation>Te weinig inwoners, ontbrekende cijfers of een gewijzigde grens</translation>
    </message>
    <message>
      <location filename="../ui/context.py" />
      <source>Buurt {fid}</source>
      <translation>Buurt {fid}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>The buurt layer</source>
      <translation>De buurtlaag</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>The buurt in focus: class and figures</source>
      <translation>De buurt in beeld: klasse en cijfers</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Perspectieven</source>
      <translation>Perspectieven</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Handelingsperspectieven and wijkschets of the selected buurten</source>
      <translation>Handelingsperspectieven en wijkschets van de geselecteerde buurten</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Presentation</source>
      <translation>Presentatie</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>The mix map and presentation mode</source>
      <translation>De mixkaart en de presentatiemodus</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Scenario &amp; balans</source>
      <translation>Scenario &amp; balans</translation>
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
      <source>Write notitie</source>
      <translation>Maak notitie</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Build the stadsbrede notitie or a QuickScan as print layouts and open them in the layout designer</source>
      <translation>Maak de stadsbrede notitie of een QuickScan als printlayouts en open ze in de layoutontwerper</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Choose a scored buurt layer first.</source>
      <translation>Kies eerst een buurtlaag met veerkrachtscores.</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>too few inhabitants or households</source>
      <translation>te weinig inwoners of huishoudens</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>an indicator is missing</source>
      <translation>een indicator ontbreekt</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>boundary changed</source>
      <translation>grens gewijzigd</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Vroeg signaal</source>
      <translation>Vroeg signaal</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Early warning (vk_signaal): vulnerable residents concentrated and increasing, problems not (yet) visible</source>
      <translation>Vroeg signaal (vk_signaal): kwetsbare bewoners geconcentreerd en toenemend, problemen (nog) niet zichtbaar</translation>
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
      <source>Wijk</source>
      <translation>Wijk</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>Households</source>
      <translation>Huishoudens</translation>
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
      <source>Problems measured per</source>
      <translation>Problemen gemeten per</translation>
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
      <source>Tags last updated</source>
      <translation>Tags laatst bijgewerkt</translation>
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
      <source>wijk: the Leefbaarometer figures are per wijk, every buurt of the wijk shares ΔP and P</source>
      <translation>wijk: de Leefbaarometer-cijfers zijn per wijk, alle buurten van de wijk delen ΔP en P</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>buurt</source>
      <translation>buurt</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>not yet tagged</source>
      <translation>nog niet getagd</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>(wijk)</source>
      <translation>(wijk)</translation>
    </message>
    <message>
      <location filename="../ui/inspector.py" />
      <source>● this buurt   ◆ mean of {gemeente}   | its other buurten (ΔK, ΔP: change; K, P: level at t1)</source>
      <translation>● deze buurt   ◆ gemiddelde van {gemeente}   | de andere buurten (ΔK, ΔP: ontwikkeling; K, P: niveau op t1)</translation>
    </message>
    <message>
      <location filename="../ui/mixstyle.py" />
      <source>Discussed</source>
      <translation>Besproken</translation>
    </message>
    <message>
      <location filename="../ui/mixstyle.py" />
      <source>Not yet discussed</source>
      <translation>Nog niet besproken</translation>
    </message>
    <message>
      <location filename="../ui/mixstyle.py" />
      <source>Veerkracht mix</source>
      <translation>Veerkracht-mix</translation>
    </message>
    <message>
      <location filename="../ui/presentation.py" />
      <source>No buurt called '{text}'.</source>
      <translation>Geen buurt met de naam '{text}'.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>Corporation</source>
      <translation>Corporatie</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>K level</source>
      <translation>K-niveau</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>P level</source>
      <translation>P-niveau</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>Tags are set in the dock's Perspectieven tab first (the layer has no tag fields yet).</source>
      <translation>Tags worden eerst in het tabblad Perspectieven van het paneel gezet (de laag heeft nog geen tagvelden).</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>No wijkschets yet.</source>
      <translation>Nog geen wijkschets.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>Overview</source>
      <translation>Overzicht</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>{n} buurten</source>
      <translation>{n} buurten</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>Buurten discussed</source>
      <translation>Buurten besproken</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>Choose a buurt (→, a name or a click) to see and set its tags.</source>
      <translation>Kies een buurt (→, een naam of een klik) om de tags te zien en te zetten.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_card.py" />
      <source>overview</source>
      <translation>overzicht</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Handelingsperspectieven on the map</source>
      <translation>Handelingsperspectieven op de kaart</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Label buurten with name and mix</source>
      <translation>Buurten labelen met naam en mix</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Show the mix on the map</source>
      <translation>Toon de mix op de kaart</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>A 2×2 glyph per buurt: top Sociale aanpak | Leefomgeving, bottom Herpositionering | Woningprogramma; stronger colour = more effort</source>
      <translation>Een 2×2-symbool per buurt: boven Sociale aanpak | Leefomgeving, onder Herpositionering | Woningprogramma; sterkere kleur = meer inzet</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Back to the previous style</source>
      <translation>Terug naar de vorige stijl</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Presentation mode</source>
      <translation>Presentatiemodus</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>All buurten '{label}'</source>
      <translation>Alle buurten '{label}'</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>All buurten of a class</source>
      <translation>Alle buurten van een klasse</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>The selected buurten</source>
      <translation>De geselecteerde buurten</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Where the presentation opens; the QGIS window with this dock stays where it is</source>
      <translation>Waar de presentatie opent; het QGIS-venster met dit paneel blijft waar het is</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Start presentation</source>
      <translation>Presentatie starten</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Full-screen map; → and ← step through the buurten, 1–9 switch maps, 0 shows the whole gemeente, Esc returns</source>
      <translation>Kaart op het volle scherm; → en ← lopen door de buurten, 1–9 wisselen van kaart, 0 toont de hele gemeente, Esc keert terug</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Keys: → ← (or a clicker) next and previous buurt, 1–9 the nine maps, Tab the mix, 0 the whole gemeente, type a name to jump to a buurt, Esc back.</source>
      <translation>Toetsen: → ← (of een presenter) volgende en vorige buurt, 1–9 de negen kaarten, Tab de mix, 0 de hele gemeente, typ een naam om naar een buurt te gaan, Esc terug.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Screen: automatic</source>
      <translation>Scherm: automatisch</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>The second screen when there is one, else this screen</source>
      <translation>Het tweede scherm als er een is, anders dit scherm</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Stop presentation</source>
      <translation>Presentatie stoppen</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>Choose a buurt layer first.</source>
      <translation>Kies eerst een buurtlaag.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>No buurten in this list; the presentation shows the whole gemeente.</source>
      <translation>Geen buurten in deze lijst; de presentatie toont de hele gemeente.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_panel.py" />
      <source>{n} buurten in the presentation.</source>
      <translation>{n} buurten in de presentatie.</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>Screen {n}: {width}×{height}</source>
      <translation>Scherm {n}: {width}×{height}</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>(this screen)</source>
      <translation>(dit scherm)</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>Mix of handelingsperspectieven</source>
      <translation>Mix van handelingsperspectieven</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>lighter = less effort: 0 none … 3 main effort</source>
      <translation>lichter = minder inzet: 0 geen … 3 hoofdinzet</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>perspective not yet discussed</source>
      <translation>perspectief nog niet besproken</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>buurt discussed (glyph: top S | L, bottom H | W)</source>
      <translation>buurt besproken (symbool: boven S | L, onder H | W)</translation>
    </message>
    <message>
      <location filename="../ui/presentation_views.py" />
      <source>buurt not yet discussed</source>
      <translation>buurt nog niet besproken</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Veerkracht presentation</source>
      <translation>Veerkracht-presentatie</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Map {n}: {title} (key {n})</source>
      <translation>Kaart {n}: {title} (toets {n})</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Mix</source>
      <translation>Mix</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>The mix of handelingsperspectieven (Tab)</source>
      <translation>De mix van handelingsperspectieven (Tab)</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Overview of the whole gemeente (0 or Home)</source>
      <translation>Overzicht van de hele gemeente (0 of Home)</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Back to QGIS (Esc)</source>
      <translation>Terug naar QGIS (Esc)</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Type a buurt name…</source>
      <translation>Typ een buurtnaam…</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Handelingsperspectieven</source>
      <translation>Handelingsperspectieven</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Wijkschets</source>
      <translation>Wijkschets</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>not yet discussed</source>
      <translation>nog niet besproken</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>1–9 map · Tab mix · 0 overview · ← → previous / next · type a name to find a buurt · Esc back to QGIS</source>
      <translation>1–9 kaart · Tab mix · 0 overzicht · ← → vorige / volgende · typ een naam om een buurt te zoeken · Esc terug naar QGIS</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Previous buurt (←, PageUp)</source>
      <translation>Vorige buurt (←, PageUp)</translation>
    </message>
    <message>
      <location filename="../ui/presentation_window.py" />
      <source>Next buurt (→, PageDown)</source>
      <translation>Volgende buurt (→, PageDown)</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Someone else changed {buurt}</source>
      <translation>Iemand anders heeft {buurt} gewijzigd</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>an unknown time</source>
      <translation>een onbekend tijdstip</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>&lt;b&gt;{buurt}&lt;/b&gt; was changed in the data source at {time}, after you opened it (by someone else, or by you in another window). Nothing has been overwritten. Choose which version to keep.</source>
      <translation>&lt;b&gt;{buurt}&lt;/b&gt; is om {time} in de gegevensbron gewijzigd, nadat u de buurt opende (door iemand anders, of door uzelf in een ander venster). Er is niets overschreven. Kies welke versie u wilt houden.</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Your version</source>
      <translation>Uw versie</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Their version</source>
      <translation>Hun versie</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Merged text – {field} (you can edit it):</source>
      <translation>Samengevoegde tekst – {field} (u kunt die aanpassen):</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Same choice for the other {n} buurten in conflict</source>
      <translation>Dezelfde keuze voor de andere {n} buurten met een conflict</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Keep mine</source>
      <translation>Mijn versie houden</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Write your version over theirs</source>
      <translation>Uw versie over die van hen heen schrijven</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Keep their version and drop yours</source>
      <translation>Hun versie houden en de uwe laten vallen</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Take theirs</source>
      <translation>Hun versie nemen</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Save merged text</source>
      <translation>Samengevoegde tekst opslaan</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Write the merged text (intensities: yours)</source>
      <translation>De samengevoegde tekst opslaan (intensiteiten: de uwe)</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Decide later</source>
      <translation>Later beslissen</translation>
    </message>
    <message>
      <location filename="../ui/tagconflict.py" />
      <source>Keep your change unsaved; Save again asks again</source>
      <translation>Uw wijziging blijft onopgeslagen bewaard; Opnieuw opslaan vraagt het opnieuw</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Sociale aanpak</source>
      <translation>Sociale aanpak</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Leefomgeving</source>
      <translation>Leefomgeving</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Herpositionering bestaande voorraad</source>
      <translation>Herpositionering bestaande voorraad</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Woningprogramma</source>
      <translation>Woningprogramma</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Safety, social support, talent development</source>
      <translation>Veiligheid, sociale ondersteuning, talentontwikkeling</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Amenities, public space, building quality, sustainability</source>
      <translation>Voorzieningen, openbare ruimte, kwaliteit van gebouwen, duurzaamheid</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Rent policy, allocation, arrangements for existing dwellings</source>
      <translation>Huurbeleid, woningtoewijzing, arrangementen voor bestaande woningen</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Demolish, replace or add dwellings</source>
      <translation>Woningen slopen, vervangen of toevoegen</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>0 none</source>
      <translation>0 geen</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>1 limited</source>
      <translation>1 beperkt</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>2 substantial</source>
      <translation>2 substantieel</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>3 main effort</source>
      <translation>3 hoofdinzet</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>– not discussed yet</source>
      <translation>– nog niet besproken</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>(different)</source>
      <translation>(verschillend)</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Problem analysis (wijkschets)</source>
      <translation>Probleemanalyse (wijkschets)</translation>
    </message>
    <message>
      <location filename="../ui/taglabels.py" />
      <source>Definition of success</source>
      <translation>Definitie van succes</translation>
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
      <source>Save again</source>
      <translation>Opnieuw opslaan</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Try again now to save the changes that are not saved yet</source>
      <translation>Nu opnieuw proberen de nog niet opgeslagen wijzigingen op te slaan</translation>
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
      <source>buurt {fid}</source>
      <translation>buurt {fid}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Undo: {change}</source>
      <translation>Ongedaan maken: {change}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Nothing to undo for the buurten shown</source>
      <translation>Niets ongedaan te maken voor de getoonde buurten</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Redo: {change}</source>
      <translation>Opnieuw doen: {change}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Nothing to redo for the buurten shown</source>
      <translation>Niets opnieuw te doen voor de getoonde buurten</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>NOT saved: {buurten}. Kept here until it is saved: click Save again when the data source is free (if QGIS must close first, copy your texts somewhere safe).</source>
      <translation>NIET opgeslagen: {buurten}. Blijft hier bewaard tot het is opgeslagen: klik op Opnieuw opslaan zodra de gegevensbron vrij is (moet QGIS eerst sluiten, kopieer uw teksten dan naar een veilige plek).</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Not saved yet: {buurten} – trying again…</source>
      <translation>Nog niet opgeslagen: {buurten} – wordt opnieuw geprobeerd…</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Not saved yet: an earlier change is waiting for the data source.</source>
      <translation>Nog niet opgeslagen: een eerdere wijziging wacht op de gegevensbron.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Saved at {time}</source>
      <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>No tags saved yet.</source>
      <translation>Nog geen tags opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Last saved {time}.</source>
      <translation>Laatst opgeslagen {time}.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Last saved {time} (the latest of these buurten).</source>
      <translation>Laatst opgeslagen {time} (de laatste van deze buurten).</translation>
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
      <source>(different) – the {n} buurten have different texts; typing replaces them all.</source>
      <translation>(verschillend) – de {n} buurten hebben verschillende teksten; typen vervangt ze allemaal.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>{strategy} = {value}</source>
      <translation>{strategy} = {value}</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>The {n} selected buurten have different texts for “{field}”. What you type replaces the text of every one of them. Replace them?

(To change one buurt’s text, select only that buurt.)</source>
      <translation>De {n} geselecteerde buurten hebben verschillende teksten voor “{field}”. Wat u typt vervangt de tekst van elk van hen. Vervangen?

(Om de tekst van één buurt te wijzigen, selecteert u alleen die buurt.)</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Replace different texts</source>
      <translation>Verschillende teksten vervangen</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>Typing… saved shortly.</source>
      <translation>Typen… wordt zo opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>text: {fields}</source>
      <translation>tekst: {fields}</translation>
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
      <location filename="../ui/tags.py" />
      <source>Tags not saved</source>
      <translation>Tags niet opgeslagen</translation>
    </message>
    <message>
      <location filename="../ui/tags.py" />
      <source>These changes could not be saved:

{changes}</source>
      <translation>Deze wijzigingen konden niet worden opgeslagen:

{changes}</translation>
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
      <source>Veerkracht: {change}</source>
      <translation>Veerkracht: {change}</translation>
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
      <source>Not saved yet: waiting for the previous change.</source>
      <translation>Nog niet opgeslagen: wacht op de vorige wijziging.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Everything is saved.</source>
      <translation>Alles is opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>The layer was removed from the project.</source>
      <translation>De laag is uit het project verwijderd.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Not saved yet: the data source is busy (someone else is saving). Trying again…</source>
      <translation>Nog niet opgeslagen: de gegevensbron is bezet (iemand anders slaat op). Wordt opnieuw geprobeerd…</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>the data source is still locked by someone else</source>
      <translation>de gegevensbron is nog steeds door iemand anders vergrendeld</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>NOT saved ({buurten}): {error}. Your change is kept: click Save again.</source>
      <translation>NIET opgeslagen ({buurten}): {error}. Uw wijziging blijft bewaard: klik op Opnieuw opslaan.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>{buurten} no longer exist in the data source: not saved.</source>
      <translation>{buurten} bestaat niet meer in de gegevensbron: niet opgeslagen.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Not undone in {buurten}: someone else changed it after you; their version is kept.</source>
      <translation>Niet ongedaan gemaakt in {buurten}: iemand anders heeft het na u gewijzigd; hun versie blijft staan.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>{buurten}: the other version is kept (yours was not saved).</source>
      <translation>{buurten}: de andere versie blijft staan (de uwe is niet opgeslagen).</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>NOT saved ({buurten}): someone else changed it at {time}. Click Save again to choose which version to keep.</source>
      <translation>NIET opgeslagen ({buurten}): iemand anders heeft het om {time} gewijzigd. Klik op Opnieuw opslaan om te kiezen welke versie u houdt.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Undone in {buurten}: {change}. {saved}</source>
      <translation>Ongedaan gemaakt in {buurten}: {change}. {saved}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Redone in {buurten}: {change}. {saved}</source>
      <translation>Opnieuw gedaan in {buurten}: {change}. {saved}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>{change} – {buurten} (not saved yet)</source>
      <translation>{change} – {buurten} (nog niet opgeslagen)</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>{change} – {buurten}</source>
      <translation>{change} – {buurten}</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Undone in {buurten}: {change} (it had not been saved yet).</source>
      <translation>Ongedaan gemaakt in {buurten}: {change} (het was nog niet opgeslagen).</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Nothing to redo.</source>
      <translation>Niets opnieuw te doen.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>Nothing to undo.</source>
      <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
      <location filename="../ui/tagstore.py" />
      <source>NOT saved, the change stays in the edit buffer: {error}</source>
      <translation>NIET opgeslagen, de wijziging blijft in de bewerkingsbuffer: {error}</translation>
    </message>
    <message>
      <location filename="../ui/tagwriter.py" />
      <source>The table {table} is missing.</source>
      <translation>De tabel {table} ontbreekt.</translation>
    </message>
    <message>
      <location filename="../ui/tagwriter.py" />
      <source>The layer cannot be edited.</source>
      <translation>De laag kan niet worden bewerkt.</translation>
    </message>
  </context>
</TS>
