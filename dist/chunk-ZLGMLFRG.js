import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  compileGlobs,
  globProblem
} from "./chunk-LNJJTR4R.js";
import {
  escapeRegex,
  regionOf,
  withPythonTree
} from "./chunk-O63SYX52.js";
import {
  inRanges,
  outermost
} from "./chunk-X4QDXHRQ.js";

// src/deps/file-types.ts
function fileTypeOf(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/^Dockerfile(\..+)?$|\.dockerfile$/i.test(name)) return "dockerfile";
  if (/(^|[-_.])(requirements|constraints)([-_.].*)?\.(txt|in)$/i.test(name)) return "requirements";
  if (name === "pyproject.toml") return "pyproject";
  if (name === "setup.py") return "setup.py";
  if (name === "setup.cfg") return "setup.cfg";
  if (name === "Pipfile") return "pipfile";
  if (name === "uv.lock") return "uv.lock";
  if (/^(environment|conda)([-_.].*)?\.ya?ml$/i.test(name)) return "conda";
  if (name === ".python-version") return "python-version";
  if (name === "runtime.txt") return "runtime.txt";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  return void 0;
}

// node_modules/@eslint-community/regexpp/index.mjs
var latestEcmaVersion = 2025;
var largeIdStartRanges = void 0;
var largeIdContinueRanges = void 0;
function isIdStart(cp) {
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp);
}
function isIdContinue(cp) {
  if (cp < 48)
    return false;
  if (cp < 58)
    return true;
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp === 95)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp) || isLargeIdContinue(cp);
}
function isLargeIdStart(cp) {
  return isInRange(cp, largeIdStartRanges !== null && largeIdStartRanges !== void 0 ? largeIdStartRanges : largeIdStartRanges = initLargeIdStartRanges());
}
function isLargeIdContinue(cp) {
  return isInRange(cp, largeIdContinueRanges !== null && largeIdContinueRanges !== void 0 ? largeIdContinueRanges : largeIdContinueRanges = initLargeIdContinueRanges());
}
function initLargeIdStartRanges() {
  return restoreRanges("4q 0 b 0 5 0 6 m 2 u 2 cp 5 b f 4 8 0 2 0 3m 4 2 1 3 3 2 0 7 0 2 2 2 0 2 j 2 2a 2 3u 9 4l 2 11 2 1 7 14 3 1 1w q 5 3 1a 16 10 1 2 2q 2 0 g 1 8 1 b 2 3 0 h 0 2 t u 2g c 0 p w a 1 5 0 6 l 5 0 a 0 4 0 o o 8 a 6 n 2 6 h 15 1n 1h 4 0 j 0 8 9 g f 5 7 3 1 3 l 2 6 2 0 4 3 4 0 h 0 e 1 2 2 f 1 b 0 9 5 5 1 3 l 2 6 2 1 2 1 2 1 w 3 2 0 k 2 h 8 2 2 2 l 2 6 2 1 2 4 4 0 j 0 g 1 o 0 c 7 3 1 3 l 2 6 2 1 2 4 4 0 v 1 2 2 g 0 i 0 2 5 4 2 2 3 4 1 2 0 2 1 4 1 4 2 4 b n 0 1h 7 2 2 2 m 2 f 4 0 r 2 2 1 3 1 v 0 5 7 2 2 2 m 2 9 2 4 4 0 v 2 2 1 g 1 i 8 2 2 2 14 3 0 h 0 6 2 9 2 p 5 6 h 4 n 2 8 2 0 3 6 1n 1b 2 1 d 6 1n 1 2 0 2 4 2 n 2 0 2 9 2 1 a 0 3 4 2 0 m 3 x 0 1s 7 2 z s 4 38 16 l 0 h 5 5 3 4 0 4 1 8 2 5 c d 0 i 11 2 0 6 0 3 16 2 98 2 3 3 6 2 0 2 3 3 14 2 3 3 w 2 3 3 6 2 0 2 3 3 e 2 1k 2 3 3 1u 12 f h 2d 3 5 4 h7 3 g 2 p 6 22 4 a 8 h e i f h f c 2 2 g 1f 10 0 5 0 1w 2g 8 14 2 0 6 1x b u 1e t 3 4 c 17 5 p 1j m a 1g 2b 0 2m 1a i 7 1j t e 1 b 17 r z 16 2 b z 3 a 6 16 3 2 16 3 2 5 2 1 4 0 6 5b 1t 7p 3 5 3 11 3 5 3 7 2 0 2 0 2 0 2 u 3 1g 2 6 2 0 4 2 2 6 4 3 3 5 5 c 6 2 2 6 39 0 e 0 g g 2r 0 5 0 3 9 2 0 3 5 7 0 2 0 2 0 2 f 3 3 6 4 5 0 i 14 22g 6c 7 3 4 1 d 11 2 0 6 0 3 1j 8 0 h m a 6 2 6 2 6 2 6 2 6 2 6 2 6 2 6 fb 2 q 8 8 4 3 4 5 2d 5 4 2 2h 2 3 6 16 2 2l i v 1d f e9 533 1t h3g 1w 19 3 7g 4 f b 1 l 1a h u 3 27 14 8 3 2u 3 2a 5 0 f g 2 2 2 3 2 m u 1f f 1d 1r 5 4 0 2 1 c r b m q s 8 1a t 0 h 4 2 9 b 4 2 14 o 2 2 7 l m 4 0 4 1d 2 0 4 1 3 4 3 0 2 0 p 2 3 a 8 2 d 5 3 5 3 5 a 6 2 6 2 16 2 d 3 1 3 36 u 8mb d m 5 1c 6it a5 3 2x 13 6 d 4 6 0 2 9 2 c 2 4 2 0 2 1 2 1 2 2z y a2 j 1r 3 1h 15 b 39 4 2 3q 11 p 7 p c 2g 4 5 3 5 3 5 3 2 10 b 2 p 2 i 2 1 2 e 3 d z 3e 1y 1g 7g s 4 1c 1c v e t 6 11 b t 3 z 5 7 2 4 17 4d j z 5 z 5 13 9 1f d a 2 e 2 6 2 1 2 a 2 e 2 6 2 1 4 1f d 8m a l b 7 p 5 2 15 2 d 1t 5 3 0 2 17 2 1 4 0 3 m b m a u 1u i 2 1 b l b p 7 p 13 1j 7 1 1t 0 g 3 2 2 2 s 17 s 4 s 10 7 2 r s 1h b l b i e h 33 20 1k 1e e 1e e z 13 r a m 6z 15 7 1 h 5 i l i s b 0 9 l 17 h 1b k s m d 1g 1m 1 3 0 e 18 x o r z u 0 3 0 9 y 4 0 d 1b f 3 m 0 2 0 10 h 2 o k 1 1s 6 2 0 2 3 2 e 2 9 8 1a 13 7 3 1 3 l 2 6 2 1 2 4 4 0 j 0 d 4 v 9 2 0 3 0 2 11 2 0 q 0 2 0 19 1g j 3 l 2 v 1b l 1 2 0 55 1a 16 3 11 1b l 0 1o 16 e 0 20 q 12 6 56 17 39 1r w 7 3 0 3 7 2 1 2 n g 0 2 0 2n 7 3 12 h 0 2 0 t 0 b 13 8 0 m 0 c 19 k 0 j 20 i 0 52 w w 8 2 10 i 0 1e t 35 6 2 1 2 11 m 0 q 5 2 1 2 v f 0 o 17 m 0 6n i g 0 2 c 2 x 3h 0 28 pl 2v 33 6 5q d 8m 1sa 2o g tr i 5 q 32y 6 g6 5a2 t 1cz fs 8 u i 26 i t j 1b h 3 w k 6 i c1 18 5w 1r x o 3 o 19 22 6 0 1v c 1t 1 2 0 f 4 a 5p6 11 x 2o 36 e pd f 1e 5y6 3 2 6 2 1 2 88 a 0 u 2 3 0 f 4 8 az 1s5 2y 6 c 4 8 8 9 4mf 2c 2 1y 2 1 3 0 3 1 3 3 2 b 2 0 2 6 2 1s 2 3 3 7 2 6 2 r 2 3 2 4 2 0 4 6 2 9g 2 o 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 7 1f9 3l f 6 1j 1e 1d 1p 43 18 b 6 h 0 8y t j 17 dh r 6d t 3 0 5s u 2 2 2 1 2 6 3 4 a 1 69 6 2 3 2 1 2 e 2 5g 1o 1v 8 0 xh 3 2 q 2 1 2 0 3 0 2 9 2 3 2 0 2 0 7 0 5 0 2 0 2 0 2 2 2 1 2 0 3 0 2 0 2 0 2 0 2 0 2 1 2 0 3 3 2 6 2 3 2 3 2 0 2 9 2 g 6 2 2 4 2 g 3et wyn x 3dq 2 4gd 3 5rk g h9 1wj f1 15v 3t6 6 6jt upz 8qn");
}
function initLargeIdContinueRanges() {
  return restoreRanges("53 0 g9 33 o 0 70 4 7e 18 2 0 2 1 2 1 2 2 1z a 1d u 7 0 2u 6 3 5 3 1 2 3 3 9 o 0 v q 2k a g 9 y 8 a 0 p 3 2 8 2 2 2 4 18 2 1o 8 17 n 2 w 1j 2 2 h 2 6 b 1 3 9 i 2 1l 0 2 6 3 1 3 2 a 0 b 1 3 9 f 0 3 2 1l 0 2 4 5 1 3 2 4 0 l b 4 0 c 2 1l 0 2 7 2 2 2 2 l 1 3 9 b 5 2 2 1l 0 2 6 3 1 3 2 6 4 b 1 3 9 j 0 1o 4 4 2 2 3 a 0 f 9 h 4 1k 0 2 6 2 2 2 3 8 1 c 1 3 9 i 2 1l 0 2 6 2 2 2 3 8 1 c 1 3 9 4 0 d 3 1k 1 2 6 2 2 2 3 a 0 b 1 3 9 i 2 1z 0 5 5 2 0 2 7 7 9 3 1 1q 0 3 6 d 7 2 9 2g 0 3 8 c 6 2 9 1r 1 7 9 c 0 2 0 2 0 5 1 1e j 2 1 6 a 2 z a 0 2t j 2 9 d 3 5 2 2 2 3 6 4 3 e b 2 e jk 2 a 8 pt 3 t 2 u 1 v 1 1t v a 0 3 9 y 2 2 a 40 0 3b b 5 b b 9 3l a 1p 4 1m 9 2 s 3 a 7 9 n d 2 1d g 4 1c g c 9 i 8 d 2 v c 3 9 19 d 1d j 9 9 7 9 3b 2 2 k 5 0 7 0 3 2 5j 1r el 1 1e 1 k 0 3g c 5 0 4 b 2db 2 3y 0 2p v ff 5 2y 1 2p 0 n51 9 1y 0 5 9 x 1 29 1 7l 0 4 0 5 0 o 4 5 0 2c 1 1f h b 9 7 h e a t 7 q c 19 3 1c d g 9 c 0 b 9 1c d d 0 9 1 3 9 y 2 1f 0 2 2 3 1 6 1 2 0 16 4 6 1 6l 7 2 1 3 9 fmt 0 ki f h f 4 1 p 2 5d 9 12 0 12 0 ig 0 6b 0 46 4 86 9 120 2 2 1 6 3 15 2 5 0 4m 1 fy 3 9 9 7 9 w 4 8u 1 v 4 x f 1z a 1e 3 3f 2 1i e w a 3 1 b 3 1a a 8 0 1a 9 7 2 11 d 2 9 6 1 19 0 d 2 1d d 9 3 2 b 2b b 7 0 3 0 4e b 6 9 7 3 1k 1 2 6 3 1 3 2 a 0 b 1 3 6 4 4 1w 8 2 0 3 0 2 3 2 4 2 0 f 1 2b h a 9 5 0 2a j d 9 5y 6 3 8 s 1 2b g g 9 2a c 9 9 7 j 1m e 5 9 6r e 4m 9 1z 5 2 1 3 3 2 0 2 1 d 9 3c 6 3 6 4 0 t 9 15 6 2 3 9 0 a a 1b f 5j 7 3t 9 1i 7 2 7 h 9 1l l 2 d 3f 5 4 0 2 1 2 6 2 0 9 9 1d 4 2 1 2 4 9 9 1j 9 7 0 77 3 a 1 2 0 1d 6 4 4 e a 44m 0 7 e 8uh r 1t3 9 2f 9 13 4 1o 6 q 9 ev 9 d2 0 2 1i 8 3 2a 0 c 1 f58 1 382 9 ef 19 3 m dd 1 1p 4 4 5 9 7 3 6 v 3 45 2 c 2 9 1 3 0 x 1 11p 1d e9 1i 5 1d 9 0 f 0 n 4 2 e 11t 6 2 g 3 6 2 1 2 4 2t 0 4h 6 a 9 9x 0 1q d dv d 6t 1 2 9 6h 0 3 0 8 1 6 0 d7 6 32 6 6 9 3o7 9 gvt3 6n");
}
function isInRange(cp, ranges) {
  let l = 0, r = ranges.length / 2 | 0, i = 0, min = 0, max = 0;
  while (l < r) {
    i = (l + r) / 2 | 0;
    min = ranges[2 * i];
    max = ranges[2 * i + 1];
    if (cp < min) {
      r = i;
    } else if (cp > max) {
      l = i + 1;
    } else {
      return true;
    }
  }
  return false;
}
function restoreRanges(data) {
  let last = 0;
  return data.split(" ").map((s) => last += parseInt(s, 36) | 0);
}
var DataSet = class {
  constructor(raw2018, raw2019, raw2020, raw2021, raw2022, raw2023, raw2024, raw2025, raw2026) {
    this._raw2018 = raw2018;
    this._raw2019 = raw2019;
    this._raw2020 = raw2020;
    this._raw2021 = raw2021;
    this._raw2022 = raw2022;
    this._raw2023 = raw2023;
    this._raw2024 = raw2024;
    this._raw2025 = raw2025;
    this._raw2026 = raw2026;
  }
  get es2018() {
    var _a;
    return (_a = this._set2018) !== null && _a !== void 0 ? _a : this._set2018 = new Set(this._raw2018.split(" "));
  }
  get es2019() {
    var _a;
    return (_a = this._set2019) !== null && _a !== void 0 ? _a : this._set2019 = new Set(this._raw2019.split(" "));
  }
  get es2020() {
    var _a;
    return (_a = this._set2020) !== null && _a !== void 0 ? _a : this._set2020 = new Set(this._raw2020.split(" "));
  }
  get es2021() {
    var _a;
    return (_a = this._set2021) !== null && _a !== void 0 ? _a : this._set2021 = new Set(this._raw2021.split(" "));
  }
  get es2022() {
    var _a;
    return (_a = this._set2022) !== null && _a !== void 0 ? _a : this._set2022 = new Set(this._raw2022.split(" "));
  }
  get es2023() {
    var _a;
    return (_a = this._set2023) !== null && _a !== void 0 ? _a : this._set2023 = new Set(this._raw2023.split(" "));
  }
  get es2024() {
    var _a;
    return (_a = this._set2024) !== null && _a !== void 0 ? _a : this._set2024 = new Set(this._raw2024.split(" "));
  }
  get es2025() {
    var _a;
    return (_a = this._set2025) !== null && _a !== void 0 ? _a : this._set2025 = new Set(this._raw2025.split(" "));
  }
  get es2026() {
    var _a;
    return (_a = this._set2026) !== null && _a !== void 0 ? _a : this._set2026 = new Set(this._raw2026.split(" "));
  }
};
var gcNameSet = /* @__PURE__ */ new Set(["General_Category", "gc"]);
var scNameSet = /* @__PURE__ */ new Set(["Script", "Script_Extensions", "sc", "scx"]);
var gcValueSets = new DataSet("C Cased_Letter Cc Cf Close_Punctuation Cn Co Combining_Mark Connector_Punctuation Control Cs Currency_Symbol Dash_Punctuation Decimal_Number Enclosing_Mark Final_Punctuation Format Initial_Punctuation L LC Letter Letter_Number Line_Separator Ll Lm Lo Lowercase_Letter Lt Lu M Mark Math_Symbol Mc Me Mn Modifier_Letter Modifier_Symbol N Nd Nl No Nonspacing_Mark Number Open_Punctuation Other Other_Letter Other_Number Other_Punctuation Other_Symbol P Paragraph_Separator Pc Pd Pe Pf Pi Po Private_Use Ps Punctuation S Sc Separator Sk Sm So Space_Separator Spacing_Mark Surrogate Symbol Titlecase_Letter Unassigned Uppercase_Letter Z Zl Zp Zs cntrl digit punct", "", "", "", "", "", "", "", "");
var scValueSets = new DataSet("Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst Bali Balinese Bamu Bamum Bass Bassa_Vah Batak Batk Beng Bengali Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm Canadian_Aboriginal Cans Cari Carian Caucasian_Albanian Chakma Cham Cher Cherokee Common Copt Coptic Cprt Cuneiform Cypriot Cyrillic Cyrl Deseret Deva Devanagari Dsrt Dupl Duployan Egyp Egyptian_Hieroglyphs Elba Elbasan Ethi Ethiopic Geor Georgian Glag Glagolitic Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr Gurmukhi Guru Han Hang Hangul Hani Hano Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw Hmng Hung Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Ital Java Javanese Kaithi Kali Kana Kannada Katakana Kayah_Li Khar Kharoshthi Khmer Khmr Khoj Khojki Khudawadi Knda Kthi Lana Lao Laoo Latin Latn Lepc Lepcha Limb Limbu Lina Linb Linear_A Linear_B Lisu Lyci Lycian Lydi Lydian Mahajani Mahj Malayalam Mand Mandaic Mani Manichaean Marc Marchen Masaram_Gondi Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive Meroitic_Hieroglyphs Miao Mlym Modi Mong Mongolian Mro Mroo Mtei Mult Multani Myanmar Mymr Nabataean Narb Nbat New_Tai_Lue Newa Nko Nkoo Nshu Nushu Ogam Ogham Ol_Chiki Olck Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_South_Arabian Old_Turkic Oriya Orkh Orya Osage Osge Osma Osmanya Pahawh_Hmong Palm Palmyrene Pau_Cin_Hau Pauc Perm Phag Phags_Pa Phli Phlp Phnx Phoenician Plrd Prti Psalter_Pahlavi Qaac Qaai Rejang Rjng Runic Runr Samaritan Samr Sarb Saur Saurashtra Sgnw Sharada Shavian Shaw Shrd Sidd Siddham SignWriting Sind Sinh Sinhala Sora Sora_Sompeng Soyo Soyombo Sund Sundanese Sylo Syloti_Nagri Syrc Syriac Tagalog Tagb Tagbanwa Tai_Le Tai_Tham Tai_Viet Takr Takri Tale Talu Tamil Taml Tang Tangut Tavt Telu Telugu Tfng Tglg Thaa Thaana Thai Tibetan Tibt Tifinagh Tirh Tirhuta Ugar Ugaritic Vai Vaii Wara Warang_Citi Xpeo Xsux Yi Yiii Zanabazar_Square Zanb Zinh Zyyy", "Dogr Dogra Gong Gunjala_Gondi Hanifi_Rohingya Maka Makasar Medefaidrin Medf Old_Sogdian Rohg Sogd Sogdian Sogo", "Elym Elymaic Hmnp Nand Nandinagari Nyiakeng_Puachue_Hmong Wancho Wcho", "Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi", "Cpmn Cypro_Minoan Old_Uyghur Ougr Tangsa Tnsa Toto Vith Vithkuqi", "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Jurc Jurchen Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Pcun Proto_Cuneiform Seal Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz", "", "", "");
var binPropertySets = new DataSet("AHex ASCII ASCII_Hex_Digit Alpha Alphabetic Any Assigned Bidi_C Bidi_Control Bidi_M Bidi_Mirrored CI CWCF CWCM CWKCF CWL CWT CWU Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased Changes_When_Uppercased DI Dash Default_Ignorable_Code_Point Dep Deprecated Dia Diacritic Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Ext Extender Gr_Base Gr_Ext Grapheme_Base Grapheme_Extend Hex Hex_Digit IDC IDS IDSB IDST IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideo Ideographic Join_C Join_Control LOE Logical_Order_Exception Lower Lowercase Math NChar Noncharacter_Code_Point Pat_Syn Pat_WS Pattern_Syntax Pattern_White_Space QMark Quotation_Mark RI Radical Regional_Indicator SD STerm Sentence_Terminal Soft_Dotted Term Terminal_Punctuation UIdeo Unified_Ideograph Upper Uppercase VS Variation_Selector White_Space XIDC XIDS XID_Continue XID_Start space", "Extended_Pictographic", "", "EBase EComp EMod EPres ExtPict", "", "", "", "", "");
var binPropertyOfStringsSets = new DataSet("", "", "", "", "", "", "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji RGI_Emoji_Flag_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence", "", "");
function isValidUnicodeProperty(version, name, value) {
  if (gcNameSet.has(name)) {
    return version >= 2018 && gcValueSets.es2018.has(value);
  }
  if (scNameSet.has(name)) {
    return version >= 2018 && scValueSets.es2018.has(value) || version >= 2019 && scValueSets.es2019.has(value) || version >= 2020 && scValueSets.es2020.has(value) || version >= 2021 && scValueSets.es2021.has(value) || version >= 2022 && scValueSets.es2022.has(value) || version >= 2023 && scValueSets.es2023.has(value);
  }
  return false;
}
function isValidLoneUnicodeProperty(version, value) {
  return version >= 2018 && binPropertySets.es2018.has(value) || version >= 2019 && binPropertySets.es2019.has(value) || version >= 2021 && binPropertySets.es2021.has(value);
}
function isValidLoneUnicodePropertyOfString(version, value) {
  return version >= 2024 && binPropertyOfStringsSets.es2024.has(value);
}
var BACKSPACE = 8;
var CHARACTER_TABULATION = 9;
var LINE_FEED = 10;
var LINE_TABULATION = 11;
var FORM_FEED = 12;
var CARRIAGE_RETURN = 13;
var EXCLAMATION_MARK = 33;
var NUMBER_SIGN = 35;
var DOLLAR_SIGN = 36;
var PERCENT_SIGN = 37;
var AMPERSAND = 38;
var LEFT_PARENTHESIS = 40;
var RIGHT_PARENTHESIS = 41;
var ASTERISK = 42;
var PLUS_SIGN = 43;
var COMMA = 44;
var HYPHEN_MINUS = 45;
var FULL_STOP = 46;
var SOLIDUS = 47;
var DIGIT_ZERO = 48;
var DIGIT_ONE = 49;
var DIGIT_SEVEN = 55;
var DIGIT_NINE = 57;
var COLON = 58;
var SEMICOLON = 59;
var LESS_THAN_SIGN = 60;
var EQUALS_SIGN = 61;
var GREATER_THAN_SIGN = 62;
var QUESTION_MARK = 63;
var COMMERCIAL_AT = 64;
var LATIN_CAPITAL_LETTER_A = 65;
var LATIN_CAPITAL_LETTER_B = 66;
var LATIN_CAPITAL_LETTER_D = 68;
var LATIN_CAPITAL_LETTER_F = 70;
var LATIN_CAPITAL_LETTER_P = 80;
var LATIN_CAPITAL_LETTER_S = 83;
var LATIN_CAPITAL_LETTER_W = 87;
var LATIN_CAPITAL_LETTER_Z = 90;
var LOW_LINE = 95;
var LATIN_SMALL_LETTER_A = 97;
var LATIN_SMALL_LETTER_B = 98;
var LATIN_SMALL_LETTER_C = 99;
var LATIN_SMALL_LETTER_D = 100;
var LATIN_SMALL_LETTER_F = 102;
var LATIN_SMALL_LETTER_G = 103;
var LATIN_SMALL_LETTER_I = 105;
var LATIN_SMALL_LETTER_K = 107;
var LATIN_SMALL_LETTER_M = 109;
var LATIN_SMALL_LETTER_N = 110;
var LATIN_SMALL_LETTER_P = 112;
var LATIN_SMALL_LETTER_Q = 113;
var LATIN_SMALL_LETTER_R = 114;
var LATIN_SMALL_LETTER_S = 115;
var LATIN_SMALL_LETTER_T = 116;
var LATIN_SMALL_LETTER_U = 117;
var LATIN_SMALL_LETTER_V = 118;
var LATIN_SMALL_LETTER_W = 119;
var LATIN_SMALL_LETTER_X = 120;
var LATIN_SMALL_LETTER_Y = 121;
var LATIN_SMALL_LETTER_Z = 122;
var LEFT_SQUARE_BRACKET = 91;
var REVERSE_SOLIDUS = 92;
var RIGHT_SQUARE_BRACKET = 93;
var CIRCUMFLEX_ACCENT = 94;
var GRAVE_ACCENT = 96;
var LEFT_CURLY_BRACKET = 123;
var VERTICAL_LINE = 124;
var RIGHT_CURLY_BRACKET = 125;
var TILDE = 126;
var ZERO_WIDTH_NON_JOINER = 8204;
var ZERO_WIDTH_JOINER = 8205;
var LINE_SEPARATOR = 8232;
var PARAGRAPH_SEPARATOR = 8233;
var MIN_CODE_POINT = 0;
var MAX_CODE_POINT = 1114111;
function isLatinLetter(code) {
  return code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_Z || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_Z;
}
function isDecimalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}
function isOctalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_SEVEN;
}
function isHexDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE || code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F;
}
function isLineTerminator(code) {
  return code === LINE_FEED || code === CARRIAGE_RETURN || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}
