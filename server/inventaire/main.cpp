// The inventaire context server (stock locations, levels, movements, transfers, reservations); see
// magasin-inventaire --help.
#include "magasin/inventaire/inventaire_server.hpp"

int main(int argc, char** argv) {
    return magasin::server::runServer(argc, argv, magasin::inventaire::definition());
}
