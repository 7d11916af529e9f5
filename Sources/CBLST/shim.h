// blst, built by scripts/setup-kzg into txray's cache; pkg-config (txray-blst.pc) supplies the
// include path and the library.
#include <blst.h>
