//! How modality changes a CAMEO code.
//!
//! CAMEO codes what actors say they will do as what they said: an announced or
//! intended act of cooperation is "express intent to cooperate" (03x), an
//! announced act of conflict is a threat (13x), and refusing a cooperative act is
//! a rejection (12x). The maps below follow the codebook's parallel structure.

/// The code for announcing (or intending) the act coded `code`.
pub fn intent(code: &str) -> &str {
    let root = code.get(..2).unwrap_or("");
    match code {
        "0611" | "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        "0841" | "0842" | "084" => "0353",
        "085" => "0354",
        "086" | "0861" | "0862" | "0863" => "0355",
        "087" | "0871" | "0872" | "0873" | "0874" => "0356",
        "081" | "0811" | "0812" | "0813" | "0814" => "0351",
        "082" => "0352",
        "161" => "1313",
        "162" | "1621" | "1622" | "1623" => "1311",
        "163" => "1312",
        "164" => "134",
        "165" => "135",
        "166" | "1661" | "1662" | "1663" => "136",
        "1721" => "1321",
        "1722" => "1322",
        "1723" => "1323",
        "1724" => "1324",
        "191" => "1381",
        "192" => "1382",
        "183" | "1831" | "1832" | "1833" | "180" | "181" | "182" => "1383",
        "204" | "2041" | "2042" => "1385",
        _ => match root {
            "01" | "02" | "03" => code,
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "035",
            "09" => "030",
            "10" | "11" | "12" | "13" => "130",
            "14" => "133",
            "15" | "18" | "19" | "20" => "138",
            "16" => "131",
            "17" => "132",
            _ => "130",
        },
    }
}

/// The code for refusing (saying one will not do) the act coded `code`.
pub fn refusal(code: &str) -> &'static str {
    let root = code.get(..2).unwrap_or("");
    match code {
        "0841" | "0842" | "084" => "1243",
        "085" => "1244",
        "086" | "0861" | "0862" | "0863" => "1245",
        "087" | "0871" | "0872" | "0873" | "0874" => "1246",
        "081" | "0811" | "0812" | "0813" | "0814" => "1241",
        "082" => "1242",
        "061" => "1211",
        "062" => "1212",
        _ => match root {
            "03" | "05" | "01" | "02" => "120",
            "04" => "125",
            "06" => "121",
            "07" => "122",
            "08" => "124",
            _ => "120",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mapped_code_exists_and_keeps_its_family() {
        for c in annals_cameo::table().iter() {
            let i = intent(&c.code);
            let r = refusal(&c.code);
            assert!(annals_cameo::lookup(i).is_some(), "{} -> {i}", c.code);
            assert!(annals_cameo::lookup(r).is_some(), "{} -> {r}", c.code);
            assert!(
                i.starts_with("03")
                    || i.starts_with("13")
                    || i.starts_with("01")
                    || i.starts_with("02"),
                "{} -> {i}",
                c.code
            );
            assert!(r.starts_with("12"), "{} -> {r}", c.code);
        }
    }

    #[test]
    fn cooperation_becomes_intent_and_conflict_threat() {
        assert_eq!(intent("071"), "0331");
        assert_eq!(intent("190"), "138");
        assert_eq!(intent("1661"), "136");
        assert_eq!(refusal("0861"), "1245");
    }
}
