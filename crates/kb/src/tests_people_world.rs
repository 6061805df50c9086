//! Resolution tests for the people_world data: name x date -> code and polity.

resolves! {}
