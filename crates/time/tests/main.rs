//! Tests of the time engine through its public API: one module per concern.

mod util;

mod families;
mod narrative;
mod props;
mod seed;
