// Hand-maintained inputs of the member registry (members.md §4.1–4.2). The generator reads these;
// the runtime never does. Every value carries its source URL.
import type { MemberCode, Region } from '../domain/ids.js';
import type { RegionBasis } from '../domain/member.js';

/**
 * The 196 INTERPOL member countries (members.md §1, §2): the 193 UN members minus PRK and TUV, plus
 * PSE, VAT, ABW, CUW, SXM. Total of 196 reported at the 93rd GA, Marrakech 2025:
 * https://www.italpress.com/93rd-interpol-general-assembly-kicks-off-in-marrakech ; Palau the 196th:
 * https://securengin.fifthestate.nz/2023/11/29/palau-becomes-interpols-196th-member-country
 */
export const MEMBER_ISO3: readonly MemberCode[] = `
ABW AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA
BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CUW CYP CZE DEU DJI DMA DNK
DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND
HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR
LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI
MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRT PRY PSE QAT ROU RUS RWA
SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCD TGO THA TJK TKM
TLS TON TTO TUN TUR TZA UGA UKR URY USA UZB VAT VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
`.trim().split(/\s+/);

/**
 * The five members that are not UN member states (members.md §2.3); rules of admission:
 * https://www.rednoticelawjournal.com/2011/12/a-growing-interpol-new-member-countries/
 */
export const NON_UN_MEMBERS: readonly MemberCode[] = ['ABW', 'CUW', 'PSE', 'SXM', 'VAT'];

/**
 * Codes that must never appear (members.md §2.2, §2.4): UN members outside INTERPOL, Kosovo under
 * every code in use, Taiwan, the Chinese sub-bureaus and Western Sahara. Evidence for PRK/TUV:
 * https://en.wikipedia.org/w/index.php?title=Interpol&diff=prev&oldid=1240695520
 */
export const EXCLUDED_ISO3: readonly string[] = ['PRK', 'TUV', 'XKX', 'XKK', 'UNK', 'TWN', 'HKG', 'MAC', 'ESH'];

/** A region that differs from the M49 rule, with why (members.md §3.3). */
export interface RegionOverride {
  readonly region: Region;
  readonly basis: Exclude<RegionBasis, 'm49'>;
  readonly source: string;
}

/** UN M49 Asia → INTERPOL Europe (members.md §3.2–3.3). */
export const REGION_OVERRIDES: Readonly<Record<MemberCode, RegionOverride>> = {
  // accepted into the European region at the 2006 GA
  ISR: { region: 'EUROPE', basis: 'sourced-override', source: 'https://www.jpost.com/Israel/Israel-admitted-to-Interpol-Europe' },
  // elected Delegate for Europe in 2024, stood for VP for Europe in 2022
  TUR: { region: 'EUROPE', basis: 'sourced-override', source: 'https://news-pravda.com/world/2024/11/08/838458.html ; https://rossaprimavera.ru/news/49a18035' },
  // the interpol.int country page says "Région: Europe"
  AZE: { region: 'EUROPE', basis: 'sourced-override', source: 'https://www.interpol.int/fr/Qui-nous-sommes/Les-pays-membres/Europe/AZERBAIDJAN' },
  // inferred by analogy with Azerbaijan; Europe then counts the 50 seen at European conferences
  ARM: { region: 'EUROPE', basis: 'inferred-override', source: 'http://policja.pl/pol/aktualnosci/174316,Zakonczyla-sie-47-Europejska-Konferencja-Regionalna-Interpolu-w-Katowicach.html' },
  GEO: { region: 'EUROPE', basis: 'inferred-override', source: 'http://policja.pl/pol/aktualnosci/174316,Zakonczyla-sie-47-Europejska-Konferencja-Regionalna-Interpolu-w-Katowicach.html' },
  // inferred: EU member attending European bodies; no direct INTERPOL statement (members.md §3.2)
  CYP: { region: 'EUROPE', basis: 'inferred-override', source: 'members.md §3.2 (inference: EU member, European bodies)' },
};

/**
 * English display names where the first `i18n-iso-countries` alias is long or official (members.md
 * §4.6, plus TUR, KOR and COG as in Appendix A). INTERPOL's own spellings: https://www.interpol.int/en/Who-we-are/Member-countries
 */
