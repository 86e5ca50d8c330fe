// The commandes context server (stores, staff and sessions, sales, reports); see magasin-commandes --help.
#include "magasin/commandes/commandes_server.hpp"

int main(int argc, char** argv) {
    return magasin::server::runServer(argc, argv, magasin::commandes::definition());
}
