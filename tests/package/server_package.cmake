# Checks the magasin-servers DEB that CPack made from this build, as a person installing it would: every
# server binary, a systemd unit template per server, an example environment per server listing its variables, the
# maintainer scripts that create the magasin user, and dependencies computed from the binaries' shared libraries.
# The packages are in OUT, made by make_packages.cmake (the fixture of the package tests).
file(GLOB debs "${OUT}/magasin-servers_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one magasin-servers package in ${OUT}, found ${count}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb --info ${debs} OUTPUT_VARIABLE info)
execute_process(COMMAND dpkg-deb --ctrl-tarfile ${debs} COMMAND tar -tf - OUTPUT_VARIABLE control)

set(expected ./usr/bin/magasin-token ./usr/bin/magasin-gateway-render ./usr/share/magasin/gateway/kong.yml
    ./usr/share/doc/magasin-servers/operations.md ./usr/share/magasin/sql/platform/)
string(REPLACE "," ";" SERVERS "${SERVERS}")
foreach(server IN LISTS SERVERS)
    list(APPEND expected ./usr/bin/magasin-${server} ./usr/lib/systemd/system/magasin-${server}@.service
        ./usr/share/doc/magasin-servers/examples/${server}.env ./usr/share/magasin/sql/${server}/)
endforeach()
foreach(path IN LISTS expected)
    string(FIND "${contents}" " ${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${path} is missing from the package:\n${contents}")
    endif()
endforeach()
foreach(script postinst postrm)
    string(FIND "${control}" "${script}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package has no ${script}")
    endif()
endforeach()
# dpkg-shlibdeps found the libraries the servers load (libpq, libsodium, ...).
foreach(dependency libpqxx-6.4 libsodium23 adduser)
    string(FIND "${info}" "${dependency}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${dependency}:\n${info}")
    endif()
endforeach()
# The example environment is generated from the server's --help: it names the variables the server reads.
execute_process(COMMAND dpkg-deb --fsys-tarfile ${debs}
    COMMAND tar -xOf - ./usr/share/doc/magasin-servers/examples/inventaire.env OUTPUT_VARIABLE env)
foreach(variable MAGASIN_DATABASE_URL MAGASIN_TOKEN_PUBLIC_KEY MAGASIN_COMMANDES_URL)
    string(FIND "${env}" "#${variable}=" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "inventaire.env does not list ${variable}:\n${env}")
    endif()
endforeach()
file(SIZE ${debs} size)
message(STATUS "${debs}: ${size} bytes")
