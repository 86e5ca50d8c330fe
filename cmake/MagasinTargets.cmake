# Compile options and test registration shared by every Magasin target.
# magasin_target_options(t) applies our warnings; magasin_add_test(name SOURCES ... LIBS ... LABEL ...) adds one
# Qt Test executable per unit and registers it with CTest under its label.

add_library(magasin_options INTERFACE)
target_compile_options(magasin_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
if(MAGASIN_WERROR)
    target_compile_options(magasin_options INTERFACE -Werror)
endif()
if(MAGASIN_SANITIZE)
    target_compile_options(magasin_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(magasin_options INTERFACE -fsanitize=address,undefined)
endif()

# Qt defines our Qt targets follow (CONVENTIONS.md).
add_library(magasin_qt_options INTERFACE)
target_compile_definitions(magasin_qt_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS QT_NO_CONTEXTLESS_CONNECT)

function(magasin_target_options target)
    target_link_libraries(${target} PRIVATE magasin_options)
endfunction()

function(magasin_add_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBS;ENV" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE magasin_options magasin_qt_options Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT 300)
    if(ARG_ENV)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${ARG_ENV}")
    endif()
endfunction()
