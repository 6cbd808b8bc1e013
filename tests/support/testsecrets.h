#pragma once

namespace tenet::test {

// The PBKDF2 iteration count tests hash PINs with: enough to run the real hash, about
// a thousandth of the program's (domain::secretHashIterations), which made each test that
// sets a few PINs spend seconds hashing.
inline constexpr int secretHashIterations = 100;

} // namespace tenet::test
