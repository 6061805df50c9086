//! Codes for actors that are not one state: CAMEO's international and regional
//! codes, and the groups annals adds.

/// Group codes every dictionary may use without defining them: CAMEO's
/// international actor types and regions, and `WST` for the West.
pub const GROUP_CODES: &[(&str, &str)] = &[
    ("IGO", "intergovernmental organization"),
    ("NGO", "non-governmental organization"),
    ("NGM", "non-governmental movement"),
    ("MNC", "multinational corporation"),
    ("IMG", "international militarized group"),
    ("INT", "international or transnational, generic"),
    ("UIS", "unidentified state actor"),
    ("WST", "the West"),
    ("AFR", "Africa"),
    ("ASA", "Asia"),
    ("BLK", "the Balkans"),
    ("CAU", "the Caucasus"),
    ("CRB", "the Caribbean"),
    ("CAS", "Central Asia"),
    ("CEU", "Central Europe"),
    ("CFR", "Central Africa"),
    ("EAF", "East Africa"),
    ("EEU", "Eastern Europe"),
    ("EIN", "the East Indies"),
    ("EUR", "Europe"),
    ("LAM", "Latin America"),
    ("MEA", "the Middle East"),
    ("MDT", "the Mediterranean"),
    ("NAF", "North Africa"),
    ("NMR", "North America"),
    ("PGS", "the Persian Gulf"),
    ("SAF", "Southern Africa"),
    ("SAM", "South America"),
    ("SAS", "South Asia"),
    ("SEA", "Southeast Asia"),
    ("SCN", "Scandinavia"),
    ("WAF", "West Africa"),
];

/// Whether `code` is one of [`GROUP_CODES`].
pub fn is_group_code(code: &str) -> bool {
    GROUP_CODES.iter().any(|&(c, _)| c == code)
}

/// CAMEO religion codes, allowed in the second place of a country's code
/// (`IRQMOSSHI`) as well as agents.
pub(crate) const RELIGION_CODES: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
    "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN",
    "SIK", "SUN", "TAO", "UDX", "ZRO",
];
