//! Resolution tests for the people_west data: name x date -> code and polity.

resolves! {}
