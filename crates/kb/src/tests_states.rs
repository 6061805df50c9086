//! Resolution tests for states, polities, places and groups: name x date -> code and polity.

resolves! {
    russia_1700_is_the_tsardom: "Russia", "1700" => "RUS", "Tsardom of Russia";
    russia_1950_is_the_soviet_union: "Russia", "1950" => "RUS", "Soviet Union";
    roc_after_1949_is_taiwan: "the Republic of China", "1960" => "TWN", "";
    roc_before_1949_is_china: "the Republic of China", "1930" => "CHN", "Republic of China (Nationalist government)";
}
