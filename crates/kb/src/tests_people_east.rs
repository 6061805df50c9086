//! Resolution tests for the people_east data: name x date -> code and polity.

resolves! {}