function isValidUnicode(code) {
  return code >= MIN_CODE_POINT && code <= MAX_CODE_POINT;
}
function digitToInt(code) {
  if (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F) {
    return code - LATIN_SMALL_LETTER_A + 10;
  }
  if (code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F) {
    return code - LATIN_CAPITAL_LETTER_A + 10;
  }
  return code - DIGIT_ZERO;
}
function isLeadSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function isTrailSurrogate(code) {
  return code >= 56320 && code <= 57343;
}
function combineSurrogatePair(lead, trail) {
  return (lead - 55296) * 1024 + (trail - 56320) + 65536;
}
var GroupSpecifiersAsES2018 = class {
  constructor() {
    this.groupName = /* @__PURE__ */ new Set();
  }
  clear() {
    this.groupName.clear();
  }
  isEmpty() {
    return !this.groupName.size;
  }
  hasInPattern(name) {
    return this.groupName.has(name);
  }
  hasInScope(name) {
    return this.hasInPattern(name);
  }
  addToScope(name) {
    this.groupName.add(name);
  }
  enterDisjunction() {
  }
  enterAlternative() {
  }
  leaveDisjunction() {
  }
};
var BranchID = class _BranchID {
  constructor(parent, base) {
    this.parent = parent;
    this.base = base !== null && base !== void 0 ? base : this;
  }
  separatedFrom(other) {
    var _a, _b;
    if (this.base === other.base && this !== other) {
      return true;
    }
    if (other.parent && this.separatedFrom(other.parent)) {
      return true;
    }
    return (_b = (_a = this.parent) === null || _a === void 0 ? void 0 : _a.separatedFrom(other)) !== null && _b !== void 0 ? _b : false;
  }
  child() {
    return new _BranchID(this, null);
  }
  sibling() {
    return new _BranchID(this.parent, this.base);
  }
};
var GroupSpecifiersAsES2025 = class {
  constructor() {
    this.branchID = new BranchID(null, null);
    this.groupNames = /* @__PURE__ */ new Map();
  }
  clear() {
    this.branchID = new BranchID(null, null);
    this.groupNames.clear();
  }
  isEmpty() {
    return !this.groupNames.size;
  }
  enterDisjunction() {
    this.branchID = this.branchID.child();
  }
  enterAlternative(index) {
    if (index === 0) {
      return;
    }
    this.branchID = this.branchID.sibling();
  }
  leaveDisjunction() {
    this.branchID = this.branchID.parent;
  }
  hasInPattern(name) {
    return this.groupNames.has(name);
  }
  hasInScope(name) {
    const branches = this.groupNames.get(name);
    if (!branches) {
      return false;
    }
    for (const branch of branches) {
      if (!branch.separatedFrom(this.branchID)) {
        return true;
      }
    }
    return false;
  }
  addToScope(name) {
    const branches = this.groupNames.get(name);
    if (branches) {
      branches.push(this.branchID);
      return;
    }
    this.groupNames.set(name, [this.branchID]);
  }
};
var legacyImpl = {
  at(s, end, i) {
    return i < end ? s.charCodeAt(i) : -1;
  },
  width(c) {
    return 1;
  }
};
var unicodeImpl = {
  at(s, end, i) {
    return i < end ? s.codePointAt(i) : -1;
  },
  width(c) {
    return c > 65535 ? 2 : 1;
  }
};
var Reader = class {
  constructor() {
    this._impl = legacyImpl;
    this._s = "";
    this._i = 0;
    this._end = 0;
    this._cp1 = -1;
    this._w1 = 1;
    this._cp2 = -1;
    this._w2 = 1;
    this._cp3 = -1;
    this._w3 = 1;
    this._cp4 = -1;
  }
  get source() {
    return this._s;
  }
  get index() {
    return this._i;
  }
  get currentCodePoint() {
    return this._cp1;
  }
  get nextCodePoint() {
    return this._cp2;
  }
  get nextCodePoint2() {
    return this._cp3;
  }
  get nextCodePoint3() {
    return this._cp4;
  }
  reset(source, start, end, uFlag) {
    this._impl = uFlag ? unicodeImpl : legacyImpl;
    this._s = source;
    this._end = end;
    this.rewind(start);
  }
  rewind(index) {
    const impl = this._impl;
    this._i = index;
    this._cp1 = impl.at(this._s, this._end, index);
    this._w1 = impl.width(this._cp1);
    this._cp2 = impl.at(this._s, this._end, index + this._w1);
    this._w2 = impl.width(this._cp2);
    this._cp3 = impl.at(this._s, this._end, index + this._w1 + this._w2);
    this._w3 = impl.width(this._cp3);
    this._cp4 = impl.at(this._s, this._end, index + this._w1 + this._w2 + this._w3);
  }
  advance() {
    if (this._cp1 !== -1) {
      const impl = this._impl;
      this._i += this._w1;
      this._cp1 = this._cp2;
      this._w1 = this._w2;
      this._cp2 = this._cp3;
      this._w2 = impl.width(this._cp2);
      this._cp3 = this._cp4;
      this._w3 = impl.width(this._cp3);
      this._cp4 = impl.at(this._s, this._end, this._i + this._w1 + this._w2 + this._w3);
    }
  }
  eat(cp) {
    if (this._cp1 === cp) {
      this.advance();
      return true;
    }
    return false;
  }
  eat2(cp1, cp2) {
    if (this._cp1 === cp1 && this._cp2 === cp2) {
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
  eat3(cp1, cp2, cp3) {
    if (this._cp1 === cp1 && this._cp2 === cp2 && this._cp3 === cp3) {
      this.advance();
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
};
var RegExpSyntaxError = class extends SyntaxError {
  constructor(message, index) {
    super(message);
    this.index = index;
  }
};
function newRegExpSyntaxError(srcCtx, flags, index, message) {
  let source = "";
  if (srcCtx.kind === "literal") {
    const literal = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    if (literal) {
      source = `: ${literal}`;
    }
  } else if (srcCtx.kind === "pattern") {
    const pattern = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    const flagsText = `${flags.unicode ? "u" : ""}${flags.unicodeSets ? "v" : ""}`;
    source = `: /${pattern}/${flagsText}`;
  }
  return new RegExpSyntaxError(`Invalid regular expression${source}: ${message}`, index);
}
var SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  CIRCUMFLEX_ACCENT,
  DOLLAR_SIGN,
  REVERSE_SOLIDUS,
  FULL_STOP,
  ASTERISK,
  PLUS_SIGN,
  QUESTION_MARK,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER = /* @__PURE__ */ new Set([
  AMPERSAND,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  DOLLAR_SIGN,
  PERCENT_SIGN,
  ASTERISK,
  PLUS_SIGN,
  COMMA,
  FULL_STOP,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  QUESTION_MARK,
  COMMERCIAL_AT,
  CIRCUMFLEX_ACCENT,
  GRAVE_ACCENT,
  TILDE
]);
var CLASS_SET_SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  SOLIDUS,
  HYPHEN_MINUS,
  REVERSE_SOLIDUS,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_PUNCTUATOR = /* @__PURE__ */ new Set([
  AMPERSAND,
  HYPHEN_MINUS,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  PERCENT_SIGN,
  COMMA,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  COMMERCIAL_AT,
  GRAVE_ACCENT,
  TILDE
]);
var FLAG_PROP_TO_CODEPOINT = {
  global: LATIN_SMALL_LETTER_G,
  ignoreCase: LATIN_SMALL_LETTER_I,
  multiline: LATIN_SMALL_LETTER_M,
  unicode: LATIN_SMALL_LETTER_U,
  sticky: LATIN_SMALL_LETTER_Y,
  dotAll: LATIN_SMALL_LETTER_S,
  hasIndices: LATIN_SMALL_LETTER_D,
  unicodeSets: LATIN_SMALL_LETTER_V
};
var FLAG_CODEPOINT_TO_PROP = Object.fromEntries(Object.entries(FLAG_PROP_TO_CODEPOINT).map(([k, v]) => [v, k]));
function isSyntaxCharacter(cp) {
  return SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedDoublePunctuatorCharacter(cp) {
  return CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER.has(cp);
}
function isClassSetSyntaxCharacter(cp) {
  return CLASS_SET_SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedPunctuator(cp) {
  return CLASS_SET_RESERVED_PUNCTUATOR.has(cp);
}
function isIdentifierStartChar(cp) {
  return isIdStart(cp) || cp === DOLLAR_SIGN || cp === LOW_LINE;
}
function isIdentifierPartChar(cp) {
  return isIdContinue(cp) || cp === DOLLAR_SIGN || cp === ZERO_WIDTH_NON_JOINER || cp === ZERO_WIDTH_JOINER;
}
function isUnicodePropertyNameCharacter(cp) {
  return isLatinLetter(cp) || cp === LOW_LINE;
}
function isUnicodePropertyValueCharacter(cp) {
  return isUnicodePropertyNameCharacter(cp) || isDecimalDigit(cp);
}
function isRegularExpressionModifier(ch) {
  return ch === LATIN_SMALL_LETTER_I || ch === LATIN_SMALL_LETTER_M || ch === LATIN_SMALL_LETTER_S;
}
var RegExpValidator = class {
  constructor(options) {
    this._reader = new Reader();
    this._unicodeMode = false;
    this._unicodeSetsMode = false;
    this._nFlag = false;
    this._lastIntValue = 0;
    this._lastRange = {
      min: 0,
      max: Number.POSITIVE_INFINITY
    };
    this._lastStrValue = "";
    this._lastAssertionIsQuantifiable = false;
    this._numCapturingParens = 0;
    this._backreferenceNames = /* @__PURE__ */ new Set();
    this._srcCtx = null;
    this._options = options !== null && options !== void 0 ? options : {};
    this._groupSpecifiers = this.ecmaVersion >= 2025 ? new GroupSpecifiersAsES2025() : new GroupSpecifiersAsES2018();
  }
  validateLiteral(source, start = 0, end = source.length) {
    this._srcCtx = { source, start, end, kind: "literal" };
    this._unicodeSetsMode = this._unicodeMode = this._nFlag = false;
    this.reset(source, start, end);
    this.onLiteralEnter(start);
    if (this.eat(SOLIDUS) && this.eatRegExpBody() && this.eat(SOLIDUS)) {
      const flagStart = this.index;
      const unicode = source.includes("u", flagStart);
      const unicodeSets = source.includes("v", flagStart);
      this.validateFlagsInternal(source, flagStart, end);
      this.validatePatternInternal(source, start + 1, flagStart - 1, {
        unicode,
        unicodeSets
      });
    } else if (start >= end) {
      this.raise("Empty");
    } else {
      const c = String.fromCodePoint(this.currentCodePoint);
      this.raise(`Unexpected character '${c}'`);
    }
    this.onLiteralLeave(start, end);
  }
  validateFlags(source, start = 0, end = source.length) {
    this._srcCtx = { source, start, end, kind: "flags" };
    this.validateFlagsInternal(source, start, end);
  }
  validatePattern(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    this._srcCtx = { source, start, end, kind: "pattern" };
    this.validatePatternInternal(source, start, end, uFlagOrFlags);
  }
  validatePatternInternal(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    const mode = this._parseFlagsOptionToMode(uFlagOrFlags, end);
    this._unicodeMode = mode.unicodeMode;
    this._nFlag = mode.nFlag;
    this._unicodeSetsMode = mode.unicodeSetsMode;
    this.reset(source, start, end);
    this.consumePattern();
    if (!this._nFlag && this.ecmaVersion >= 2018 && !this._groupSpecifiers.isEmpty()) {
      this._nFlag = true;
      this.rewind(start);
      this.consumePattern();
    }
  }
  validateFlagsInternal(source, start, end) {
    const flags = this.parseFlags(source, start, end);
    this.onRegExpFlags(start, end, flags);
  }
  _parseFlagsOptionToMode(uFlagOrFlags, sourceEnd) {
    let unicode = false;
    let unicodeSets = false;
    if (uFlagOrFlags && this.ecmaVersion >= 2015) {
      if (typeof uFlagOrFlags === "object") {
        unicode = Boolean(uFlagOrFlags.unicode);
        if (this.ecmaVersion >= 2024) {
          unicodeSets = Boolean(uFlagOrFlags.unicodeSets);
        }
      } else {
        unicode = uFlagOrFlags;
      }
    }
    if (unicode && unicodeSets) {
      this.raise("Invalid regular expression flags", {
        index: sourceEnd + 1,
        unicode,
        unicodeSets
      });
    }
    const unicodeMode = unicode || unicodeSets;
    const nFlag = unicode && this.ecmaVersion >= 2018 || unicodeSets || Boolean(this._options.strict && this.ecmaVersion >= 2023);
    const unicodeSetsMode = unicodeSets;
    return { unicodeMode, nFlag, unicodeSetsMode };
  }
  get strict() {
    return Boolean(this._options.strict) || this._unicodeMode;
  }
  get ecmaVersion() {
    var _a;
    return (_a = this._options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  onLiteralEnter(start) {
    if (this._options.onLiteralEnter) {
      this._options.onLiteralEnter(start);
    }
  }
  onLiteralLeave(start, end) {
    if (this._options.onLiteralLeave) {
      this._options.onLiteralLeave(start, end);
    }
  }
  onRegExpFlags(start, end, flags) {
    if (this._options.onRegExpFlags) {
      this._options.onRegExpFlags(start, end, flags);
    }
    if (this._options.onFlags) {
      this._options.onFlags(start, end, flags.global, flags.ignoreCase, flags.multiline, flags.unicode, flags.sticky, flags.dotAll, flags.hasIndices);
    }
  }
  onPatternEnter(start) {
    if (this._options.onPatternEnter) {
      this._options.onPatternEnter(start);
    }
  }
  onPatternLeave(start, end) {
    if (this._options.onPatternLeave) {
      this._options.onPatternLeave(start, end);
    }
  }
  onDisjunctionEnter(start) {
    if (this._options.onDisjunctionEnter) {
      this._options.onDisjunctionEnter(start);
    }
  }
  onDisjunctionLeave(start, end) {
    if (this._options.onDisjunctionLeave) {
      this._options.onDisjunctionLeave(start, end);
    }
  }
  onAlternativeEnter(start, index) {
    if (this._options.onAlternativeEnter) {
      this._options.onAlternativeEnter(start, index);
    }
  }
  onAlternativeLeave(start, end, index) {
    if (this._options.onAlternativeLeave) {
      this._options.onAlternativeLeave(start, end, index);
    }
  }
  onGroupEnter(start) {
    if (this._options.onGroupEnter) {
      this._options.onGroupEnter(start);
    }
  }
  onGroupLeave(start, end) {
    if (this._options.onGroupLeave) {
      this._options.onGroupLeave(start, end);
    }
  }
  onModifiersEnter(start) {
    if (this._options.onModifiersEnter) {
      this._options.onModifiersEnter(start);
    }
  }
  onModifiersLeave(start, end) {
    if (this._options.onModifiersLeave) {
      this._options.onModifiersLeave(start, end);
    }
  }
  onAddModifiers(start, end, flags) {
    if (this._options.onAddModifiers) {
      this._options.onAddModifiers(start, end, flags);
    }
  }
  onRemoveModifiers(start, end, flags) {
    if (this._options.onRemoveModifiers) {
      this._options.onRemoveModifiers(start, end, flags);
    }
  }
  onCapturingGroupEnter(start, name) {
    if (this._options.onCapturingGroupEnter) {
      this._options.onCapturingGroupEnter(start, name);
    }
  }
  onCapturingGroupLeave(start, end, name) {
    if (this._options.onCapturingGroupLeave) {
      this._options.onCapturingGroupLeave(start, end, name);
    }
  }
  onQuantifier(start, end, min, max, greedy) {
    if (this._options.onQuantifier) {
      this._options.onQuantifier(start, end, min, max, greedy);
    }
  }
  onLookaroundAssertionEnter(start, kind, negate) {
    if (this._options.onLookaroundAssertionEnter) {
      this._options.onLookaroundAssertionEnter(start, kind, negate);
    }
  }
  onLookaroundAssertionLeave(start, end, kind, negate) {
    if (this._options.onLookaroundAssertionLeave) {
      this._options.onLookaroundAssertionLeave(start, end, kind, negate);
    }
  }
  onEdgeAssertion(start, end, kind) {
    if (this._options.onEdgeAssertion) {
      this._options.onEdgeAssertion(start, end, kind);
    }
  }
  onWordBoundaryAssertion(start, end, kind, negate) {
    if (this._options.onWordBoundaryAssertion) {
      this._options.onWordBoundaryAssertion(start, end, kind, negate);
    }
  }
  onAnyCharacterSet(start, end, kind) {
    if (this._options.onAnyCharacterSet) {
      this._options.onAnyCharacterSet(start, end, kind);
    }
  }
  onEscapeCharacterSet(start, end, kind, negate) {
    if (this._options.onEscapeCharacterSet) {
      this._options.onEscapeCharacterSet(start, end, kind, negate);
    }
  }
  onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
    if (this._options.onUnicodePropertyCharacterSet) {
      this._options.onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings);
    }
  }
  onCharacter(start, end, value) {
    if (this._options.onCharacter) {
      this._options.onCharacter(start, end, value);
    }
  }
  onBackreference(start, end, ref) {
    if (this._options.onBackreference) {
      this._options.onBackreference(start, end, ref);
    }
  }
  onCharacterClassEnter(start, negate, unicodeSets) {
    if (this._options.onCharacterClassEnter) {
      this._options.onCharacterClassEnter(start, negate, unicodeSets);
    }
  }
  onCharacterClassLeave(start, end, negate) {
    if (this._options.onCharacterClassLeave) {
      this._options.onCharacterClassLeave(start, end, negate);
    }
  }
  onCharacterClassRange(start, end, min, max) {
    if (this._options.onCharacterClassRange) {
      this._options.onCharacterClassRange(start, end, min, max);
    }
  }
  onClassIntersection(start, end) {
    if (this._options.onClassIntersection) {
      this._options.onClassIntersection(start, end);
    }
  }
  onClassSubtraction(start, end) {
    if (this._options.onClassSubtraction) {
      this._options.onClassSubtraction(start, end);
    }
  }
  onClassStringDisjunctionEnter(start) {
    if (this._options.onClassStringDisjunctionEnter) {
      this._options.onClassStringDisjunctionEnter(start);
    }
  }
  onClassStringDisjunctionLeave(start, end) {
    if (this._options.onClassStringDisjunctionLeave) {
      this._options.onClassStringDisjunctionLeave(start, end);
    }
  }
  onStringAlternativeEnter(start, index) {
    if (this._options.onStringAlternativeEnter) {
      this._options.onStringAlternativeEnter(start, index);
    }
  }
  onStringAlternativeLeave(start, end, index) {
    if (this._options.onStringAlternativeLeave) {
      this._options.onStringAlternativeLeave(start, end, index);
    }
  }
  get index() {
    return this._reader.index;
  }
  get currentCodePoint() {
    return this._reader.currentCodePoint;
  }
  get nextCodePoint() {
    return this._reader.nextCodePoint;
  }
  get nextCodePoint2() {
    return this._reader.nextCodePoint2;
  }
  get nextCodePoint3() {
    return this._reader.nextCodePoint3;
  }
  reset(source, start, end) {
    this._reader.reset(source, start, end, this._unicodeMode);
  }
  rewind(index) {
    this._reader.rewind(index);
  }
  advance() {
    this._reader.advance();
  }
  eat(cp) {
    return this._reader.eat(cp);
  }
  eat2(cp1, cp2) {
    return this._reader.eat2(cp1, cp2);
  }
  eat3(cp1, cp2, cp3) {
    return this._reader.eat3(cp1, cp2, cp3);
  }
  raise(message, context) {
    var _a, _b, _c;
    throw newRegExpSyntaxError(this._srcCtx, {
      unicode: (_a = context === null || context === void 0 ? void 0 : context.unicode) !== null && _a !== void 0 ? _a : this._unicodeMode && !this._unicodeSetsMode,
      unicodeSets: (_b = context === null || context === void 0 ? void 0 : context.unicodeSets) !== null && _b !== void 0 ? _b : this._unicodeSetsMode
    }, (_c = context === null || context === void 0 ? void 0 : context.index) !== null && _c !== void 0 ? _c : this.index, message);
  }
  eatRegExpBody() {
    const start = this.index;
    let inClass = false;
    let escaped = false;
    for (; ; ) {
      const cp = this.currentCodePoint;
      if (cp === -1 || isLineTerminator(cp)) {
        const kind = inClass ? "character class" : "regular expression";
        this.raise(`Unterminated ${kind}`);
      }
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === SOLIDUS && !inClass || cp === ASTERISK && this.index === start) {
        break;
      }
      this.advance();
    }
    return this.index !== start;
  }
  consumePattern() {
    const start = this.index;
    this._numCapturingParens = this.countCapturingParens();
    this._groupSpecifiers.clear();
    this._backreferenceNames.clear();
    this.onPatternEnter(start);
    this.consumeDisjunction();
    const cp = this.currentCodePoint;
    if (this.currentCodePoint !== -1) {
      if (cp === RIGHT_PARENTHESIS) {
        this.raise("Unmatched ')'");
      }
      if (cp === REVERSE_SOLIDUS) {
        this.raise("\\ at end of pattern");
      }
      if (cp === RIGHT_SQUARE_BRACKET || cp === RIGHT_CURLY_BRACKET) {
        this.raise("Lone quantifier brackets");
      }
      const c = String.fromCodePoint(cp);
      this.raise(`Unexpected character '${c}'`);
    }
    for (const name of this._backreferenceNames) {
      if (!this._groupSpecifiers.hasInPattern(name)) {
        this.raise("Invalid named capture referenced");
      }
    }
    this.onPatternLeave(start, this.index);
  }
  countCapturingParens() {
    const start = this.index;
    let inClass = false;
    let escaped = false;
    let count = 0;
    let cp = 0;
    while ((cp = this.currentCodePoint) !== -1) {
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === LEFT_PARENTHESIS && !inClass && (this.nextCodePoint !== QUESTION_MARK || this.nextCodePoint2 === LESS_THAN_SIGN && this.nextCodePoint3 !== EQUALS_SIGN && this.nextCodePoint3 !== EXCLAMATION_MARK)) {
        count += 1;
      }
      this.advance();
    }
    this.rewind(start);
    return count;
  }
  consumeDisjunction() {
    const start = this.index;
    let i = 0;
    this._groupSpecifiers.enterDisjunction();
    this.onDisjunctionEnter(start);
    do {
      this.consumeAlternative(i++);
    } while (this.eat(VERTICAL_LINE));
    if (this.consumeQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    if (this.eat(LEFT_CURLY_BRACKET)) {
      this.raise("Lone quantifier brackets");
    }
    this.onDisjunctionLeave(start, this.index);
    this._groupSpecifiers.leaveDisjunction();
  }
  consumeAlternative(i) {
    const start = this.index;
    this._groupSpecifiers.enterAlternative(i);
    this.onAlternativeEnter(start, i);
    while (this.currentCodePoint !== -1 && this.consumeTerm()) {
    }
    this.onAlternativeLeave(start, this.index, i);
  }
  consumeTerm() {
    if (this._unicodeMode || this.strict) {
      return this.consumeAssertion() || this.consumeAtom() && this.consumeOptionalQuantifier();
    }
    return this.consumeAssertion() && (!this._lastAssertionIsQuantifiable || this.consumeOptionalQuantifier()) || this.consumeExtendedAtom() && this.consumeOptionalQuantifier();
  }
  consumeOptionalQuantifier() {
    this.consumeQuantifier();
    return true;
  }
  consumeAssertion() {
    const start = this.index;
    this._lastAssertionIsQuantifiable = false;
    if (this.eat(CIRCUMFLEX_ACCENT)) {
      this.onEdgeAssertion(start, this.index, "start");
      return true;
    }
    if (this.eat(DOLLAR_SIGN)) {
      this.onEdgeAssertion(start, this.index, "end");
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_CAPITAL_LETTER_B)) {
      this.onWordBoundaryAssertion(start, this.index, "word", true);
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_B)) {
      this.onWordBoundaryAssertion(start, this.index, "word", false);
      return true;
    }
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      const lookbehind = this.ecmaVersion >= 2018 && this.eat(LESS_THAN_SIGN);
      let negate = false;
      if (this.eat(EQUALS_SIGN) || (negate = this.eat(EXCLAMATION_MARK))) {
        const kind = lookbehind ? "lookbehind" : "lookahead";
        this.onLookaroundAssertionEnter(start, kind, negate);
        this.consumeDisjunction();
        if (!this.eat(RIGHT_PARENTHESIS)) {
          this.raise("Unterminated group");
        }
        this._lastAssertionIsQuantifiable = !lookbehind && !this.strict;
        this.onLookaroundAssertionLeave(start, this.index, kind, negate);
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  consumeQuantifier(noConsume = false) {
    const start = this.index;
    let min = 0;
    let max = 0;
    let greedy = false;
    if (this.eat(ASTERISK)) {
      min = 0;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(PLUS_SIGN)) {
      min = 1;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(QUESTION_MARK)) {
      min = 0;
      max = 1;
    } else if (this.eatBracedQuantifier(noConsume)) {
      ({ min, max } = this._lastRange);
    } else {
      return false;
    }
    greedy = !this.eat(QUESTION_MARK);
    if (!noConsume) {
      this.onQuantifier(start, this.index, min, max, greedy);
    }
    return true;
  }
  eatBracedQuantifier(noError) {
    const start = this.index;
    if (this.eat(LEFT_CURLY_BRACKET)) {
      if (this.eatDecimalDigits()) {
        const min = this._lastIntValue;
        let max = min;
        if (this.eat(COMMA)) {
          max = this.eatDecimalDigits() ? this._lastIntValue : Number.POSITIVE_INFINITY;
        }
        if (this.eat(RIGHT_CURLY_BRACKET)) {
          if (!noError && max < min) {
            this.raise("numbers out of order in {} quantifier");
          }
          this._lastRange = { min, max };
          return true;
        }
      }
      if (!noError && (this._unicodeMode || this.strict)) {
        this.raise("Incomplete quantifier");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeAtom() {
    return this.consumePatternCharacter() || this.consumeDot() || this.consumeReverseSolidusAtomEscape() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup();
  }
  consumeDot() {
    if (this.eat(FULL_STOP)) {
      this.onAnyCharacterSet(this.index - 1, this.index, "any");
      return true;
    }
    return false;
  }
  consumeReverseSolidusAtomEscape() {
    const start = this.index;
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeAtomEscape()) {
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  consumeUncapturingGroup() {
    const start = this.index;
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      this.onGroupEnter(start);
      if (this.ecmaVersion >= 2025) {
        this.consumeModifiers();
      }
      if (!this.eat(COLON)) {
        this.rewind(start + 1);
        this.raise("Invalid group");
      }
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onGroupLeave(start, this.index);
      return true;
    }
    return false;
  }
  consumeModifiers() {
    const start = this.index;
    const hasAddModifiers = this.eatModifiers();
    const addModifiersEnd = this.index;
    const hasHyphen = this.eat(HYPHEN_MINUS);
    if (!hasAddModifiers && !hasHyphen) {
      return false;
    }
    this.onModifiersEnter(start);
    const addModifiers = this.parseModifiers(start, addModifiersEnd);
    this.onAddModifiers(start, addModifiersEnd, addModifiers);
    if (hasHyphen) {
      const modifiersStart = this.index;
      if (!this.eatModifiers() && !hasAddModifiers && this.currentCodePoint === COLON) {
        this.raise("Invalid empty flags");
      }
      const modifiers = this.parseModifiers(modifiersStart, this.index);
      for (const [flagName] of Object.entries(modifiers).filter(([, enable]) => enable)) {
        if (addModifiers[flagName]) {
          this.raise(`Duplicated flag '${String.fromCodePoint(FLAG_PROP_TO_CODEPOINT[flagName])}'`);
        }
      }
      this.onRemoveModifiers(modifiersStart, this.index, modifiers);
    }
    this.onModifiersLeave(start, this.index);
    return true;
  }
  consumeCapturingGroup() {
    const start = this.index;
    if (this.eat(LEFT_PARENTHESIS)) {
      let name = null;
      if (this.ecmaVersion >= 2018) {
        if (this.consumeGroupSpecifier()) {
          name = this._lastStrValue;
        } else if (this.currentCodePoint === QUESTION_MARK) {
          this.rewind(start);
          return false;
        }
      } else if (this.currentCodePoint === QUESTION_MARK) {
        this.rewind(start);
        return false;
      }
      this.onCapturingGroupEnter(start, name);
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onCapturingGroupLeave(start, this.index, name);
      return true;
    }
    return false;
  }
  consumeExtendedAtom() {
    return this.consumeDot() || this.consumeReverseSolidusAtomEscape() || this.consumeReverseSolidusFollowedByC() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup() || this.consumeInvalidBracedQuantifier() || this.consumeExtendedPatternCharacter();
  }
  consumeReverseSolidusFollowedByC() {
    const start = this.index;
    if (this.currentCodePoint === REVERSE_SOLIDUS && this.nextCodePoint === LATIN_SMALL_LETTER_C) {
      this._lastIntValue = this.currentCodePoint;
      this.advance();
      this.onCharacter(start, this.index, REVERSE_SOLIDUS);
      return true;
    }
    return false;
  }
  consumeInvalidBracedQuantifier() {
    if (this.eatBracedQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    return false;
  }
  consumePatternCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && !isSyntaxCharacter(cp)) {
      this.advance();
      this.onCharacter(start, this.index, cp);
      return true;
    }
    return false;
  }
  consumeExtendedPatternCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== CIRCUMFLEX_ACCENT && cp !== DOLLAR_SIGN && cp !== REVERSE_SOLIDUS && cp !== FULL_STOP && cp !== ASTERISK && cp !== PLUS_SIGN && cp !== QUESTION_MARK && cp !== LEFT_PARENTHESIS && cp !== RIGHT_PARENTHESIS && cp !== LEFT_SQUARE_BRACKET && cp !== VERTICAL_LINE) {
      this.advance();
      this.onCharacter(start, this.index, cp);
      return true;
    }
    return false;
  }
  consumeGroupSpecifier() {
    const start = this.index;
    if (this.eat(QUESTION_MARK)) {
      if (this.eatGroupName()) {
        if (!this._groupSpecifiers.hasInScope(this._lastStrValue)) {
          this._groupSpecifiers.addToScope(this._lastStrValue);
          return true;
        }
        this.raise("Duplicate capture group name");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeAtomEscape() {
    if (this.consumeBackreference() || this.consumeCharacterClassEscape() || this.consumeCharacterEscape() || this._nFlag && this.consumeKGroupName()) {
      return true;
    }
    if (this.strict || this._unicodeMode) {
      this.raise("Invalid escape");
    }
    return false;
  }
  consumeBackreference() {
    const start = this.index;
    if (this.eatDecimalEscape()) {
      const n = this._lastIntValue;
      if (n <= this._numCapturingParens) {
        this.onBackreference(start - 1, this.index, n);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeCharacterClassEscape() {
    var _a;
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "digit", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "digit", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "space", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "space", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "word", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "word", true);
      return {};
    }
    let negate = false;
    if (this._unicodeMode && this.ecmaVersion >= 2018 && (this.eat(LATIN_SMALL_LETTER_P) || (negate = this.eat(LATIN_CAPITAL_LETTER_P)))) {
      this._lastIntValue = -1;
      let result = null;
      if (this.eat(LEFT_CURLY_BRACKET) && (result = this.eatUnicodePropertyValueExpression()) && this.eat(RIGHT_CURLY_BRACKET)) {
        if (negate && result.strings) {
          this.raise("Invalid property name");
        }
        this.onUnicodePropertyCharacterSet(start - 1, this.index, "property", result.key, result.value, negate, (_a = result.strings) !== null && _a !== void 0 ? _a : false);
        return { mayContainStrings: result.strings };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  consumeCharacterEscape() {
    const start = this.index;
    if (this.eatControlEscape() || this.eatCControlLetter() || this.eatZero() || this.eatHexEscapeSequence() || this.eatRegExpUnicodeEscapeSequence() || !this.strict && !this._unicodeMode && this.eatLegacyOctalEscapeSequence() || this.eatIdentityEscape()) {
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    return false;
  }
  consumeKGroupName() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_K)) {
      if (this.eatGroupName()) {
        const groupName = this._lastStrValue;
        this._backreferenceNames.add(groupName);
        this.onBackreference(start - 1, this.index, groupName);
        return true;
      }
      this.raise("Invalid named reference");
    }
    return false;
  }
  consumeCharacterClass() {
    const start = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start, negate, this._unicodeSetsMode);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        if (this.currentCodePoint === -1) {
          this.raise("Unterminated character class");
        }
        this.raise("Invalid character in character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start, this.index, negate);
      return result;
    }
    return null;
  }
  consumeClassContents() {
    if (this._unicodeSetsMode) {
      if (this.currentCodePoint === RIGHT_SQUARE_BRACKET) {
        return {};
      }
      const result = this.consumeClassSetExpression();
      return result;
    }
    const strict = this.strict || this._unicodeMode;
    for (; ; ) {
      const rangeStart = this.index;
      if (!this.consumeClassAtom()) {
        break;
      }
      const min = this._lastIntValue;
      if (!this.eat(HYPHEN_MINUS)) {
        continue;
      }
      this.onCharacter(this.index - 1, this.index, HYPHEN_MINUS);
      if (!this.consumeClassAtom()) {
        break;
      }
      const max = this._lastIntValue;
      if (min === -1 || max === -1) {
        if (strict) {
          this.raise("Invalid character class");
        }
        continue;
      }
      if (min > max) {
        this.raise("Range out of order in character class");
      }
      this.onCharacterClassRange(rangeStart, this.index, min, max);
    }
    return {};
  }
  consumeClassAtom() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== REVERSE_SOLIDUS && cp !== RIGHT_SQUARE_BRACKET) {
      this.advance();
      this._lastIntValue = cp;
      this.onCharacter(start, this.index, this._lastIntValue);
      return true;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeClassEscape()) {
        return true;
      }
      if (!this.strict && this.currentCodePoint === LATIN_SMALL_LETTER_C) {
        this._lastIntValue = REVERSE_SOLIDUS;
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeClassEscape() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_B)) {
      this._lastIntValue = BACKSPACE;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    if (this._unicodeMode && this.eat(HYPHEN_MINUS)) {
      this._lastIntValue = HYPHEN_MINUS;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    let cp = 0;
    if (!this.strict && !this._unicodeMode && this.currentCodePoint === LATIN_SMALL_LETTER_C && (isDecimalDigit(cp = this.nextCodePoint) || cp === LOW_LINE)) {
      this.advance();
      this.advance();
      this._lastIntValue = cp % 32;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    return Boolean(this.consumeCharacterClassEscape()) || this.consumeCharacterEscape();
  }
  consumeClassSetExpression() {
    const start = this.index;
    let mayContainStrings = false;
    let result = null;
    if (this.consumeClassSetCharacter()) {
      if (this.consumeClassSetRangeFromOperator(start)) {
        this.consumeClassUnionRight({});
        return {};
      }
      mayContainStrings = false;
    } else if (result = this.consumeClassSetOperand()) {
      mayContainStrings = result.mayContainStrings;
    } else {
      const cp = this.currentCodePoint;
      if (cp === REVERSE_SOLIDUS) {
        this.advance();
        this.raise("Invalid escape");
      }
      if (cp === this.nextCodePoint && isClassSetReservedDoublePunctuatorCharacter(cp)) {
        this.raise("Invalid set operation in character class");
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(AMPERSAND, AMPERSAND)) {
      while (this.currentCodePoint !== AMPERSAND && (result = this.consumeClassSetOperand())) {
        this.onClassIntersection(start, this.index);
        if (!result.mayContainStrings) {
          mayContainStrings = false;
        }
        if (this.eat2(AMPERSAND, AMPERSAND)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
      while (this.consumeClassSetOperand()) {
        this.onClassSubtraction(start, this.index);
        if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    return this.consumeClassUnionRight({ mayContainStrings });
  }
  consumeClassUnionRight(leftResult) {
    let mayContainStrings = leftResult.mayContainStrings;
    for (; ; ) {
      const start = this.index;
      if (this.consumeClassSetCharacter()) {
        this.consumeClassSetRangeFromOperator(start);
        continue;
      }
      const result = this.consumeClassSetOperand();
      if (result) {
        if (result.mayContainStrings) {
          mayContainStrings = true;
        }
        continue;
      }
      break;
    }
    return { mayContainStrings };
  }
  consumeClassSetRangeFromOperator(start) {
    const currentStart = this.index;
    const min = this._lastIntValue;
    if (this.eat(HYPHEN_MINUS)) {
      if (this.consumeClassSetCharacter()) {
        const max = this._lastIntValue;
        if (min === -1 || max === -1) {
          this.raise("Invalid character class");
        }
        if (min > max) {
          this.raise("Range out of order in character class");
        }
        this.onCharacterClassRange(start, this.index, min, max);
        return true;
      }
      this.rewind(currentStart);
    }
    return false;
  }
  consumeClassSetOperand() {
    let result = null;
    if (result = this.consumeNestedClass()) {
      return result;
    }
    if (result = this.consumeClassStringDisjunction()) {
      return result;
    }
    if (this.consumeClassSetCharacter()) {
      return {};
    }
    return null;
  }
  consumeNestedClass() {
    const start = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start, negate, true);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        this.raise("Unterminated character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start, this.index, negate);
      return result;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      const result = this.consumeCharacterClassEscape();
      if (result) {
        return result;
      }
      this.rewind(start);
    }
    return null;
  }
  consumeClassStringDisjunction() {
    const start = this.index;
    if (this.eat3(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_Q, LEFT_CURLY_BRACKET)) {
      this.onClassStringDisjunctionEnter(start);
      let i = 0;
      let mayContainStrings = false;
      do {
        if (this.consumeClassString(i++).mayContainStrings) {
          mayContainStrings = true;
        }
      } while (this.eat(VERTICAL_LINE));
      if (this.eat(RIGHT_CURLY_BRACKET)) {
        this.onClassStringDisjunctionLeave(start, this.index);
        return { mayContainStrings };
      }
      this.raise("Unterminated class string disjunction");
    }
    return null;
  }
  consumeClassString(i) {
    const start = this.index;
    let count = 0;
    this.onStringAlternativeEnter(start, i);
    while (this.currentCodePoint !== -1 && this.consumeClassSetCharacter()) {
      count++;
    }
    this.onStringAlternativeLeave(start, this.index, i);
    return { mayContainStrings: count !== 1 };
  }
  consumeClassSetCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== this.nextCodePoint || !isClassSetReservedDoublePunctuatorCharacter(cp)) {
      if (cp !== -1 && !isClassSetSyntaxCharacter(cp)) {
        this._lastIntValue = cp;
        this.advance();
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeCharacterEscape()) {
        return true;
      }
      if (isClassSetReservedPunctuator(this.currentCodePoint)) {
        this._lastIntValue = this.currentCodePoint;
        this.advance();
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      if (this.eat(LATIN_SMALL_LETTER_B)) {
        this._lastIntValue = BACKSPACE;
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  eatGroupName() {
    if (this.eat(LESS_THAN_SIGN)) {
      if (this.eatRegExpIdentifierName() && this.eat(GREATER_THAN_SIGN)) {
        return true;
      }
      this.raise("Invalid capture group name");
    }
    return false;
  }
  eatRegExpIdentifierName() {
    if (this.eatRegExpIdentifierStart()) {
      this._lastStrValue = String.fromCodePoint(this._lastIntValue);
      while (this.eatRegExpIdentifierPart()) {
        this._lastStrValue += String.fromCodePoint(this._lastIntValue);
      }
      return true;
    }
    return false;
  }
  eatRegExpIdentifierStart() {
    const start = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierStartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start) {
      this.rewind(start);
    }
    return false;
  }
  eatRegExpIdentifierPart() {
    const start = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierPartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start) {
      this.rewind(start);
    }
    return false;
  }
  eatCControlLetter() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_C)) {
      if (this.eatControlLetter()) {
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  eatZero() {
    if (this.currentCodePoint === DIGIT_ZERO && !isDecimalDigit(this.nextCodePoint)) {
      this._lastIntValue = 0;
      this.advance();
      return true;
    }
    return false;
  }
  eatControlEscape() {
    if (this.eat(LATIN_SMALL_LETTER_F)) {
      this._lastIntValue = FORM_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_N)) {
      this._lastIntValue = LINE_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_R)) {
      this._lastIntValue = CARRIAGE_RETURN;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_T)) {
      this._lastIntValue = CHARACTER_TABULATION;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_V)) {
      this._lastIntValue = LINE_TABULATION;
      return true;
    }
    return false;
  }
  eatControlLetter() {
    const cp = this.currentCodePoint;
    if (isLatinLetter(cp)) {
      this.advance();
      this._lastIntValue = cp % 32;
      return true;
    }
    return false;
  }
  eatRegExpUnicodeEscapeSequence(forceUFlag = false) {
    const start = this.index;
    const uFlag = forceUFlag || this._unicodeMode;
    if (this.eat(LATIN_SMALL_LETTER_U)) {
      if (uFlag && this.eatRegExpUnicodeSurrogatePairEscape() || this.eatFixedHexDigits(4) || uFlag && this.eatRegExpUnicodeCodePointEscape()) {
        return true;
      }
      if (this.strict || uFlag) {
        this.raise("Invalid unicode escape");
      }
      this.rewind(start);
    }
    return false;
  }
  eatRegExpUnicodeSurrogatePairEscape() {
    const start = this.index;
    if (this.eatFixedHexDigits(4)) {
      const lead = this._lastIntValue;
      if (isLeadSurrogate(lead) && this.eat(REVERSE_SOLIDUS) && this.eat(LATIN_SMALL_LETTER_U) && this.eatFixedHexDigits(4)) {
        const trail = this._lastIntValue;
        if (isTrailSurrogate(trail)) {
          this._lastIntValue = combineSurrogatePair(lead, trail);
          return true;
        }
      }
      this.rewind(start);
    }
    return false;
  }
  eatRegExpUnicodeCodePointEscape() {
    const start = this.index;
    if (this.eat(LEFT_CURLY_BRACKET) && this.eatHexDigits() && this.eat(RIGHT_CURLY_BRACKET) && isValidUnicode(this._lastIntValue)) {
      return true;
    }
    this.rewind(start);
    return false;
  }
  eatIdentityEscape() {
    const cp = this.currentCodePoint;
    if (this.isValidIdentityEscape(cp)) {
      this._lastIntValue = cp;
      this.advance();
      return true;
    }
    return false;
  }
  isValidIdentityEscape(cp) {
    if (cp === -1) {
      return false;
    }
    if (this._unicodeMode) {
      return isSyntaxCharacter(cp) || cp === SOLIDUS;
    }
    if (this.strict) {
      return !isIdContinue(cp);
    }
    if (this._nFlag) {
      return !(cp === LATIN_SMALL_LETTER_C || cp === LATIN_SMALL_LETTER_K);
    }
    return cp !== LATIN_SMALL_LETTER_C;
  }
  eatDecimalEscape() {
    this._lastIntValue = 0;
    let cp = this.currentCodePoint;
    if (cp >= DIGIT_ONE && cp <= DIGIT_NINE) {
      do {
        this._lastIntValue = 10 * this._lastIntValue + (cp - DIGIT_ZERO);
        this.advance();
      } while ((cp = this.currentCodePoint) >= DIGIT_ZERO && cp <= DIGIT_NINE);
      return true;
    }
    return false;
  }
  eatUnicodePropertyValueExpression() {
    const start = this.index;
    if (this.eatUnicodePropertyName() && this.eat(EQUALS_SIGN)) {
      const key = this._lastStrValue;
      if (this.eatUnicodePropertyValue()) {
        const value = this._lastStrValue;
        if (isValidUnicodeProperty(this.ecmaVersion, key, value)) {
          return {
            key,
            value: value || null
          };
        }
        this.raise("Invalid property name");
      }
    }
    this.rewind(start);
    if (this.eatLoneUnicodePropertyNameOrValue()) {
      const nameOrValue = this._lastStrValue;
      if (isValidUnicodeProperty(this.ecmaVersion, "General_Category", nameOrValue)) {
        return {
          key: "General_Category",
          value: nameOrValue || null
        };
      }
      if (isValidLoneUnicodeProperty(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null
        };
      }
      if (this._unicodeSetsMode && isValidLoneUnicodePropertyOfString(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null,
          strings: true
        };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  eatUnicodePropertyName() {
    this._lastStrValue = "";
    while (isUnicodePropertyNameCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatUnicodePropertyValue() {
    this._lastStrValue = "";
    while (isUnicodePropertyValueCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatLoneUnicodePropertyNameOrValue() {
    return this.eatUnicodePropertyValue();
  }
  eatHexEscapeSequence() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_X)) {
      if (this.eatFixedHexDigits(2)) {
        return true;
      }
      if (this._unicodeMode || this.strict) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  eatDecimalDigits() {
    const start = this.index;
    this._lastIntValue = 0;
    while (isDecimalDigit(this.currentCodePoint)) {
      this._lastIntValue = 10 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start;
  }
  eatHexDigits() {
    const start = this.index;
    this._lastIntValue = 0;
    while (isHexDigit(this.currentCodePoint)) {
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start;
  }
  eatLegacyOctalEscapeSequence() {
    if (this.eatOctalDigit()) {
      const n1 = this._lastIntValue;
      if (this.eatOctalDigit()) {
        const n2 = this._lastIntValue;
        if (n1 <= 3 && this.eatOctalDigit()) {
          this._lastIntValue = n1 * 64 + n2 * 8 + this._lastIntValue;
        } else {
          this._lastIntValue = n1 * 8 + n2;
        }
      } else {
        this._lastIntValue = n1;
      }
      return true;
    }
    return false;
  }
  eatOctalDigit() {
    const cp = this.currentCodePoint;
    if (isOctalDigit(cp)) {
      this.advance();
      this._lastIntValue = cp - DIGIT_ZERO;
      return true;
    }
    this._lastIntValue = 0;
    return false;
  }
  eatFixedHexDigits(length) {
    const start = this.index;
    this._lastIntValue = 0;
    for (let i = 0; i < length; ++i) {
      const cp = this.currentCodePoint;
      if (!isHexDigit(cp)) {
        this.rewind(start);
        return false;
      }
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(cp);
      this.advance();
    }
    return true;
  }
  eatModifiers() {
    let ate = false;
    while (isRegularExpressionModifier(this.currentCodePoint)) {
      this.advance();
      ate = true;
    }
    return ate;
  }
  parseModifiers(start, end) {
    const { ignoreCase, multiline, dotAll } = this.parseFlags(this._reader.source, start, end);
    return { ignoreCase, multiline, dotAll };
  }
  parseFlags(source, start, end) {
    const flags = {
      global: false,
      ignoreCase: false,
      multiline: false,
      unicode: false,
      sticky: false,
      dotAll: false,
      hasIndices: false,
      unicodeSets: false
    };
    const validFlags = /* @__PURE__ */ new Set();
    validFlags.add(LATIN_SMALL_LETTER_G);
    validFlags.add(LATIN_SMALL_LETTER_I);
    validFlags.add(LATIN_SMALL_LETTER_M);
    if (this.ecmaVersion >= 2015) {
      validFlags.add(LATIN_SMALL_LETTER_U);
      validFlags.add(LATIN_SMALL_LETTER_Y);
      if (this.ecmaVersion >= 2018) {
        validFlags.add(LATIN_SMALL_LETTER_S);
        if (this.ecmaVersion >= 2022) {
          validFlags.add(LATIN_SMALL_LETTER_D);
          if (this.ecmaVersion >= 2024) {
            validFlags.add(LATIN_SMALL_LETTER_V);
          }
        }
      }
    }
    for (let i = start; i < end; ++i) {
      const flag = source.charCodeAt(i);
      if (validFlags.has(flag)) {
        const prop = FLAG_CODEPOINT_TO_PROP[flag];
        if (flags[prop]) {
          this.raise(`Duplicated flag '${source[i]}'`, {
            index: start
          });
        }
        flags[prop] = true;
      } else {
        this.raise(`Invalid flag '${source[i]}'`, { index: start });
      }
    }
    return flags;
  }
};
var DUMMY_PATTERN = {};
var DUMMY_FLAGS = {};
var DUMMY_CAPTURING_GROUP = {};
function isClassSetOperand(node) {
  return node.type === "Character" || node.type === "CharacterSet" || node.type === "CharacterClass" || node.type === "ExpressionCharacterClass" || node.type === "ClassStringDisjunction";
}
var RegExpParserState = class {
  constructor(options) {
    var _a;
    this._node = DUMMY_PATTERN;
    this._expressionBufferMap = /* @__PURE__ */ new Map();
    this._flags = DUMMY_FLAGS;
    this._backreferences = [];
    this._capturingGroups = [];
    this.source = "";
    this.strict = Boolean(options === null || options === void 0 ? void 0 : options.strict);
    this.ecmaVersion = (_a = options === null || options === void 0 ? void 0 : options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  get pattern() {
    if (this._node.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    return this._node;
  }
  get flags() {
    if (this._flags.type !== "Flags") {
      throw new Error("UnknownError");
    }
    return this._flags;
  }
  onRegExpFlags(start, end, { global, ignoreCase, multiline, unicode, sticky, dotAll, hasIndices, unicodeSets }) {
    this._flags = {
      type: "Flags",
      parent: null,
      start,
      end,
      raw: this.source.slice(start, end),
      global,
      ignoreCase,
      multiline,
      unicode,
      sticky,
      dotAll,
      hasIndices,
      unicodeSets
    };
  }
  onPatternEnter(start) {
    this._node = {
      type: "Pattern",
      parent: null,
      start,
      end: start,
      raw: "",
      alternatives: []
    };
    this._backreferences.length = 0;
    this._capturingGroups.length = 0;
  }
  onPatternLeave(start, end) {
    this._node.end = end;
    this._node.raw = this.source.slice(start, end);
    for (const reference of this._backreferences) {
      const ref = reference.ref;
      const groups = typeof ref === "number" ? [this._capturingGroups[ref - 1]] : this._capturingGroups.filter((g) => g.name === ref);
      if (groups.length === 1) {
        const group = groups[0];
        reference.ambiguous = false;
        reference.resolved = group;
      } else {
        reference.ambiguous = true;
        reference.resolved = groups;
      }
      for (const group of groups) {
        group.references.push(reference);
      }
    }
  }
  onAlternativeEnter(start) {
    const parent = this._node;
    if (parent.type !== "Assertion" && parent.type !== "CapturingGroup" && parent.type !== "Group" && parent.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Alternative",
      parent,
      start,
      end: start,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onAlternativeLeave(start, end) {
    const node = this._node;
    if (node.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onGroupEnter(start) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const group = {
      type: "Group",
      parent,
      start,
      end: start,
      raw: "",
      modifiers: null,
      alternatives: []
    };
    this._node = group;
    parent.elements.push(this._node);
  }
  onGroupLeave(start, end) {
    const node = this._node;
    if (node.type !== "Group" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onModifiersEnter(start) {
    const parent = this._node;
    if (parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Modifiers",
      parent,
      start,
      end: start,
      raw: "",
      add: null,
      remove: null
    };
    parent.modifiers = this._node;
  }
  onModifiersLeave(start, end) {
    const node = this._node;
    if (node.type !== "Modifiers" || node.parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onAddModifiers(start, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.add = {
      type: "ModifierFlags",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onRemoveModifiers(start, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.remove = {
      type: "ModifierFlags",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onCapturingGroupEnter(start, name) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "CapturingGroup",
      parent,
      start,
      end: start,
      raw: "",
      name,
      alternatives: [],
      references: []
    };
    parent.elements.push(this._node);
    this._capturingGroups.push(this._node);
  }
  onCapturingGroupLeave(start, end) {
    const node = this._node;
    if (node.type !== "CapturingGroup" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onQuantifier(start, end, min, max, greedy) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const element = parent.elements.pop();
    if (element == null || element.type === "Quantifier" || element.type === "Assertion" && element.kind !== "lookahead") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "Quantifier",
      parent,
      start: element.start,
      end,
      raw: this.source.slice(element.start, end),
      min,
      max,
      greedy,
      element
    };
    parent.elements.push(node);
    element.parent = node;
  }
  onLookaroundAssertionEnter(start, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node = this._node = {
      type: "Assertion",
      parent,
      start,
      end: start,
      raw: "",
      kind,
      negate,
      alternatives: []
    };
    parent.elements.push(node);
  }
  onLookaroundAssertionLeave(start, end) {
    const node = this._node;
    if (node.type !== "Assertion" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onEdgeAssertion(start, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind
    });
  }
  onWordBoundaryAssertion(start, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      negate
    });
  }
  onAnyCharacterSet(start, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind
    });
  }
  onEscapeCharacterSet(start, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      negate
    });
  }
  onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const base = {
      type: "CharacterSet",
      parent: null,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      strings: null,
      key
    };
    if (strings) {
      if (parent.type === "CharacterClass" && !parent.unicodeSets || negate || value !== null) {
        throw new Error("UnknownError");
      }
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    } else {
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    }
  }
  onCharacter(start, end, value) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass" && parent.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Character",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      value
    });
  }
  onBackreference(start, end, ref) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "Backreference",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ref,
      ambiguous: false,
      resolved: DUMMY_CAPTURING_GROUP
    };
    parent.elements.push(node);
    this._backreferences.push(node);
  }
  onCharacterClassEnter(start, negate, unicodeSets) {
    const parent = this._node;
    const base = {
      type: "CharacterClass",
      parent,
      start,
      end: start,
      raw: "",
      unicodeSets,
      negate,
      elements: []
    };
    if (parent.type === "Alternative") {
      const node = Object.assign(Object.assign({}, base), { parent });
      this._node = node;
      parent.elements.push(node);
    } else if (parent.type === "CharacterClass" && parent.unicodeSets && unicodeSets) {
      const node = Object.assign(Object.assign({}, base), {
        parent,
        unicodeSets
      });
      this._node = node;
      parent.elements.push(node);
    } else {
      throw new Error("UnknownError");
    }
  }
  onCharacterClassLeave(start, end) {
    const node = this._node;
    if (node.type !== "CharacterClass" || node.parent.type !== "Alternative" && node.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const parent = node.parent;
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = parent;
    const expression = this._expressionBufferMap.get(node);
    if (!expression) {
      return;
    }
    if (node.elements.length > 0) {
      throw new Error("UnknownError");
    }
    this._expressionBufferMap.delete(node);
    const newNode = {
      type: "ExpressionCharacterClass",
      parent,
      start: node.start,
      end: node.end,
      raw: node.raw,
      negate: node.negate,
      expression
    };
    expression.parent = newNode;
    if (node !== parent.elements.pop()) {
      throw new Error("UnknownError");
    }
    parent.elements.push(newNode);
  }
  onCharacterClassRange(start, end) {
    const parent = this._node;
    if (parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const elements = parent.elements;
    const max = elements.pop();
    if (!max || max.type !== "Character") {
      throw new Error("UnknownError");
    }
    if (!parent.unicodeSets) {
      const hyphen = elements.pop();
      if (!hyphen || hyphen.type !== "Character" || hyphen.value !== HYPHEN_MINUS) {
        throw new Error("UnknownError");
      }
    }
    const min = elements.pop();
    if (!min || min.type !== "Character") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "CharacterClassRange",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      min,
      max
    };
    min.parent = node;
    max.parent = node;
    elements.push(node);
  }
  onClassIntersection(start, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassSubtraction" || left.type !== "ClassIntersection" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node = {
      type: "ClassIntersection",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      left,
      right
    };
    left.parent = node;
    right.parent = node;
    this._expressionBufferMap.set(parent, node);
  }
  onClassSubtraction(start, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassIntersection" || left.type !== "ClassSubtraction" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node = {
      type: "ClassSubtraction",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      left,
      right
    };
    left.parent = node;
    right.parent = node;
    this._expressionBufferMap.set(parent, node);
  }
  onClassStringDisjunctionEnter(start) {
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "ClassStringDisjunction",
      parent,
      start,
      end: start,
      raw: "",
      alternatives: []
    };
    parent.elements.push(this._node);
  }
  onClassStringDisjunctionLeave(start, end) {
    const node = this._node;
    if (node.type !== "ClassStringDisjunction" || node.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onStringAlternativeEnter(start) {
    const parent = this._node;
    if (parent.type !== "ClassStringDisjunction") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "StringAlternative",
      parent,
      start,
      end: start,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onStringAlternativeLeave(start, end) {
    const node = this._node;
    if (node.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
};
var RegExpParser = class {
  constructor(options) {
    this._state = new RegExpParserState(options);
    this._validator = new RegExpValidator(this._state);
  }
  parseLiteral(source, start = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateLiteral(source, start, end);
    const pattern = this._state.pattern;
    const flags = this._state.flags;
    const literal = {
      type: "RegExpLiteral",
      parent: null,
      start,
      end,
      raw: source,
      pattern,
      flags
    };
    pattern.parent = literal;
    flags.parent = literal;
    return literal;
  }
  parseFlags(source, start = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateFlags(source, start, end);
    return this._state.flags;
  }
  parsePattern(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    this._state.source = source;
    this._validator.validatePattern(source, start, end, uFlagOrFlags);
    return this._state.pattern;
  }
};
var RegExpVisitor = class {
  constructor(handlers) {
    this._handlers = handlers;
  }
  visit(node) {
    switch (node.type) {
      case "Alternative":
        this.visitAlternative(node);
        break;
      case "Assertion":
        this.visitAssertion(node);
        break;
      case "Backreference":
        this.visitBackreference(node);
        break;
      case "CapturingGroup":
        this.visitCapturingGroup(node);
        break;
      case "Character":
        this.visitCharacter(node);
        break;
      case "CharacterClass":
        this.visitCharacterClass(node);
        break;
      case "CharacterClassRange":
        this.visitCharacterClassRange(node);
        break;
      case "CharacterSet":
        this.visitCharacterSet(node);
        break;
      case "ClassIntersection":
        this.visitClassIntersection(node);
        break;
      case "ClassStringDisjunction":
        this.visitClassStringDisjunction(node);
        break;
      case "ClassSubtraction":
        this.visitClassSubtraction(node);
        break;
      case "ExpressionCharacterClass":
        this.visitExpressionCharacterClass(node);
        break;
      case "Flags":
        this.visitFlags(node);
        break;
      case "Group":
        this.visitGroup(node);
        break;
      case "Modifiers":
        this.visitModifiers(node);
        break;
      case "ModifierFlags":
        this.visitModifierFlags(node);
        break;
      case "Pattern":
        this.visitPattern(node);
        break;
      case "Quantifier":
        this.visitQuantifier(node);
        break;
      case "RegExpLiteral":
        this.visitRegExpLiteral(node);
        break;
      case "StringAlternative":
        this.visitStringAlternative(node);
        break;
      default:
        throw new Error(`Unknown type: ${node.type}`);
    }
  }
  visitAlternative(node) {
    if (this._handlers.onAlternativeEnter) {
      this._handlers.onAlternativeEnter(node);
    }
    node.elements.forEach(this.visit, this);
    if (this._handlers.onAlternativeLeave) {
      this._handlers.onAlternativeLeave(node);
    }
  }
  visitAssertion(node) {
    if (this._handlers.onAssertionEnter) {
      this._handlers.onAssertionEnter(node);
    }
    if (node.kind === "lookahead" || node.kind === "lookbehind") {
      node.alternatives.forEach(this.visit, this);
    }
    if (this._handlers.onAssertionLeave) {
      this._handlers.onAssertionLeave(node);
    }
  }
  visitBackreference(node) {
    if (this._handlers.onBackreferenceEnter) {
      this._handlers.onBackreferenceEnter(node);
    }
    if (this._handlers.onBackreferenceLeave) {
      this._handlers.onBackreferenceLeave(node);
    }
  }
  visitCapturingGroup(node) {
    if (this._handlers.onCapturingGroupEnter) {
      this._handlers.onCapturingGroupEnter(node);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onCapturingGroupLeave) {
      this._handlers.onCapturingGroupLeave(node);
    }
  }
  visitCharacter(node) {
    if (this._handlers.onCharacterEnter) {
      this._handlers.onCharacterEnter(node);
    }
    if (this._handlers.onCharacterLeave) {
      this._handlers.onCharacterLeave(node);
    }
  }
  visitCharacterClass(node) {
    if (this._handlers.onCharacterClassEnter) {
      this._handlers.onCharacterClassEnter(node);
    }
    node.elements.forEach(this.visit, this);
    if (this._handlers.onCharacterClassLeave) {
      this._handlers.onCharacterClassLeave(node);
    }
  }
  visitCharacterClassRange(node) {
    if (this._handlers.onCharacterClassRangeEnter) {
      this._handlers.onCharacterClassRangeEnter(node);
    }
    this.visitCharacter(node.min);
    this.visitCharacter(node.max);
    if (this._handlers.onCharacterClassRangeLeave) {
      this._handlers.onCharacterClassRangeLeave(node);
    }
  }
  visitCharacterSet(node) {
    if (this._handlers.onCharacterSetEnter) {
      this._handlers.onCharacterSetEnter(node);
    }
    if (this._handlers.onCharacterSetLeave) {
      this._handlers.onCharacterSetLeave(node);
    }
  }
  visitClassIntersection(node) {
    if (this._handlers.onClassIntersectionEnter) {
      this._handlers.onClassIntersectionEnter(node);
    }
    this.visit(node.left);
    this.visit(node.right);
    if (this._handlers.onClassIntersectionLeave) {
      this._handlers.onClassIntersectionLeave(node);
    }
  }
  visitClassStringDisjunction(node) {
    if (this._handlers.onClassStringDisjunctionEnter) {
      this._handlers.onClassStringDisjunctionEnter(node);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onClassStringDisjunctionLeave) {
      this._handlers.onClassStringDisjunctionLeave(node);
    }
  }
  visitClassSubtraction(node) {
    if (this._handlers.onClassSubtractionEnter) {
      this._handlers.onClassSubtractionEnter(node);
    }
    this.visit(node.left);
    this.visit(node.right);
    if (this._handlers.onClassSubtractionLeave) {
      this._handlers.onClassSubtractionLeave(node);
    }
  }
  visitExpressionCharacterClass(node) {
    if (this._handlers.onExpressionCharacterClassEnter) {
      this._handlers.onExpressionCharacterClassEnter(node);
    }
    this.visit(node.expression);
    if (this._handlers.onExpressionCharacterClassLeave) {
      this._handlers.onExpressionCharacterClassLeave(node);
    }
  }
  visitFlags(node) {
    if (this._handlers.onFlagsEnter) {
      this._handlers.onFlagsEnter(node);
    }
    if (this._handlers.onFlagsLeave) {
      this._handlers.onFlagsLeave(node);
    }
  }
  visitGroup(node) {
    if (this._handlers.onGroupEnter) {
      this._handlers.onGroupEnter(node);
    }
    if (node.modifiers) {
      this.visit(node.modifiers);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onGroupLeave) {
      this._handlers.onGroupLeave(node);
    }
  }
  visitModifiers(node) {
    if (this._handlers.onModifiersEnter) {
      this._handlers.onModifiersEnter(node);
    }
    if (node.add) {
      this.visit(node.add);
    }
    if (node.remove) {
      this.visit(node.remove);
    }
    if (this._handlers.onModifiersLeave) {
      this._handlers.onModifiersLeave(node);
    }
  }
  visitModifierFlags(node) {
    if (this._handlers.onModifierFlagsEnter) {
      this._handlers.onModifierFlagsEnter(node);
    }
    if (this._handlers.onModifierFlagsLeave) {
      this._handlers.onModifierFlagsLeave(node);
    }
  }
  visitPattern(node) {
    if (this._handlers.onPatternEnter) {
      this._handlers.onPatternEnter(node);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onPatternLeave) {
      this._handlers.onPatternLeave(node);
    }
  }
  visitQuantifier(node) {
    if (this._handlers.onQuantifierEnter) {
      this._handlers.onQuantifierEnter(node);
    }
    this.visit(node.element);
    if (this._handlers.onQuantifierLeave) {
      this._handlers.onQuantifierLeave(node);
    }
  }
  visitRegExpLiteral(node) {
    if (this._handlers.onRegExpLiteralEnter) {
      this._handlers.onRegExpLiteralEnter(node);
    }
    this.visitPattern(node.pattern);
    this.visitFlags(node.flags);
    if (this._handlers.onRegExpLiteralLeave) {
      this._handlers.onRegExpLiteralLeave(node);
    }
  }
  visitStringAlternative(node) {
    if (this._handlers.onStringAlternativeEnter) {
      this._handlers.onStringAlternativeEnter(node);
    }
    node.elements.forEach(this.visit, this);
    if (this._handlers.onStringAlternativeLeave) {
      this._handlers.onStringAlternativeLeave(node);
    }
  }
};
function visitRegExpAST(node, handlers) {
  new RegExpVisitor(handlers).visit(node);
}

// src/rules/regex-literals.ts
var MIN_LENGTH = 3;
var strength = (r) => Math.min(...r.map((s) => s.length));
function requiredLiterals(source, flags) {
  if (flags.includes("i")) return void 0;
  let pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes("u"),
      unicodeSets: flags.includes("v")
    });
  } catch {
    return void 0;
  }
  const found = ofAlternatives(pattern.alternatives);
  return found && strength(found) >= MIN_LENGTH ? found : void 0;
}
function ofAlternatives(alternatives) {
  const out = [];
  for (const alternative of alternatives) {
    const r = ofSequence(alternative.elements);
    if (!r) return void 0;
    out.push(...r);
  }
  return out.length ? [...new Set(out)] : void 0;
}
function ofSequence(elements) {
  let best;
  const consider = (r) => {
    if (r && (!best || strength(r) > strength(best))) best = r;
  };
  let run = "";
  for (const element of elements) {
    if (element.type === "Character") {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) consider([run]);
    run = "";
    consider(ofElement(element));
  }
  if (run) consider([run]);
  return best;
}
function ofElement(node) {
  switch (node.type) {
    case "Character":
      return [String.fromCodePoint(node.value)];
    case "Group":
      return node.modifiers ? void 0 : ofAlternatives(node.alternatives);
    case "CapturingGroup":
      return ofAlternatives(node.alternatives);
    case "Quantifier":
      return node.min >= 1 ? ofElement(node.element) : void 0;
    default:
      return void 0;
  }
}

// src/rules/regex-safety.ts
var unbounded = (q) => q.max === Infinity || q.max > 10;
function backtrackingRisk(source, flags) {
  if (!/\)[*+?{]/.test(source)) return void 0;
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//g, "\\/")}/${flags}`);
  } catch {
    return void 0;
  }
  const ignoreCase = flags.includes("i");
  let found;
  visitRegExpAST(ast, {
    onQuantifierEnter(outer) {
      if (found || outer.max <= 1) return;
      if (unbounded(outer)) {
        let nested = false;
        visitRegExpAST(outer.element, {
          onQuantifierEnter(inner2) {
            if (inner2 !== outer && unbounded(inner2)) nested = true;
          }
        });
        if (nested) {
          found = {
            fragment: outer.raw,
            why: "repeats something that itself repeats without bound; rewrite it (e.g. `(a+)+` as `a+`)"
          };
          return;
        }
      }
      if (unbounded(outer) && firstOf(outer.element).nullable) {
        found = {
          fragment: outer.raw,
          why: "repeats without bound something that can match nothing; make each repetition match at least one character (e.g. `(?:a?b?)*` as `(?:a|b)*`)"
        };
        return;
      }
      const alternatives = groupAlternatives(outer.element);
      if (alternatives && overlapping(alternatives, ignoreCase)) {
        found = {
          fragment: outer.raw,
          why: "repeats a choice whose alternatives can match the same text; make them exclusive (e.g. `(\\w|\\d)*` as `\\w*`, `(ab|ac)*` as `(a[bc])*`)"
        };
        return;
      }
      const single = alternatives?.length === 1 ? alternatives[0].elements : void 0;
      const inner = single?.length === 1 && single[0].type === "Quantifier" ? single[0] : void 0;
      if (inner && inner.min !== inner.max)
        found = {
          fragment: outer.raw,
          why: "repeats a repeat of varying length, which can split the same text in many ways; use one count (e.g. `(a{1,10}){1,10}` as `a{1,100}`)"
        };
    }
  });
  return found;
}
function groupAlternatives(element) {
  return element.type === "Group" || element.type === "CapturingGroup" ? element.alternatives : void 0;
}
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var DIGIT = [[48, 57]];
var SPACE = [
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
];
var MAX = 1114111;
function complement(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}
function union(a, b) {
  return a === "any" || b === "any" ? "any" : [...a, ...b];
}
function intersects(a, b) {
  if (a === "any") return b === "any" || b.length > 0;
  if (b === "any") return a.length > 0;
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}
function withCases(set) {
  if (set === "any") return set;
  const extra = [];
  for (const [lo, hi] of set) {
    const upper = [Math.max(lo, 65), Math.min(hi, 90)];
    const lower = [Math.max(lo, 97), Math.min(hi, 122)];
    if (upper[0] <= upper[1]) extra.push([upper[0] + 32, upper[1] + 32]);
    if (lower[0] <= lower[1]) extra.push([lower[0] - 32, lower[1] - 32]);
  }
  return [...set, ...extra];
}
function escapeSet(kind, negate) {
  const ranges = kind === "digit" ? DIGIT : kind === "space" ? SPACE : kind === "word" ? WORD : void 0;
  if (!ranges) return "any";
  return negate ? complement(ranges) : ranges;
}
function classElementSet(element) {
  switch (element.type) {
    case "Character":
      return [[element.value, element.value]];
    case "CharacterClassRange":
      return [[element.min.value, element.max.value]];
    case "CharacterSet":
      return escapeSet(element.kind, "negate" in element ? Boolean(element.negate) : false);
    default:
      return "any";
  }
}
function classSet(element) {
  let set = [];
  for (const e of element.elements) set = union(set, classElementSet(e));
  if (!element.negate) return set;
  return set === "any" ? "any" : complement(set);
}
function firstOf(element) {
  switch (element.type) {
    case "Character":
      return { set: [[element.value, element.value]], nullable: false };
    case "CharacterClass":
      return { set: classSet(element), nullable: false };
    case "CharacterSet":
      return {
        set: element.kind === "any" ? "any" : escapeSet(element.kind, "negate" in element ? Boolean(element.negate) : false),
        nullable: false
      };
    case "Group":
    case "CapturingGroup": {
      let set = [];
      let nullable = false;
      for (const alternative of element.alternatives) {
        const first = firstOfAlternative(alternative);
        set = union(set, first.set);
        nullable ||= first.nullable;
      }
      return { set, nullable };
    }
    case "Quantifier": {
      const first = firstOf(element.element);
      return { set: first.set, nullable: element.min === 0 || first.nullable };
    }
    case "Assertion":
      return { set: [], nullable: true };
    default:
      return { set: "any", nullable: true };
  }
}
function firstOfAlternative(alternative) {
  let set = [];
  for (const element of alternative.elements) {
    const first = firstOf(element);
    set = union(set, first.set);
    if (!first.nullable) return { set, nullable: false };
  }
  return { set, nullable: true };
}
function overlapping(alternatives, ignoreCase) {
  if (alternatives.length < 2) return false;
  const firsts = alternatives.map((a) => {
    const first = firstOfAlternative(a);
    return { set: ignoreCase ? withCases(first.set) : first.set, nullable: first.nullable };
  });
  for (let i = 0; i < firsts.length; i++)
    for (let j = i + 1; j < firsts.length; j++)
      if (firsts[i].nullable || firsts[j].nullable || intersects(firsts[i].set, firsts[j].set))
        return true;
  return false;
}

// src/kinds/kind.ts
var OptionError = class extends Error {
  constructor(key, message) {
    super(message);
    this.key = key;
  }
  key;
};
function defineKind(module) {
  return module;
}

// src/parsers/python-lexical.ts
var STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
var IDENTIFIER = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
var ASCII_WORD = new Uint8Array(128).map((_, c) => /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0);
var isWordChar = (text, i) => {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code] === 1 : IDENTIFIER.test(text[i]);
};
function lexicalPlaces(text, offsets) {
  const out = [];
  let depth = 0;
  let i = 0;
  let k = 0;
  const settle = (end, kind) => {
    for (; k < offsets.length && offsets[k] < end; k++)
      out.push({ kind, depth: kind === "code" ? depth : 0, continued: continuesLine(text, offsets[k]) });
  };
  while (k < offsets.length && i < text.length) {
    const c = text[i];
    let end = i + 1;
    let kind = "code";
    if (c === "#") {
      end = text.indexOf("\n", i);
      if (end === -1) end = text.length;
      kind = "comment";
    } else if (c === '"' || c === "'") {
      const after = stringEnd(text, i, false);
      if (after === void 0) break;
      end = after;
      kind = "string";
    } else if (isWordChar(text, i)) {
      while (end < text.length && isWordChar(text, end)) end++;
      const word = text.slice(i, end);
      if ((text[end] === '"' || text[end] === "'") && STRING_PREFIX.test(word)) {
        const after = stringEnd(text, end, /[fFtT]/.test(word));
        if (after === void 0) break;
        end = after;
        kind = "string";
      }
    }
    settle(end, kind);
    if (kind === "code") {
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    }
    i = end;
  }
  while (out.length < offsets.length) out.push({ kind: "unknown", depth: 0, continued: false });
  return out;
}
function continuesLine(text, i) {
  let start = i;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  let before = start - 1;
  if (text[before] === "\n" && text[before - 1] === "\r") before--;
  return before > 0 && text[before - 1] === "\\";
}
function stringEnd(text, i, formatted) {
  const quote = text[i];
  const triple = text[i + 1] === quote && text[i + 2] === quote;
  let j = i + (triple ? 3 : 1);
  while (j < text.length) {
    const ch = text[j];
    if (ch === "\\") {
      j += text[j + 1] === "\r" && text[j + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (formatted && ch === "{") {
      if (text[j + 1] !== "{") return void 0;
      j += 2;
      continue;
    }
    if (triple) {
      if (ch === quote && text[j + 1] === quote && text[j + 2] === quote) return j + 3;
    } else {
      if (ch === quote) return j + 1;
      if (ch === "\n" || ch === "\r") return void 0;
    }
    j++;
  }
  return void 0;
}
function statementPlaces(text, offsets) {
  return lexicalPlaces(text, offsets).map(
    (p) => p.kind === "string" || p.kind === "comment" ? "string-or-comment" : p.kind === "code" && p.depth === 0 && !p.continued ? "code" : "unknown"
  );
}

// src/kinds/text-match.ts
var PLACES = ["anywhere", "code", "comments", "strings"];
var textMatchOptions = (z) => ({
  pattern: z.string().optional().describe(
    "A JavaScript regular expression (multiline: ^ and $ match at line ends). Give `pattern` or `literal`."
  ),
  literal: z.string().optional().describe("Exact text to look for, instead of a regular expression."),
  ignoreCase: z.boolean().optional().describe("Match letters regardless of case. Default: false."),
  in: z.union([z.enum(PLACES), z.array(z.enum(PLACES)).min(1)]).optional().describe(
    "Where a match counts, judged by where it starts: `anywhere`, or one or more of `code`, `comments`, `strings`. In Python files `code` excludes comments and string literals (docstrings too); in other files every match is code and none is a comment or string. Default: anywhere."
  ),
  within: z.array(z.string().min(1)).optional().describe(
    "Python only: count matches only inside these functions or classes (a plain name matches at any depth, `Class.method` matches the qualified name)."
  )
});
var PATTERN_BUDGET_MS = 1e4;
var requiredByPattern = /* @__PURE__ */ new WeakMap();
function requiredText({ regex }) {
  let known = requiredByPattern.get(regex);
  if (!known)
    requiredByPattern.set(regex, known = { literals: requiredLiterals(regex.source, regex.flags) });
  return known.literals;
}
function compileTextMatcher(options) {
  if (options.pattern === void 0 === (options.literal === void 0)) {
    throw new OptionError(
      options.pattern === void 0 ? "id" : "literal",
      "give exactly one of `pattern` or `literal`"
    );
  }
  const flags = `gm${options.ignoreCase ? "i" : ""}`;
  let regex;
  try {
    regex = new RegExp(options.pattern ?? escapeRegex(options.literal), flags);
  } catch (error) {
    throw new OptionError("pattern", `is not a valid regular expression: ${error.message}`);
  }
  const risk = options.pattern === void 0 ? void 0 : backtrackingRisk(options.pattern, flags);
  if (risk)
    throw new OptionError(
      "pattern",
      `can take exponential time on some inputs: \`${risk.fragment}\` ${risk.why}`
    );
  return {
    regex,
    spending: { ms: 0, unchecked: 0 },
    label: options.literal !== void 0 ? `\`${options.literal}\`` : `/${options.pattern}/`,
    where: placesOf(options.in),
    ...options.within ? { within: options.within, defines: definitionOf(options.within.map(lastSegment)) } : {}
  };
}
var lastSegment = (name) => name.slice(name.lastIndexOf(".") + 1);
var definitionOf = (names) => new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:def|class)(?:\\s|\\\\)+(?:${names.map(escapeRegex).join("|")})(?![\\p{L}\\p{N}_])`,
  "u"
);
function placesOf(option) {
  const places = new Set(
    option === void 0 ? ["anywhere"] : Array.isArray(option) ? option : [option]
  );
  return places.has("anywhere") || places.size === 3 ? /* @__PURE__ */ new Set(["anywhere"]) : places;
}
var isPythonPath = (path) => /\.pyi?$/.test(path);
function scopeRanges(module, names) {
  return outermost(
    module.scopes.filter((s) => names.some((n) => n.includes(".") ? s.qualifiedName === n : s.name === n)).map((s) => [s.start, s.end])
  );
}
var PLACE_OF_KIND = {
  code: "code",
  string: "strings",
  comment: "comments",
  unknown: "anywhere"
};
function placeOf(offset, module) {
  if (inRanges(offset, module.comments)) return "comments";
  return inRanges(offset, module.strings) ? "strings" : "code";
}
function mayMatch(file, matcher) {
  const required = requiredText(matcher);
  if (required && !required.some((literal) => file.contains(literal))) return false;
  return !matcher.within || mayDefineScope(file, matcher);
}
function mayDefineScope(file, matcher) {
  return matcher.within !== void 0 && isPythonPath(file.path) && matcher.within.some((name) => file.contains(lastSegment(name))) && matcher.defines.test(file.text);
}
async function findTextMatches(file, matcher, limit = Infinity) {
  if (!mayMatch(file, matcher)) return [];
  const spending = matcher.spending;
  if (spending.ms >= PATTERN_BUDGET_MS) {
    spending.unchecked++;
    return [];
  }
  const python = isPythonPath(file.path);
  const raw = [];
  const regex = matcher.regex;
  regex.lastIndex = 0;
  const started = performance.now();
  for (let m = regex.exec(file.text); m; m = regex.exec(file.text)) {
    raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) regex.lastIndex++;
  }
  spending.ms += performance.now() - started;
  if (spending.ms >= PATTERN_BUDGET_MS) spending.exhaustedOn ??= file.path;
  if (raw.length === 0) return raw;
  const anywhere = matcher.where.has("anywhere");
  if (!python) {
    return anywhere || matcher.where.has("code") ? raw.slice(0, limit) : [];
  }
  if (anywhere && !matcher.within) return raw.slice(0, limit);
  if (!matcher.within) {
    const places = lexicalPlaces(
      file.text,
      raw.map((m) => m.start)
    );
    if (places.every((p) => p.kind !== "unknown"))
      return raw.filter((_, i) => matcher.where.has(PLACE_OF_KIND[places[i].kind])).slice(0, limit);
  }
  const module = await file.python();
  const scopes = matcher.within ? scopeRanges(module, matcher.within) : void 0;
  const kept = [];
  for (const m of raw) {
    if (scopes && !inRanges(m.start, scopes)) continue;
    if (!anywhere && !matcher.where.has(placeOf(m.start, module))) continue;
    kept.push(m);
    if (kept.length >= limit) break;
  }
  return kept;
}
function excerpt(text, max = 60) {
  const line = text.split("\n")[0].trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function patternIncomplete({ spending }) {
  if (spending.exhaustedOn === void 0) return void 0;
  return `its pattern ran past its time budget (${PATTERN_BUDGET_MS / 1e3} s for the whole scan) on ${spending.exhaustedOn}; ${spending.unchecked} more ${spending.unchecked === 1 ? "file was" : "files were"} not checked`;
}

// src/parsers/route-facts.ts
var VERBS = ["get", "post", "put", "delete", "patch", "options", "head"];
var DECORATOR_FORMS = /* @__PURE__ */ new Set([...VERBS, "route", "api_route"]);
var STATEMENT_FORMS = /* @__PURE__ */ new Set(["add_url_rule", "add_api_route"]);
var CONSTRUCTORS = {
  Flask: { framework: "flask", role: "app" },
  Blueprint: { framework: "flask", role: "group" },
  FastAPI: { framework: "fastapi", role: "app" },
  APIRouter: { framework: "fastapi", role: "group" }
};
var MODULES = { flask: "flask", fastapi: "fastapi" };
var REST_EXTENSIONS = /* @__PURE__ */ new Set(["flask_restx", "flask_restplus", "flask_restful"]);
var REST_CONSTRUCTORS = {
  Api: { framework: "flask", role: "group" },
  Namespace: { framework: "flask", role: "group" }
};
var PATH_LITERAL = String.raw`(?:\s|#.*)*(?:(?:rule|path)\s*=\s*)?[rRuUbBfF]{0,2}(?:"|')(?:/|"|')`;
var ROUTE_HINT = new RegExp(
  [
    String.raw`\.(?:route|api_route|add_url_rule|add_api_route|mount)\s*\(${PATH_LITERAL}`,
    String.raw`@\s*[\w.]+\.(?:get|post|put|delete|patch|options|head)\s*\(${PATH_LITERAL}`,
    String.raw`\.(?:register_blueprint|include_router|add_namespace|add_resource|init_app)\s*\(`,
    String.raw`\bflask_rest(?:x|plus|ful)\b`,
    String.raw`\b(?:Flask|Blueprint|FastAPI|APIRouter)\s*\(`,
    String.raw`\.url_map\.strict_slashes`
  ].join("|")
);
function literalString(node) {
  if (!node || node.type !== "string") return void 0;
  if (node.namedChildren.some((c) => c?.type === "interpolation")) return void 0;
  return node.namedChildren.filter((c) => c?.type === "string_content").map((c) => c.text).join("");
}
function callParts(call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return void 0;
  const object = callee.childForFieldName("object");
  const attribute = callee.childForFieldName("attribute");
  if (!object || !attribute) return void 0;
  const { positional, keywords } = argumentsOf(call);
  return { owner: object.text, method: attribute.text, positional, keywords };
}
function argumentsOf(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value) keywords.set(name, value);
    } else positional.push(arg);
  }
  return { positional, keywords };
}
function methodsOf(node) {
  if (!node || node.type !== "list" && node.type !== "tuple" && node.type !== "set") return ["GET"];
  const methods = node.namedChildren.map((c) => literalString(c)?.toUpperCase()).filter((m) => !!m);
  return methods.length ? methods : ["GET"];
}
function scopesOf(node) {
  const out = [];
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition") out.push(n.startIndex);
  out.push(-1);
  return out;
}
var literalBoolean = (node) => node?.text === "True" ? true : node?.text === "False" ? false : void 0;
function classViewMethods(parts, classes, views) {
  if (parts.method !== "add_url_rule" || parts.keywords.has("methods")) return void 0;
  const view = parts.keywords.get("view_func") ?? parts.positional[2];
  const cls = view?.type === "identifier" ? views.get(view.text) : view && viewClass(view);
  const methods = resourceMethods(cls === void 0 ? void 0 : classes.get(cls));
  return methods.length ? methods : void 0;
}
function viewClass(node) {
  const callee = node.type === "call" ? node.childForFieldName("function") : void 0;
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "as_view")
    return void 0;
  return callee.childForFieldName("object")?.text;
}
function routeOf(call, isDecorator, at2, classes, views) {
  const parts = callParts(call);
  if (!parts) return void 0;
  const form = parts.method;
  if (isDecorator ? !DECORATOR_FORMS.has(form) : !STATEMENT_FORMS.has(form)) return void 0;
  const path = literalString(parts.positional[0] ?? parts.keywords.get("rule") ?? parts.keywords.get("path"));
  if (path === void 0) return void 0;
  const strictSlashes = literalBoolean(parts.keywords.get("strict_slashes"));
  return {
    owner: parts.owner,
    scopes: scopesOf(at2),
    form,
    methods: VERBS.includes(form) ? [form.toUpperCase()] : classViewMethods(parts, classes, views) ?? methodsOf(parts.keywords.get("methods")),
    path,
    ...strictSlashes !== void 0 ? { strictSlashes } : {},
    region: regionOf(at2)
  };
}
function wsgiWrapped(call) {
  const callee = call.childForFieldName("function")?.text.split(".").pop();
  if (callee !== "WSGIMiddleware" && callee !== "WsgiToAsgi") return void 0;
  const first = call.childForFieldName("arguments")?.namedChildren[0];
  return first && (first.type === "identifier" || first.type === "attribute") ? first : void 0;
}
function frameworkOfModule(module) {
  const top = module.split(".")[0];
  return REST_EXTENSIONS.has(top) ? "flask" : MODULES[top];
}
function importsOf(byType) {
  const imports = [];
  const imported = /* @__PURE__ */ new Set();
  for (const statement of byType.get("import_from_statement") ?? []) {
    if (!statement) continue;
    const written = (statement.childForFieldName("module_name")?.text ?? "").replace(/\s+/g, "");
    const level = /^\.*/.exec(written)[0].length;
    const module = written.slice(level);
    const framework = level === 0 ? frameworkOfModule(module) : void 0;
    if (framework) imported.add(framework);
    for (const name of statement.childrenForFieldName("name")) {
      if (!name) continue;
      const original = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
      if (original && local) imports.push({ local, module, level, name: original });
    }
    if (statement.namedChildren.some((c) => c?.type === "wildcard_import"))
      imports.push({ local: "*", module, level, name: "*" });
  }
  for (const statement of byType.get("import_statement") ?? []) {
    for (const name of statement?.childrenForFieldName("name") ?? []) {
      if (!name) continue;
      const module = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : module;
      if (!module || !local) continue;
      const framework = frameworkOfModule(module);
      if (framework) imported.add(framework);
      imports.push({ local, module, level: 0 });
    }
  }
  return { imports, imported };
}
function constructed(call, imports, bases) {
  return constructedBy(call.childForFieldName("function"), imports, bases, 0);
}
function constructedBy(callee, imports, bases, depth) {
  const fromModule = (name, module) => {
    const top = module.split(".")[0];
    if (REST_EXTENSIONS.has(top))
      return REST_CONSTRUCTORS[name] && { ...REST_CONSTRUCTORS[name], rest: name };
    const known = CONSTRUCTORS[name];
    return known && MODULES[top] === known.framework ? known : void 0;
  };
  if (callee?.type === "identifier") {
    const imported = imports.find((i) => i.local === callee.text && i.name !== void 0);
    if (imported) return fromModule(imported.name, imported.module);
    const base = bases.get(callee.text);
    if (base && depth < 4) return constructedBy(base, imports, bases, depth + 1);
    return CONSTRUCTORS[callee.text];
  }
  if (callee?.type === "attribute") {
    const object = callee.childForFieldName("object")?.text ?? "";
    const name = callee.childForFieldName("attribute")?.text ?? "";
    const module = imports.find((i) => i.local === object && i.name === void 0)?.module ?? object;
    return fromModule(name, module);
  }
  return void 0;
}
function prefixKeyword(call, built) {
  const { positional, keywords } = argumentsOf(call);
  if (built.rest === "Api") return literalString(keywords.get("prefix"));
  if (built.rest === "Namespace") {
    const path = literalString(keywords.get("path"));
    const name = literalString(positional[0] ?? keywords.get("name"));
    return path ?? (name !== void 0 ? `/${name}` : void 0);
  }
  return literalString(keywords.get(built.framework === "flask" ? "url_prefix" : "prefix"));
}
function restApiParent(call) {
  const { positional, keywords } = argumentsOf(call);
  const parent = positional[0] ?? keywords.get("app");
  return parent && (parent.type === "identifier" || parent.type === "attribute") ? parent : void 0;
}
function resourceMethods(cls) {
  const methods = [];
  for (const member of cls?.childForFieldName("body")?.namedChildren ?? []) {
    const fn = member?.type === "decorated_definition" ? member.childForFieldName("definition") : member;
    const name = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : void 0;
    if (name && VERBS.includes(name)) methods.push(name.toUpperCase());
  }
  return methods;
}
function resourceRoutes(owner, form, paths, cls, at2, methodsGiven) {
  const methods = methodsGiven ? methodsOf(methodsGiven) : resourceMethods(cls);
  if (methods.length === 0) return [];
  return paths.flatMap((p) => {
    const path = literalString(p);
    return path === void 0 || path !== "" && !path.startsWith("/") ? [] : [{ owner, scopes: scopesOf(at2), form, methods, path, region: regionOf(at2) }];
  });
}
function isMethod(fn) {
  const holder = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  return holder.parent?.parent?.type === "class_definition";
}
function positionalParameters(fn) {
  const out = [];
  for (const p of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p) continue;
    const name = p.type === "identifier" ? p.text : p.type === "typed_parameter" ? p.namedChildren.find((c) => c?.type === "identifier")?.text : p.type === "default_parameter" || p.type === "typed_default_parameter" ? p.childForFieldName("name")?.text : void 0;
    if (name === void 0) break;
    out.push(name);
  }
  return out;
}
function passedNames(call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "identifier" && callee?.type !== "attribute") return void 0;
  const { positional, keywords } = argumentsOf(call);
  const isName = (n) => n?.type === "identifier" || n?.type === "attribute";
  const args = positional.map((a) => isName(a) ? a.text : void 0);
  const named = {};
  for (const [k, v] of keywords) if (isName(v)) named[k] = v.text;
  if (!args.some((a) => a !== void 0) && Object.keys(named).length === 0) return void 0;
  return { callee: callee.text, args, keywords: named };
}
function enclosingFunction(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type !== "function_definition") continue;
    const name = n.childForFieldName("name")?.text;
    return name ? { name, definedIn: scopesOf(n)[0] } : void 0;
  }
  return void 0;
}
var READ_TYPES = [
  "import_from_statement",
  "import_statement",
  "decorator",
  "expression_statement",
  "assignment",
  "return_statement",
  "class_definition",
  "function_definition"
];
function readRouteFacts(root) {
  const byType = new Map(READ_TYPES.map((t) => [t, []]));
  for (const node of root.descendantsOfType(READ_TYPES)) if (node) byType.get(node.type).push(node);
  const { imports, imported } = importsOf(byType);
  const facts = {
    routes: [],
    objects: [],
    registrations: [],
    imports,
    aliases: [],
    bindings: [],
    functions: [],
    calls: [],
    returns: [],
    lenientSlashes: [],
    imported: [...imported]
  };
  const classes = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Map();
  for (const cls of byType.get("class_definition")) {
    const name = cls?.childForFieldName("name")?.text;
    if (!name || classes.has(name)) continue;
    classes.set(name, cls);
    const base = cls.childForFieldName("superclasses")?.namedChildren[0];
    if (base && (base.type === "identifier" || base.type === "attribute")) bases.set(name, base);
  }
  for (const fn of byType.get("function_definition")) {
    const name = fn?.childForFieldName("name")?.text;
    if (!fn || !name) continue;
    facts.functions.push({
      name,
      definedIn: scopesOf(fn)[0],
      start: fn.startIndex,
      params: positionalParameters(fn),
      method: isMethod(fn)
    });
  }
  const views = /* @__PURE__ */ new Map();
  for (const assignment of byType.get("assignment")) {
    const left = assignment?.childForFieldName("left");
    const right = assignment?.childForFieldName("right");
    const cls = right ? viewClass(right) : void 0;
    if (left?.type === "identifier" && cls !== void 0) views.set(left.text, cls);
  }
  for (const decorator of byType.get("decorator")) {
    const call = decorator?.namedChildren.find((c) => c?.type === "call");
    if (!call) continue;
    const decorated = decorator.parent?.childForFieldName("definition");
    if (decorated?.type === "class_definition") {
      const parts = callParts(call);
      if (parts?.method === "route")
        for (const route2 of resourceRoutes(
          parts.owner,
          "route",
          parts.positional,
          decorated,
          decorator,
          parts.keywords.get("methods")
        ))
          facts.routes.push(route2);
      continue;
    }
    const route = routeOf(call, true, decorator, classes, views);
    if (route) facts.routes.push(route);
  }
  for (const statement of byType.get("expression_statement")) {
    const call = statement?.namedChildren[0];
    if (call?.type !== "call") continue;
    const route = routeOf(call, false, call, classes, views);
    if (route) {
      facts.routes.push(route);
      continue;
    }
    const passed = passedNames(call);
    if (passed) facts.calls.push({ ...passed, scopes: scopesOf(statement) });
    const parts = callParts(call);
    if (!parts) continue;
    const kind = parts.method;
    if (kind === "add_resource") {
      const [cls, ...paths] = parts.positional;
      if (cls?.type === "identifier")
        for (const route2 of resourceRoutes(
          parts.owner,
          kind,
          paths,
          classes.get(cls.text),
          call,
          parts.keywords.get("methods")
        ))
          facts.routes.push(route2);
      continue;
    }
    if (kind === "add_namespace" || kind === "init_app") {
      const other = parts.positional[0] ?? parts.keywords.get(kind === "init_app" ? "app" : "ns");
      if (!other || other.type !== "identifier" && other.type !== "attribute") continue;
      const prefixNode2 = kind === "add_namespace" ? parts.keywords.get("path") ?? parts.positional[1] : void 0;
      const prefix2 = literalString(prefixNode2);
      facts.registrations.push({
        parent: kind === "add_namespace" ? parts.owner : other.text,
        child: kind === "add_namespace" ? other.text : parts.owner,
        scopes: scopesOf(statement),
        kind: "register_blueprint",
        ...prefix2 !== void 0 ? { prefix: prefix2 } : {},
        dynamicPrefix: prefixNode2 !== void 0 && prefix2 === void 0,
        line: statement.startPosition.row + 1
      });
      continue;
    }
    if (kind !== "register_blueprint" && kind !== "include_router" && kind !== "mount") continue;
    let child = kind === "mount" ? parts.positional[1] ?? parts.keywords.get("app") : parts.positional[0];
    const wrapper = child?.childForFieldName("function")?.text;
    const wrapped = kind === "mount" && child?.type === "call" ? wsgiWrapped(child) : void 0;
    if (wrapped) child = wrapped;
    if (!child || child.type !== "identifier" && child.type !== "attribute" && kind !== "mount") continue;
    const prefixNode = kind === "mount" ? parts.positional[0] ?? parts.keywords.get("path") : parts.keywords.get(kind === "register_blueprint" ? "url_prefix" : "prefix");
    const prefix = literalString(prefixNode);
    facts.registrations.push({
      parent: parts.owner,
      child: child.text,
      scopes: scopesOf(statement),
      kind,
      ...prefix !== void 0 ? { prefix } : {},
      dynamicPrefix: prefixNode !== void 0 && prefix === void 0,
      ...wrapped && wrapper ? { wsgi: wrapper } : {},
      line: statement.startPosition.row + 1
    });
  }
  for (const assignment of byType.get("assignment")) {
    const left = assignment?.childForFieldName("left");
    const right = assignment?.childForFieldName("right");
    if (!assignment || !left || !right) continue;
    if (left.type === "attribute" && /\.url_map\.strict_slashes$/.test(left.text) && right.text === "False") {
      facts.lenientSlashes.push({
        owner: left.text.replace(/\.url_map\.strict_slashes$/, ""),
        scopes: scopesOf(assignment)
      });
      continue;
    }
    if (left.type === "identifier" && (right.type === "identifier" || right.type === "attribute")) {
      facts.bindings.push({
        name: left.text,
        scope: scopesOf(assignment)[0],
        target: right.text,
        scopes: scopesOf(assignment)
      });
      continue;
    }
    if (left.type !== "identifier" && left.type !== "attribute" || right.type !== "call") continue;
    const scope = scopesOf(assignment)[0];
    const built = constructed(right, imports, bases);
    if (built) {
      const { rest, ...object } = built;
      const prefix = prefixKeyword(right, built);
      facts.objects.push({
        name: left.text,
        scope,
        ...object,
        ...built.role === "group" && prefix !== void 0 ? { prefix } : {},
        line: assignment.startPosition.row + 1
      });
      const parent = rest === "Api" ? restApiParent(right) : void 0;
      if (parent)
        facts.registrations.push({
          parent: parent.text,
          child: left.text,
          scopes: scopesOf(assignment),
          kind: "register_blueprint",
          dynamicPrefix: false,
          line: assignment.startPosition.row + 1
        });
      continue;
    }
    const callee = right.childForFieldName("function");
    if (left.type === "identifier" && (callee?.type === "identifier" || callee?.type === "attribute"))
      facts.aliases.push({ name: left.text, scope, callee: callee.text, scopes: scopesOf(assignment) });
  }
  for (const statement of byType.get("return_statement")) {
    const value = statement?.namedChildren[0];
    const fn = statement ? enclosingFunction(statement) : void 0;
    if (!value || !fn) continue;
    const scopes = scopesOf(statement);
    if (value.type === "identifier" || value.type === "attribute") {
      facts.returns.push({ function: fn.name, definedIn: fn.definedIn, scopes, name: value.text });
      continue;
    }
    const built = value.type === "call" ? constructed(value, imports, bases) : void 0;
    if (!built) continue;
    const prefix = prefixKeyword(value, built);
    const object = { framework: built.framework, role: built.role };
    facts.objects.push({
      name: "return",
      scope: scopes[0],
      returnedBy: fn.name,
      ...object,
      ...built.role === "group" && prefix !== void 0 ? { prefix } : {},
      line: statement.startPosition.row + 1
    });
    facts.returns.push({ function: fn.name, definedIn: fn.definedIn, scopes, name: "return" });
  }
  facts.routes.sort((a, b) => a.region.line - b.region.line || a.region.column - b.region.column);
  return facts;
}
async function routeFactsOf(text, always = false) {
  if (!always && !ROUTE_HINT.test(text)) return void 0;
  return withPythonTree(text, readRouteFacts);
}

// src/routes/link.ts
var joinPaths = (framework, prefix, path) => framework === "fastapi" ? prefix + path : path === "" ? prefix : `${prefix.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
var FLASK_FORMS = /* @__PURE__ */ new Set(["route", "add_url_rule", "add_resource"]);
var FASTAPI_FORMS = /* @__PURE__ */ new Set(["api_route", "add_api_route"]);
var formOf = (framework, form) => !(framework === "flask" ? FASTAPI_FORMS : FLASK_FORMS).has(form);
var MAX_DEPTH = 12;
var withoutExtension = (path) => path.replace(/\.pyi?$/, "");
var folderOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
function moduleFinder(paths) {
  const all = /* @__PURE__ */ new Set();
  const byLastName = /* @__PURE__ */ new Map();
  for (const path of paths) {
    all.add(path);
    const parts = withoutExtension(path).split("/");
    const last = parts.at(-1) === "__init__" ? parts.at(-2) ?? "" : parts.at(-1);
    const known = byLastName.get(last);
    if (known) known.push(path);
    else byLastName.set(last, [path]);
  }
  const module = (base) => [`${base}.py`, `${base}/__init__.py`, `${base}.pyi`, `${base}/__init__.pyi`].find((p) => all.has(p.replace(/^\//, "")))?.replace(/^\//, "");
  return (ref, from) => {
    const parts = ref.dotted ? ref.dotted.split(".") : [];
    if (ref.level > 0) {
      let dir = folderOf(from);
      for (let i = 1; i < ref.level; i++) dir = folderOf(dir);
      return module([dir, ...parts].filter(Boolean).join("/") || "");
    }
    if (parts.length === 0) return void 0;
    const candidates = (byLastName.get(parts.at(-1)) ?? []).filter((path) => {
      const segments = withoutExtension(path).split("/");
      if (segments.at(-1) === "__init__") segments.pop();
      return parts.every((part, i) => segments[segments.length - parts.length + i] === part);
    });
    if (candidates.length <= 1) return candidates[0];
    const shared = (path) => {
      const a = folderOf(path).split("/");
      const b = folderOf(from).split("/");
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    };
    const best = Math.max(...candidates.map(shared));
    const nearest = candidates.filter((c) => shared(c) === best);
    return nearest.length === 1 ? nearest[0] : void 0;
  };
}
function importTargets(i) {
  if (i.name === void 0) return [{ dotted: i.module, level: i.level, is: "module" }];
  return [
    ...i.module || i.level > 0 ? [{ dotted: i.module, level: i.level, is: "object" }] : [],
    { dotted: i.module ? `${i.module}.${i.name}` : i.name, level: i.level, is: "module" }
  ];
}
function linkRoutes(modules, fallback = () => void 0) {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const find = moduleFinder(byPath.keys());
  const findModule = (ref, from) => {
    const found = find(ref, from.path);
    return found === void 0 ? void 0 : byPath.get(found);
  };
  const notes = [];
  const nodes = /* @__PURE__ */ new Map();
  for (const m of modules)
    nodes.set(
      m,
      m.facts.objects.map((o) => ({ ...o, id: `${m.path}\0${o.scope}\0${o.name}`, file: m.path }))
    );
  const resolve = (m, name, scopes, depth = 0) => {
    if (depth > MAX_DEPTH) return void 0;
    const own = nodes.get(m);
    for (const scope of scopes) {
      const object = own.find((o) => o.scope === scope && o.name === name);
      if (object) return object;
      const alias = m.facts.aliases.find((a) => a.scope === scope && a.name === name);
      if (alias) return returnedBy(m, alias.callee, alias.scopes, depth + 1);
      const binding = m.facts.bindings.find((b) => b.scope === scope && b.name === name);
      if (binding) {
        const bound = resolve(m, binding.target, binding.scopes, depth + 1);
        if (bound) return bound;
      }
    }
    const imported = m.facts.imports.find((i) => i.local === name && i.name !== void 0);
    if (imported) {
      const target = findModule({ dotted: imported.module, level: imported.level }, m);
      if (target) return resolve(target, imported.name, [-1], depth + 1);
    }
    const dot = name.indexOf(".");
    if (dot > 0) {
      const target = moduleNamed(m, name.slice(0, dot));
      if (target) return resolve(target, name.slice(dot + 1), [-1], depth + 1);
      const holder = m.facts.imports.find((i) => i.local === name.slice(0, dot) && i.name !== void 0);
      const from = holder && findModule({ dotted: holder.module, level: holder.level }, m);
      if (from) {
        const held = resolve(from, name.slice(dot + 1), [-1], depth + 1);
        if (held) return held;
      }
    }
    const anywhere = own.filter((o) => o.name === name);
    if (anywhere.length === 1) return anywhere[0];
    return throughStars(m, name, depth);
  };
  const once = (cache, key, work) => {
    if (cache.has(key)) return cache.get(key);
    cache.set(key, void 0);
    const found = work();
    cache.set(key, found);
    return found;
  };
  const starred = /* @__PURE__ */ new Map();
  const throughStars = (m, name, depth) => once(starred, `${m.path}\0${name}`, () => {
    for (const star of m.facts.imports.filter((i) => i.local === "*")) {
      const from = findModule({ dotted: star.module, level: star.level }, m);
      const found = from && resolve(from, name, [-1], depth + 1);
      if (found) return found;
    }
    return void 0;
  });
  const passed = /* @__PURE__ */ new Map();
  const passedIn = (m, name, scopes) => once(passed, `${m.path}\0${scopes[0]}\0${name}`, () => passedFrom(m, name, scopes));
  const passedFrom = (m, name, scopes) => {
    const fn = m.facts.functions.find((f) => f.start === scopes[0]);
    const position = fn && !fn.method ? fn.params.indexOf(name) : -1;
    if (!fn || position === -1) return void 0;
    const found = /* @__PURE__ */ new Set();
    for (const c of modules) {
      for (const call of c.facts.calls) {
        if (!callsFunction(c, call.callee, call.scopes, m, fn)) continue;
        const arg = call.keywords[name] ?? call.args[position];
        found.add(arg === void 0 ? void 0 : resolve(c, arg, call.scopes));
        if (found.size > 1) return void 0;
      }
    }
    return found.size === 1 ? [...found][0] : void 0;
  };
  const callsFunction = (c, callee, scopes, m, fn) => {
    if (c === m && callee === fn.name) return scopes.includes(fn.definedIn);
    if (fn.definedIn !== -1) return false;
    const dot = callee.lastIndexOf(".");
    if (dot === -1) {
      const i = c.facts.imports.find((x) => x.local === callee && x.name === fn.name);
      return i !== void 0 && findModule({ dotted: i.module, level: i.level }, c) === m;
    }
    return callee.slice(dot + 1) === fn.name && moduleNamed(c, callee.slice(0, dot)) === m;
  };
  const moduleNamed = (m, local) => {
    const i = m.facts.imports.find((x) => x.local === local);
    if (!i) return void 0;
    return findModule(
      importTargets(i).find((t) => t.is === "module"),
      m
    );
  };
  const returned = /* @__PURE__ */ new Map();
  const returnedBy = (m, callee, scopes, depth) => depth > MAX_DEPTH ? void 0 : once(
    returned,
    `${m.path}\0${callee}\0${scopes.join(",")}`,
    () => returnedOnce(m, callee, scopes, depth)
  );
  const returnedOnce = (m, callee, scopes, depth) => {
    let where = m;
    let returns = [];
    const dot = callee.indexOf(".");
    if (dot > 0) {
      where = moduleNamed(m, callee.slice(0, dot));
      returns = where?.facts.returns.filter((r) => r.function === callee.slice(dot + 1) && r.definedIn === -1) ?? [];
    } else {
      const local = scopes.map(
        (s) => m.facts.returns.filter((r) => r.function === callee && r.definedIn === s)
      );
      returns = local.find((l) => l.length > 0) ?? [];
      if (returns.length === 0) {
        const imported = m.facts.imports.find((i) => i.local === callee && i.name !== void 0);
        where = imported ? findModule({ dotted: imported.module, level: imported.level }, m) : void 0;
        returns = where?.facts.returns.filter((r) => r.function === imported.name && r.definedIn === -1) ?? [];
      }
    }
    if (!where || returns.length === 0) return void 0;
    const found = new Set(returns.map((r) => resolve(where, r.name, r.scopes, depth + 1)));
    return found.size === 1 ? [...found][0] : void 0;
  };
  const edges = /* @__PURE__ */ new Map();
  const registered = /* @__PURE__ */ new Set();
  const synthetic = [];
  const wsgiMounts = /* @__PURE__ */ new Map();
  for (const m of modules) {
    for (const r of m.facts.registrations) {
      const child = resolve(m, r.child, r.scopes);
      if (r.wsgi && child?.framework === "flask") {
        const written = `${r.parent}.mount(${JSON.stringify(r.prefix ?? "")}, ${r.wsgi}(${r.child}))`;
        wsgiMounts.set(child.id, {
          prefix: (r.prefix ?? "").replace(/\/+$/, ""),
          file: m.path,
          line: r.line,
          written
        });
        notes.push({
          path: m.path,
          line: r.line,
          message: `\`${written}\`: the Flask app \`${r.child}\` is served through the ASGI app${r.prefix && r.prefix !== "/" ? ` under \`${r.prefix}\`` : ""}, by Flask's own rules`
        });
        continue;
      }
      if (!child) {
        if (r.kind === "mount")
          notes.push({
            path: m.path,
            line: r.line,
            message: `\`${r.parent}.mount(${JSON.stringify(r.prefix ?? "")}, ${r.child})\`: ${// Starlette's static file server has no routes to compare (Flask's `static` folder is not listed either).
            /^(?:[\w.]+\.)?StaticFiles\s*\(/.test(r.child) ? "serves static files, no routes; not compared" : "what is mounted is not built in the scanned files; its routes are not listed"}`
          });
        continue;
      }
      let parent = resolve(m, r.parent, r.scopes) ?? passedIn(m, r.parent, r.scopes);
      if (!parent) {
        const id = `${m.path}\0registration\0${r.scopes[0]}\0${r.parent}`;
        parent = synthetic.find((s) => s.id === id);
        if (!parent) {
          parent = {
            id,
            name: r.parent,
            scope: r.scopes[0],
            framework: child.framework,
            role: "app",
            line: r.line,
            file: m.path
          };
          synthetic.push(parent);
        }
      }
      if (r.dynamicPrefix)
        notes.push({
          path: m.path,
          line: r.line,
          message: `\`${r.child}\` is registered with a prefix that is not a literal; its routes are listed without it`
        });
      edges.set(parent, [
        ...edges.get(parent) ?? [],
        { child, kind: r.kind, ...r.prefix !== void 0 ? { prefix: r.prefix } : {} }
      ]);
      registered.add(child);
    }
  }
  const lenient = /* @__PURE__ */ new Set();
  for (const m of modules)
    for (const l of m.facts.lenientSlashes) {
      const app = resolve(m, l.owner, l.scopes);
      if (app) lenient.add(app);
    }
  const placements = /* @__PURE__ */ new Map();
  const place = (node, app, prefix, path) => {
    placements.set(node, [...placements.get(node) ?? [], { app, prefix }]);
    for (const edge of edges.get(node) ?? []) {
      if (path.has(edge.child)) continue;
      const { child } = edge;
      const own = child.role === "group" ? child.prefix ?? "" : "";
      const join = (a, b) => b === "" ? a : a === "" ? b : joinPaths(node.framework, a, b);
      const next = edge.kind === "register_blueprint" ? join(prefix, edge.prefix ?? own) : join(join(prefix, edge.prefix ?? ""), own);
      place(child, app, next, /* @__PURE__ */ new Set([...path, child]));
    }
  };
  const all = [...[...nodes.values()].flat(), ...synthetic];
  const roots = all.filter((n) => !registered.has(n));
  for (const root of roots)
    place(root, root, root.role === "group" ? root.prefix ?? "" : "", /* @__PURE__ */ new Set([root]));
  const apps = /* @__PURE__ */ new Map();
  const appOf = (node) => {
    const known = apps.get(node.id);
    if (known) return known;
    const app = {
      id: node.id,
      label: `${node.returnedBy !== void 0 ? `${node.returnedBy}()` : node.name} (${node.file}:${node.line})`,
      framework: node.framework,
      file: node.file,
      line: node.line
    };
    apps.set(node.id, app);
    return app;
  };
  const routes = [];
  for (const m of modules) {
    const byImports = m.facts.imported.length === 1 ? m.facts.imported[0] : void 0;
    for (const r of m.facts.routes) {
      const owner = resolve(m, r.owner, r.scopes) ?? passedIn(m, r.owner, r.scopes);
      if (owner) {
        if (!formOf(owner.framework, r.form)) continue;
        for (const { app, prefix } of placements.get(owner) ?? []) {
          routes.push(linked(r, owner.framework, prefix, m.path, appOf(app).id, lenient.has(app)));
        }
        continue;
      }
      const framework = (FLASK_FORMS.has(r.form) ? "flask" : FASTAPI_FORMS.has(r.form) ? "fastapi" : void 0) ?? byImports ?? fallback(m.path) ?? "unknown";
      const id = `${m.path}\0unresolved\0${r.owner}`;
      if (!apps.has(id))
        apps.set(id, { id, label: `${r.owner} (${m.path})`, framework, file: m.path, line: r.region.line });
      routes.push(linked(r, framework, "", m.path, id, false));
    }
  }
  routes.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.line - b.region.line || a.region.column - b.region.column
  );
  return { routes, apps: [...apps.values()], notes, wsgiMounts };
}
function linked(r, framework, prefix, file, app, lenientApp) {
  return {
    framework,
    methods: r.methods,
    path: prefix && framework !== "unknown" ? joinPaths(framework, prefix, r.path) : r.path,
    strictSlashes: r.strictSlashes ?? !lenientApp,
    owner: r.owner,
    region: r.region,
    file,
    app
  };
}

// src/routes/pairing.ts
function closeness(a, b) {
  if (a === b) return a.split("/").length + 1;
  const x = a.split("/");
  const y = b.split("/");
  let shared = 0;
  while (shared < x.length - 1 && shared < y.length - 1 && x[shared] === y[shared]) shared++;
  return shared;
}
function pairApps(flaskApps, fastapiApps, routes) {
  const filesOf = /* @__PURE__ */ new Map();
  for (const r of routes) filesOf.set(r.app, (filesOf.get(r.app) ?? /* @__PURE__ */ new Set()).add(r.file));
  return flaskApps.map((flask) => {
    if (fastapiApps.length <= 1) return { flask, counterparts: [...fastapiApps], how: "only" };
    const own = [...filesOf.get(flask.id) ?? []];
    const scored = fastapiApps.map((app) => ({
      app,
      score: Math.max(0, ...[...filesOf.get(app.id) ?? []].flatMap((f) => own.map((o) => closeness(o, f))))
    }));
    const best = Math.max(...scored.map((s) => s.score));
    const nearest = scored.filter((s) => s.score === best).map((s) => s.app);
    if (nearest.length === 1) return { flask, counterparts: nearest, how: "nearest" };
    return best > 0 ? { flask, counterparts: nearest, how: "unclear" } : { flask, counterparts: [], how: "none" };
  });
}

// src/routes/parity.ts
function canonicalPath(route, path) {
  const pattern = route.framework === "flask" ? /<(?:(\w+)(?:\([^)]*\))?:)?\w+>/g : /\{\w+(?::(\w+))?\}/g;
  return path.replace(pattern, (_m, converter) => converter === "path" ? "{*}" : "{}");
}
function directForms(route) {
  if (route.framework === "fastapi" || route.strictSlashes || route.path === "/") return [route.path];
  const bare = route.path.replace(/\/+$/, "");
  return [bare, `${bare}/`];
}
var checkedMethods = (route) => route.methods.filter((m) => m !== "HEAD" && m !== "OPTIONS");
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(routes) {
  let index = indexes.get(routes);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const r of routes) {
      const path = canonicalPath(r, r.path);
      for (const method of r.methods) if (!index.has(`${method} ${path}`)) index.set(`${method} ${path}`, r);
    }
    indexes.set(routes, index);
  }
  return index;
}
function servedBy(fastapi, method, framework, path) {
  return indexOf(fastapi).get(`${method} ${canonicalPath({ framework }, path)}`);
}
function pairRoutes(flask, fastapi) {
  return flask.flatMap(
    (route) => checkedMethods(route).map((method) => {
      const forms = directForms(route);
      return {
        method,
        path: route.path,
        flask: route,
        forms,
        fastapi: forms.map((f) => servedBy(fastapi, method, "flask", f) ?? null)
      };
    })
  );
}

