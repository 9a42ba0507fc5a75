"""Month names and abbreviations, lower case, one group per month (January first).

Read by :mod:`.dates` to find date spans and to teach dateutil the names. A word stands
in one month only: Croatian 'listopad' (October) is left out, as Polish and Czech use the
same word for November. Only words of the Gregorian calendar's months: Persian and Thai
pages count years and months otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

MONTHS: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner",
     "janv", "ene", "genn", "января", "январь", "stycznia",
     "ledna", "leden", "ocak", "ιανουαρίου", "ιανουάριος", "ιαν", "ianuarie", "січня",
     "gen", "tammikuuta", "tammikuu", "január", "gener", "януари", "siječnja", "siječanj",
     "sausio", "janvāris", "janvārī", "jaanuar", "يناير", "ינואר", "בינואר"),
    ("feb", "february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro",
     "februari", "févr", "fevr", "febr", "февраля", "февраль", "lutego",
     "února", "únor", "şubat", "subat", "φεβρουαρίου", "φεβρουάριος", "φεβ", "februarie",
     "лютого",
     "helmikuuta", "helmikuu", "február", "febrer", "февруари", "veljače", "veljača",
     "vasario", "februāris", "februārī", "veebruar",
     "فبراير", "פברואר", "בפברואר"),
    ("mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marts",
     "марта", "март", "marca",
     "března", "březen", "mart", "μαρτίου", "μάρτιος", "μαρ", "martie", "maret", "березня",
     "mrt", "maaliskuuta", "maaliskuu", "március", "márc", "març", "ožujka", "ožujak", "kovo",
     "martā", "marec", "märts", "مارس", "מרץ", "במרץ"),
    ("apr", "april", "avril", "abril", "aprile", "avr", "abr", "апреля", "апрель", "kwietnia",
     "dubna", "duben", "nisan", "απριλίου", "απρίλιος", "απρ", "aprilie", "квітня",
     "huhtikuuta", "huhtikuu", "április", "ápr", "април", "travnja", "travanj", "balandžio",
     "aprīlis", "aprīlī", "aprill", "أبريل", "إبريل", "אפריל", "באפריל"),
    ("may", "mai", "mayo", "maggio", "maio", "mei", "maj", "мая", "май", "maja",
     "května", "květen", "mayıs", "mayis", "μαΐου", "μαιου", "μάιος", "μαΐ", "травня",
     "toukokuuta", "toukokuu", "május", "máj", "maig", "svibnja", "svibanj", "gegužės",
     "maijs", "maijā", "مايو", "מאי", "במאי"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "junho", "июня", "июнь", "czerwca",
     "června", "červen", "haziran", "ιουνίου", "ιούνιος", "ιουν", "iunie", "червня",
     "kesäkuuta", "kesäkuu", "június", "jún", "juny", "юни", "lipnja", "lipanj", "birželio",
     "jūnijs", "jūnijā", "junij", "juuni", "يونيو", "יוני", "ביוני"),
    ("jul", "july", "juli", "juillet", "julio", "luglio", "julho", "juil", "июля", "июль",
     "lipca",
     "července", "červenec", "temmuz", "ιουλίου", "ιούλιος", "ιουλ", "iulie", "липня",
     "heinäkuuta", "heinäkuu", "július", "júl", "juliol", "юли", "srpnja", "srpanj", "liepos",
     "jūlijs", "jūlijā", "julij", "juuli", "يوليو", "יולי", "ביולי"),
    ("aug", "august", "août", "aout", "agosto", "augustus", "ago", "августа", "август",
     "sierpnia",
     "srpna", "srpen", "ağustos", "agustos", "αυγούστου", "αύγουστος", "αυγ", "augusti", "agustus",
     "серпня",
     "elokuuta", "elokuu", "augusztus", "agost", "kolovoza", "kolovoz", "rugpjūčio", "augusts",
     "augustā", "avgust", "أغسطس", "אוגוסט", "באוגוסט"),
    ("sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set",
     "sentyabrya", "сентября", "сентябрь", "września",
     "září", "eylül", "eylul", "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "septembrie", "вересня",
     "syyskuuta", "syyskuu", "szeptember", "szept", "setembre", "септември", "rujna", "rujan",
     "rugsėjo", "septembris", "septembrī", "septembar",
     "سبتمبر", "ספטמבר", "בספטמבר"),
    ("oct", "october", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "ott",
     "out", "октября", "октябрь", "października",
     "října", "říjen", "ekim", "οκτωβρίου", "οκτώβριος", "οκτ", "octombrie", "жовтня",
     "lokakuuta", "lokakuu", "október", "октомври", "spalio", "oktobris", "oktobrī",
     "oktobar", "oktoober", "أكتوبر", "אוקטובר", "באוקטובר"),
    ("nov", "november", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "listopada",
     "listopadu", "listopad", "kasım", "kasim", "νοεμβρίου", "νοέμβριος", "νοε", "noiembrie",
     "листопада",
     "marraskuuta", "marraskuu", "ноември", "studenoga", "studeni", "lapkričio", "novembris",
     "novembrī", "novembar", "نوفمبر", "נובמבר", "בנובמבר"),
    ("dec", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro",
     "dez", "déc", "dic", "декабря", "декабрь", "grudnia",
     "prosince", "prosinec", "aralık", "aralik", "δεκεμβρίου", "δεκέμβριος", "δεκ", "decembrie",
     "desember", "грудня",
     "joulukuuta", "joulukuu", "desembre", "декември", "prosinca", "prosinac", "gruodžio",
     "decembris", "decembrī", "decembar", "detsember",
     "ديسمبر", "דצמבר", "בדצמבר"),
)
"""Per month: English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian,
Russian, Polish (first lines); Czech, Turkish, Greek, Romanian, Swedish, Indonesian,
Ukrainian (the next); Italian 'gen', Dutch 'mrt', Finnish, Hungarian, Catalan, Bulgarian,
Croatian, Slovenian, Serbian (Latin), Lithuanian, Latvian, Estonian, Arabic and Hebrew (alone
and after 'ב', 'in': '20 בנובמבר 2019'; the last). Not Hindi: dateutil does not read
its vowel signs as letters."""


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, written as a trie ('ma(?:rch|y)'):
    the engine then tries a few letters at each position, not every word. At each letter
    longer words come first, so the longest word matching is tried first, as in an
    alternation sorted longest first.

    >>> trie_pattern(["mar", "march", "may"])
    'ma(?:r(?:ch)?|y)'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    ends = "" in node
    parts = [regex.escape(char) + _branches(child) for char, child in sorted(node.items())
             if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return (body if len(parts) > 1 else "(?:" + body + ")") + "?"
    return body
