# Makes every DEB of this build with CPack into OUT, once, for the package tests that inspect them.
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config "${BINARY_DIR}/CPackConfig.cmake" -B "${OUT}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 240)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${output}")
endif()
file(GLOB debs RELATIVE "${OUT}" "${OUT}/*.deb")
message(STATUS "packages: ${debs}")