// src/kinds/route-parity.ts
var healthServedOneWay = (served, missing) => `FastAPI serves \`GET ${served}\` but not \`${missing}\` directly; callers that do not follow redirects fail.`;
var missingHealthForm = (detail) => /^FastAPI serves `GET [^`]*` but not `([^`]*)` directly;/.exec(detail)?.[1];
var throughMount = (route, form, mount) => ({
  ...route,
  path: form,
  strictSlashes: true,
  file: mount.file,
  region: { line: mount.line, column: 1, endLine: mount.line, endColumn: 1 }
});
var MAX_IMPORTED_MODULES = 2e3;
var at = (r) => `${r.file}:${r.region.line}`;
var unhinted = /* @__PURE__ */ new WeakMap();
function withoutRoutes(tree) {
  let set = unhinted.get(tree);
  if (!set) unhinted.set(tree, set = /* @__PURE__ */ new Set());
  return set;
}
var factsKey = (path, always) => `route-facts:${always ? "all" : "hinted"}:${path}`;
function referencedNames(facts, wanted) {
  const split = (w) => {
    const [first, second] = w.split(".");
    return [first, second];
  };
  const out = [
    ...facts.routes.map((r) => split(r.owner)),
    ...facts.registrations.flatMap((r) => [split(r.parent), split(r.child)]),
    ...facts.lenientSlashes.map((l) => split(l.owner)),
    ...wanted
  ];
  const needed = new Set(out.map(([name]) => name));
  const follows = [
    ...facts.aliases.map((a) => [a.name, a.callee]),
    ...facts.bindings.map((b) => [b.name, b.target])
  ];
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, target] of follows)
      if (needed.has(name) && !needed.has(target.split(".")[0])) {
        needed.add(target.split(".")[0]);
        out.push(split(target));
        grew = true;
      }
  }
  return out;
}
function boundNames(facts) {
  return /* @__PURE__ */ new Set([
    ...facts.imports.filter((i) => i.local !== "*").map((i) => i.local),
    ...facts.objects.map((o) => o.name),
    ...facts.aliases.map((a) => a.name),
    ...facts.bindings.map((b) => b.name)
  ]);
}
async function routeModules(tree, start) {
  const known = withoutRoutes(tree);
  const facts = (path, always) => !always && known.has(path) ? Promise.resolve(null) : tree.memo(factsKey(path, always), async () => {
    const file = await tree.read(path);
    return file ? await routeFactsOf(file.text, always) ?? null : null;
  });
  let find;
  const out = /* @__PURE__ */ new Map();
  const followed = /* @__PURE__ */ new Set();
  const queue = start.map((path) => ({ path, imported: false, wanted: [] }));
  let imported = 0;
  for (let next = 0; next < queue.length; next++) {
    const { path, imported: viaImport, wanted } = queue[next];
    let module = out.get(path);
    if (!module) {
      const found = await facts(path, viaImport);
      if (!found) continue;
      module = { path, facts: found };
      out.set(path, module);
    }
    const bound = boundNames(module.facts);
    for (const [name, attribute] of referencedNames(module.facts, wanted)) {
      if (followed.has(`${path}\0${name}\0${attribute ?? ""}`)) continue;
      followed.add(`${path}\0${name}\0${attribute ?? ""}`);
      const starred = !bound.has(name);
      for (const i of module.facts.imports) {
        if (i.local !== name && !(starred && i.local === "*")) continue;
        find ??= moduleFinder(tree.files.filter(isPythonPath));
        for (const target of importTargets(i)) {
          const found = find(target, path);
          if (found === void 0 || imported >= MAX_IMPORTED_MODULES) continue;
          imported++;
          const next2 = target.is === "object" ? [[i.local === "*" ? name : i.name, attribute]] : attribute !== void 0 ? [[attribute, void 0]] : [];
          queue.push({ path: found, imported: true, wanted: next2 });
        }
      }
    }
  }
  return [...out.values()];
}
var routeParity = defineKind({
  kind: "route-parity",
  description: "Flask routes without a FastAPI counterpart that serves every form Flask serves directly, once FastAPI routes exist; and health paths that FastAPI does not serve both with and without the trailing slash. Routes are put together across modules as the frameworks do: each belongs to the framework of the object it is registered on and to the application serving it, with every prefix applied, and each Flask application is compared with the FastAPI one nearest to it. One `files` glob covers both apps.",
  // The facts of each selected module are read in the file pass (checkFile), so that the texts of
  // thousands of modules are not kept for the tree pass: only the few that declare routes are parsed.
  readsInTree: false,
  gathersForTree: true,
  options: (z) => ({
    fastapi: z.array(z.string()).min(1).optional().describe(
      "More files to read (globs), whose routes count as FastAPI when what they hang on cannot be told; routes of other files then count as Flask. Without it, such routes are listed as framework unknown."
    ),
    health: z.array(z.string().startsWith("/")).optional().describe(
      'Paths that FastAPI must serve directly both with and without the trailing slash, when either app serves them. Default: ["/ping"].'
    )
  }),
  compile(options) {
    (options.fastapi ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem) throw new OptionError(`fastapi.${i}`, `glob '${g}' ${problem}`);
    });
    return {
      fastapi: options.fastapi ? compileGlobs(options.fastapi) : void 0,
      health: (options.health ?? ["/ping"]).map((h) => h.replace(/\/+$/, ""))
    };
  },
  watches: (compiled, path) => compiled.fastapi?.(path) ?? false,
  checkFile(file, _compiled, tree) {
    if (!isPythonPath(file.path)) return [];
    if (!ROUTE_HINT.test(file.text)) {
      withoutRoutes(tree).add(file.path);
      return [];
    }
    return tree.memo(factsKey(file.path, false), async () => await routeFactsOf(file.text) ?? null).then(() => []);
  },
  async checkTree(tree, compiled, rule, selected) {
    const fastapiSide = compiled.fastapi;
    const start = [.../* @__PURE__ */ new Set([...selected, ...fastapiSide ? tree.files.filter(fastapiSide) : []])].filter(
      isPythonPath
    );
    const linked2 = linkRoutes(
      await routeModules(tree, start),
      (p) => fastapiSide ? fastapiSide(p) ? "fastapi" : "flask" : void 0
    );
    for (const note of linked2.notes) tree.note(note);
    const apps = new Map(linked2.apps.map((a) => [a.id, a]));
    const labelled = (r) => {
      const { app, ...route } = r;
      return { ...route, app: apps.get(app).label };
    };
    const flask = linked2.routes.filter((r) => r.framework === "flask");
    const fastapi = linked2.routes.filter((r) => r.framework === "fastapi");
    const unknown = linked2.routes.filter((r) => r.framework === "unknown");
    for (const r of unknown)
      tree.note({
        path: r.file,
        line: r.region.line,
        message: `route \`${r.methods.join("|")} ${r.path}\` on \`${r.owner}\`: its framework cannot be told (\`${r.owner}\` is not built by Flask(), Blueprint(), FastAPI() or APIRouter() in the scanned modules, and its module imports both frameworks or neither); not compared`
      });
    const withRoutes = (framework) => linked2.apps.filter((a) => a.framework === framework && linked2.routes.some((r) => r.app === a.id));
    const pairings = pairApps(withRoutes("flask"), withRoutes("fastapi"), linked2.routes);
    for (const p of pairings)
      if (p.how === "unclear" || p.how === "none")
        tree.note({
          path: p.flask.file,
          line: p.flask.line,
          message: p.how === "unclear" ? `which FastAPI application replaces \`${p.flask.label}\` is not clear: its routes are compared with those of ${p.counterparts.map((c) => `\`${c.label}\``).join(", ")}` : `no FastAPI application shares a folder with \`${p.flask.label}\`: its routes are listed, not compared (a FastAPI app in its folder, or a rule whose \`files\` select only this project, pairs them)`
        });
    const several = pairings.length > 1 || withRoutes("fastapi").length > 1;
    const counterpartRoutes = new Map(
      pairings.map((p) => {
        const ids = new Set(p.counterparts.map((c) => c.id));
        return [p.flask.id, fastapi.filter((r) => ids.has(r.app))];
      })
    );
    const comparisons = pairings.flatMap((p) => {
      const mount = linked2.wsgiMounts.get(p.flask.id);
      return pairRoutes(
        flask.filter((r) => r.app === p.flask.id),
        counterpartRoutes.get(p.flask.id)
      ).map((pair) => {
        const compared = { ...pair, app: p.flask.label, compared: p.how !== "none" };
        if (!mount) return compared;
        return {
          ...compared,
          compared: true,
          mount,
          fastapi: pair.fastapi.map(
            (r, i) => r ?? (mount.prefix === "" ? throughMount(pair.flask, pair.forms[i], mount) : null)
          )
        };
      });
    });
    const byPairing = new Map(pairings.map((p) => [p.flask.id, p]));
    tree.publish("routes", {
      ruleId: rule.id,
      flask: flask.map(labelled),
      fastapi: fastapi.map(labelled),
      unknown: unknown.map(labelled),
      pairs: comparisons.map((p) => ({
        method: p.method,
        path: p.path,
        flask: at(p.flask),
        fastapi: p.fastapi.map((r) => r ? at(r) : null),
        ...several ? { app: p.app } : {},
        ...p.compared ? {} : { compared: false }
      })),
      apps: [...withRoutes("flask"), ...withRoutes("fastapi")].map((a) => {
        const pairing = byPairing.get(a.id);
        return {
          app: a.label,
          framework: a.framework,
          file: a.file,
          line: a.line,
          ...pairing ? { counterparts: pairing.counterparts.map((c) => c.label), pairing: pairing.how } : {}
        };
      })
    });
    if (fastapi.length === 0) {
      rule.notApplicable(
        flask.length ? `no FastAPI routes yet (${flask.length} Flask routes listed)` : "no Flask or FastAPI routes"
      );
      return [];
    }
    const findings = [];
    const servedAtTop = flask.flatMap((r) => {
      const mount = linked2.wsgiMounts.get(r.app);
      return mount?.prefix === "" ? directForms(r).map((f) => throughMount(r, f, mount)) : [];
    });
    const reportedHealth = /* @__PURE__ */ new Set();
    for (const health of compiled.health) {
      const forms = [health, `${health}/`];
      const known = [...flask, ...fastapi].some(
        (r) => forms.some((f) => servedBy([r], "GET", "fastapi", f) || servedBy([r], "GET", "flask", f))
      );
      if (!known) continue;
      const served = forms.map(
        (f) => servedBy(fastapi, "GET", "fastapi", f) ?? servedBy(servedAtTop, "GET", "fastapi", f)
      );
      const missing = forms.filter((_, i) => !served[i]);
      if (missing.length === 0) continue;
      const present = served.find((r) => r !== void 0);
      for (const form of forms) reportedHealth.add(form);
      findings.push(
        present ? {
          path: present.file,
          region: present.region,
          message: healthServedOneWay(present.path, missing[0])
        } : { path: fastapi[0].file, message: `FastAPI serves neither \`${forms[0]}\` nor \`${forms[1]}\`.` }
      );
    }
    for (const pair of comparisons) {
      if (!pair.compared) continue;
      const missing = pair.forms.filter((_, i) => pair.fastapi[i] === null);
      if (missing.length === 0) continue;
      if (pair.method === "GET" && missing.every((form) => reportedHealth.has(form))) continue;
      const route = pair.flask;
      const counterparts = counterpartRoutes.get(route.app);
      const other = pair.path.endsWith("/") ? pair.path.replace(/\/+$/, "") : `${pair.path}/`;
      const nearMiss = other !== "" ? servedBy(counterparts, pair.method, "flask", other) : void 0;
      const mount = "mount" in pair ? pair.mount : void 0;
      const message = mount ? `\`${pair.method} ${pair.path}\` is served by FastAPI only under \`${mount.prefix}\` (as ${missing.map((f) => `\`${joinPaths("flask", mount.prefix, f)}\``).join(" and ")}), through the Flask app mounted at ${mount.file}:${mount.line}; callers of ${missing.map((f) => `\`${f}\``).join(" and ")} fail.` : missing.length < pair.forms.length ? `\`${pair.method} ${pair.path}\` is served by Flask as ${pair.forms.map((f) => `\`${f}\``).join(" and ")}; FastAPI does not serve ${missing.map((f) => `\`${f}\``).join(", ")} directly.` : nearMiss ? `\`${pair.method} ${pair.path}\`: FastAPI serves \`${nearMiss.path}\` (${nearMiss.file}:${nearMiss.region.line}) but not \`${pair.path}\`, which it redirects; callers that do not follow redirects fail.` : `\`${pair.method} ${pair.path}\` has no FastAPI counterpart${several ? ` in ${byPairing.get(route.app).counterparts.map((c) => `\`${c.label}\``).join(", ")}` : ""}.`;
      findings.push({ path: route.file, region: route.region, message });
    }
    if (findings.length === 0 && comparisons.length > 0 && comparisons.every((c) => !c.compared)) {
      rule.notApplicable(
        `no FastAPI application is paired with the Flask ${pairings.length === 1 ? "app" : "apps"} (${comparisons.length} Flask ${comparisons.length === 1 ? "route" : "routes"} listed, not compared; see the notes)`
      );
      return [];
    }
    const seen = /* @__PURE__ */ new Set();
    return findings.filter((f) => {
      const key = `${f.path}\0${f.region?.line}\0${f.message}`;
      return !seen.has(key) && seen.add(key);
    });
  }
});

export {
  fileTypeOf,
  OptionError,
  defineKind,
  backtrackingRisk,
  statementPlaces,
  textMatchOptions,
  requiredText,
  compileTextMatcher,
  isPythonPath,
  scopeRanges,
  mayMatch,
  mayDefineScope,
  findTextMatches,
  excerpt,
  patternIncomplete,
  missingHealthForm,
  routeParity
};
