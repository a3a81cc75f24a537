"""Month names of the languages news pages are written in, for reading written dates.

Each row lists the twelve months of one language (several spellings or grammatical cases may
share a slot, separated by ``|``). Lookup is case-folded; unknown words fall back to their
first three letters against the English, German and French abbreviations.
"""

from __future__ import annotations

_ROWS = (
    # English
    "january february march april may june july august september october november december",
    # German (Austrian Jänner), Dutch, Scandinavian
    "januar|jänner|janner februar|feber märz|maerz|marz april mai juni juli august september oktober november dezember",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts|mars april maj|mai juni juli august september oktober november december",
    # Romance
    "janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    # Slavic (Latin script), Baltic-adjacent, Hungarian, Finnish, Turkish, Albanian
    "stycznia|styczeń lutego|luty marca|marzec kwietnia|kwiecień maja|maj czerwca|czerwiec lipca|lipiec "
    "sierpnia|sierpień września|wrzesień października|październik listopada|listopad grudnia|grudzień",
    "ledna|leden února|únor března|březen dubna|duben května|květen června|červen července|červenec "
    "srpna|srpen září října|říjen listopadu prosince|prosinec",
    "januára|január februára|február marca|marec apríla|apríl mája|máj júna|jún júla|júl augusta|august "
    "septembra|september októbra|október novembra|november decembra|december",
    "januar februar mart april maj jun|juna jul|jula avgust|avgusta|kolovoza septembar|septembra "
    "oktobar|oktobra novembar|novembra decembar|decembra",
    "siječnja|siječanj veljače|veljača ožujka|ožujak travnja|travanj svibnja|svibanj lipnja|lipanj "
    "srpnja|srpanj kolovoz rujna|rujan listopada prosinca|prosinac studenoga|studenog|studeni",
    "januar februar marec april maj junij julij avgust september oktober november december",
    "január február március április május június július augusztus szeptember október november december",
    "tammikuuta|tammikuu helmikuuta|helmikuu maaliskuuta|maaliskuu huhtikuuta|huhtikuu toukokuuta|toukokuu "
    "kesäkuuta|kesäkuu heinäkuuta|heinäkuu elokuuta|elokuu syyskuuta|syyskuu lokakuuta|lokakuu "
    "marraskuuta|marraskuu joulukuuta|joulukuu",
    "ocak şubat|subat mart nisan mayıs|mayis haziran temmuz ağustos|agustos eylül|eylul ekim kasım|kasim "
    "aralık|aralik",
    "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor|nentor dhjetor",
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "janvāris|janvārī februāris|februārī marts|martā aprīlis|aprīlī maijs|maijā jūnijs|jūnijā jūlijs|jūlijā "
    "augusts|augustā septembris|septembrī oktobris|oktobrī novembris|novembrī decembris|decembrī",
    "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    # Indonesian / Malay, Filipino
    "januari februari maret|mac april mei juni|jun juli|julai agustus|ogos september oktober november "
    "desember|disember",
    "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    # Cyrillic: Russian, Ukrainian, Bulgarian, Serbian (genitive and nominative)
    "января|январь февраля|февраль марта|март апреля|апрель мая|май июня|июнь июля|июль августа|август "
    "сентября|сентябрь октября|октябрь ноября|ноябрь декабря|декабрь",
    "січня|січень лютого|лютий березня|березень квітня|квітень травня|травень червня|червень липня|липень "
    "серпня|серпень вересня|вересень жовтня|жовтень листопада|листопад грудня|грудень",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    # Greek (genitive and nominative)
    "ιανουαρίου|ιανουάριος φεβρουαρίου|φεβρουάριος μαρτίου|μάρτιος απριλίου|απρίλιος μαΐου|μαΐου|μάιος "
    "ιουνίου|ιούνιος ιουλίου|ιούλιος αυγούστου|αύγουστος σεπτεμβρίου|σεπτέμβριος οκτωβρίου|οκτώβριος "
    "νοεμβρίου|νοέμβριος δεκεμβρίου|δεκέμβριος",
)

_ABBR = {
    "jan": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "mär": 3, "mrz": 3, "apr": 4, "avr": 4, "jun": 6,
    "jul": 7, "aug": 8, "aoû": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12,
    "déc": 12, "ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12, "gen": 1, "mag": 5, "giu": 6,
    "lug": 7, "ott": 10, "out": 10, "sept": 9, "janv": 1, "févr": 2, "juil": 7,
}


def _build() -> dict[str, int]:
    table: dict[str, int] = {}
    for row in _ROWS:
        for number, slot in enumerate(row.split(), start=1):
            for name in slot.split("|"):
                table.setdefault(name, number)
    # "may" in English, "mai" elsewhere: both May; Czech/Polish "listopad" is November.
    table["listopad"] = 11
    return table


MONTHS: dict[str, int] = _build()


def month_number(word: str) -> int | None:
    """Month number of a month name or abbreviation in any listed language (``None`` if unknown)."""
    key = word.casefold().rstrip(".")
    found = MONTHS.get(key)
    if found is not None:
        return found
    if 3 <= len(key) <= 5:  # abbreviations only: "Sept", "janv", "Dez"
        return _ABBR.get(key[:4]) or _ABBR.get(key[:3])
    return None