export const NAME_OVERRIDES: Readonly<Record<MemberCode, string>> = {
  BRN: 'Brunei', CHN: 'China', CIV: "Côte d'Ivoire", COD: 'DR Congo', CZE: 'Czechia',
  FSM: 'Micronesia', GMB: 'Gambia', IRN: 'Iran', LAO: 'Laos', MDA: 'Moldova',
  MKD: 'North Macedonia', PSE: 'Palestine', RUS: 'Russia', STP: 'São Tomé and Príncipe',
  SXM: 'Sint Maarten', SYR: 'Syria', TZA: 'Tanzania', USA: 'United States',
  VAT: 'Vatican City State', TUR: 'Türkiye', KOR: 'Korea (Rep. of)',
  // not in the §4.6 table, but Appendix A writes "Congo" (the first alias is "Republic of the Congo")
  COG: 'Congo',
};

/**
 * French short names where the first `langs/fr.json` alias is long, official or oddly cased; used
 * for the roll call in French alphabetical order (interpol-rules.md R3.2, RPGA Art 19). Forms follow
 * the usual French short names, e.g. https://www.diplomatie.gouv.fr/fr/dossiers-pays/
 */
export const NAME_FR_OVERRIDES: Readonly<Record<MemberCode, string>> = {
  ARE: 'Émirats arabes unis', BRN: 'Brunei', CAF: 'République centrafricaine',
  CIV: "Côte d'Ivoire", COD: 'Congo (Rép. dém.)', COG: 'Congo', CZE: 'Tchéquie',
  DOM: 'République dominicaine', SAU: 'Arabie saoudite', SWZ: 'Eswatini', SXM: 'Sint Maarten',
  TZA: 'Tanzanie', USA: 'États-Unis', VAT: 'Cité du Vatican',
};

/**
 * Year of joining, only where sourced (members.md §2.6); every other member is null until filled
 * from https://www.interpol.int/content/download/12634/file/INTERPOL%20Membership.pdf
 */
export const JOINED_YEAR: Readonly<Record<MemberCode, number>> = {
  // founding members under the 1956 Constitution, as far as the source lists them:
  // http://fsou.com/html/text/eag/1006700/100670032_4.html (the rest of the list is unconfirmed)
  ...Object.fromEntries(
    'ARG AUS AUT BEL BRA MMR KHM CAN LKA CHL COL CRI CUB DNK DOM EGY IRL DEU FIN FRA GRC GTM IND IDN IRN'
      .split(' ')
      .map((code) => [code, 1956]),
  ),
  ISR: 1949, // ICPC era, more precise than 1956: https://samanews.ps/ar/post/123315
  AZE: 1992, // https://www.interpol.int/fr/Qui-nous-sommes/Les-pays-membres/Europe/AZERBAIDJAN
  ARM: 1992, // https://armeniandiaspora.com/forum/2010/may-2010/219815-one-of-the-most-important-regulations-of-interpol-is-non-politicizat?p=219815
  KAZ: 1993, // NCB set up, approximate: https://www.inform.kz/en/internal-affairs-minister-holds-talks-with-interpol-president_a3585890/amp
  VAT: 2008, // https://vita.it/?p=232499
  CUW: 2011, SXM: 2011, SSD: 2011, // https://www.rednoticelawjournal.com/2011/12/a-growing-interpol-new-member-countries/
  PSE: 2017, SLB: 2017, // https://www.interpol.int/fr/Actualites-et-evenements/Actualites/2017/L-Etat-de-Palestine-et-les-Iles-Salomon-deviennent-Membres-d-INTERPOL
  VUT: 2018, KIR: 2018, // https://rsipf.gov.sb/?q=node%2F871 ; https://archive.fijivillage.com/article.php?id=243273
  FSM: 2021, // https://www.interpol.int/News-and-Events/News/2021/INTERPOL-General-Assembly-opens-in-Turkey-with-new-member-country-bringing-total-to-195
  PLW: 2023, // https://securengin.fifthestate.nz/2023/11/29/palau-becomes-interpols-196th-member-country
};

/** A contribution-proxy rate for a member without a row in the UN scale (members.md §5.2 step 2). */
export interface ProxyRate {
  readonly ratePct: number;
  readonly basis: 'un-notional' | 'floor';
}

/**
 * Notional rates set for non-members by A/RES/79/249 (https://undocs.org/A/RES/79/249), and the
 * 0.001 % floor for the Dutch Caribbean countries (https://www.un.org/en/ga/contributions/budget.shtml).
 */
export const CONTRIB_PROXY: Readonly<Record<MemberCode, ProxyRate>> = {
  PSE: { ratePct: 0.011, basis: 'un-notional' },
  VAT: { ratePct: 0.001, basis: 'un-notional' },
  ABW: { ratePct: 0.001, basis: 'floor' },
  CUW: { ratePct: 0.001, basis: 'floor' },
  SXM: { ratePct: 0.001, basis: 'floor' },
};
