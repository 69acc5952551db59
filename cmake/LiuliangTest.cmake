# ll_add_test(NAME SOURCES a.cpp b.cpp LIBS x y [LABELS l] [TIMEOUT s] [ENV K=V ...])
# One Qt Test executable per unit, registered with CTest; GUI tests run offscreen.
# Sanitized builds run several times slower: scripts/test.sh scales every timeout by LIULIANG_TEST_TIMEOUT_SCALE.
set(LIULIANG_TEST_TIMEOUT_SCALE 1 CACHE STRING "Factor applied to every test's timeout (sanitized builds)")
function(ll_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    liuliang_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${LIULIANG_TEST_TIMEOUT_SCALE}")
    # Qt Test aborts a single test function after 5 minutes by default; the test's own timeout is the limit.
    math(EXPR T_FUNCTION_TIMEOUT_MS "${T_TIMEOUT} * 1000")
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=${T_FUNCTION_TIMEOUT_MS};LIULIANG_TEST_SOURCE_DIR=${CMAKE_SOURCE_DIR};LIULIANG_BUILD_DIR=${CMAKE_BINARY_DIR};${T_ENV}")
    if(T_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
