# Checks the magasin-desktop DEB that CPack made from this build, as a person installing it would: both
# programs, a launcher and AppStream metadata that desktop-file-validate and appstreamcli accept, the icon in every
# size it claims, dependencies computed from the binaries plus the SQLite driver; then unpacks the package into a
# folder of its own and starts the unpacked app (offscreen, demo mode) as tests/gui/desktop_opens.cmake does.
# The packages are in OUT, made by make_packages.cmake (the fixture of the package tests).
file(GLOB deb "${OUT}/magasin-desktop_*_*.deb")
list(LENGTH deb count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one magasin-desktop package in ${OUT}, found ${count}")
endif()
execute_process(COMMAND dpkg-deb --contents ${deb} OUTPUT_VARIABLE contents)
execute_process(COMMAND dpkg-deb --field ${deb} Depends OUTPUT_VARIABLE depends)

set(launcher usr/share/applications/${APP_ID}.desktop)
set(metainfo usr/share/metainfo/${APP_ID}.metainfo.xml)
set(expected usr/bin/magasin-desktop usr/bin/magasin-terminal ${launcher} ${metainfo}
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
set(sizes 48 64 128 256)
foreach(size IN LISTS sizes)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(path IN LISTS expected)
    string(FIND "${contents}" " ./${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${path} is missing from the package:\n${contents}")
    endif()
endforeach()
# dpkg-shlibdeps found the Qt libraries the app links; the SQLite driver, a plugin, is named by hand.
foreach(dependency libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libc6)
    if(NOT depends MATCHES "(^|, )${dependency}( |,|\n|$)")
        message(FATAL_ERROR "the package does not depend on ${dependency}: ${depends}")
    endif()
endforeach()

# What the package installs, unpacked into a folder of its own rather than onto this machine.
set(root "${WORK}/root")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${root}")
execute_process(COMMAND dpkg-deb -x ${deb} "${root}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed (${rc})")
endif()
execute_process(COMMAND desktop-file-validate "${root}/${launcher}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE report)
if(NOT rc EQUAL 0 OR NOT report STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate (${rc}) rejects ${launcher}:\n${report}")
endif()
# --strict fails on every issue above pedantic; the one override: the validator does not know the .example TLD of
# the product's domain, from which the app id is made.
execute_process(COMMAND appstreamcli validate --no-net --strict --override=cid-maybe-not-rdns=pedantic
                        "${root}/${metainfo}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE report)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate (${rc}) rejects ${metainfo}:\n${report}")
endif()

# The launcher starts a program of the package and shows its icon; the metadata launches that launcher.
file(STRINGS "${root}/${launcher}" exec REGEX "^Exec=")
file(STRINGS "${root}/${launcher}" icon REGEX "^Icon=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" program "${exec}")
if(program STREQUAL "" OR NOT EXISTS "${root}/usr/bin/${program}")
    message(FATAL_ERROR "the launcher's ${exec} is not a program of the package")
endif()
if(NOT icon STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "the launcher's ${icon} is not the packaged icon ${APP_ID}")
endif()
file(READ "${root}/${metainfo}" xml)
if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "the metadata does not launch ${APP_ID}.desktop")
endif()
# Each PNG is the size its folder says (width and height from the IHDR chunk).
foreach(size IN LISTS sizes)
    file(READ "${root}/usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png" header LIMIT 24 HEX)
    math(EXPR hex "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${hex}" 2 -1 hex)
    string(LENGTH "${hex}" digits)
    while(digits LESS 8)
        string(PREPEND hex 0)
        string(LENGTH "${hex}" digits)
    endwhile()
    if(NOT header MATCHES "^89504e470d0a1a0a0000000d49484452${hex}${hex}$")
        message(FATAL_ERROR "the ${size}x${size} icon is not a ${size}x${size} PNG: ${header}")
    endif()
endforeach()

# The unpacked programs start: the terminal answers --help, the app opens its window.
execute_process(COMMAND "${root}/usr/bin/magasin-terminal" --help RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the packaged magasin-terminal --help exited with ${rc}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -DAPP=${root}/usr/bin/magasin-desktop -DOUT=${SCREENSHOT}
                        -DDATA=${WORK}/data -P ${DESKTOP_OPENS}
    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the packaged magasin-desktop did not open its window:\n${output}")
endif()
file(SIZE ${deb} size)
message(STATUS "${deb}: ${size} bytes; Depends: ${depends}${output}")
