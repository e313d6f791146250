// Catch2 main for the display-free tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
