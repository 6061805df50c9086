//! Resolution tests for the orgs data: name x date -> code and polity.

resolves! {}
