import Testing

/// The property tests, one suite per law area, run one test at a time.
///
/// Each test is busy on the CPU for a second or more; run side by side, they would take both cooperative
/// threads of a 2-core machine from the timing-sensitive tests of the rest of the suite.
@Suite("Properties", .serialized)
enum PropertyTests {}
