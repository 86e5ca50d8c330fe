// The catalogue context server (products, categories, prices, barcodes); see magasin-catalogue --help.
#include "magasin/catalogue/catalogue_server.hpp"

int main(int argc, char** argv) {
    return magasin::server::runServer(argc, argv, magasin::catalogue::definition());
}
