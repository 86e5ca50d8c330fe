#!/usr/bin/env python3
"""Fills ui/translations/*.ts after `cmake --build <dir> --target update_translations` (lupdate): French from the
table below, English as the source text. Fails, listing them, when a source text has no French translation, so that
the French file stays complete. Texts with %n (plurals) are not supported: use %1.
Usage: python3 ui/translations/fill_translations.py"""
import json
import os
import sys
import xml.etree.ElementTree as ET

FRENCH = {
    # CancelSaleDialog
    "Cancel a sale": "Annuler une vente",
    "Why? For example: customer changed their mind": "Pourquoi? Par exemple : le client a changé d'idée",
    "Manager approval": "Approbation d'un gérant",
    "Manager code": "Code du gérant",
    "Manager PIN": "NIP du gérant",
    "Cancel this sale  [Enter]": "Annuler cette vente  [Entrée]",
    "Close  [Esc]": "Fermer  [Échap]",
    "Reason": "Raison",
    "Sales of this terminal (newest first)": "Ventes de cette caisse (les plus récentes d'abord)",
    "Pick the sale to cancel.": "Choisissez la vente à annuler.",
    "This sale is already cancelled.": "Cette vente est déjà annulée.",
    # CartModel, ProductSearchModel, RecentSalesModel, PaymentsModel
    "Not taxable": "Non taxable",
    "Product": "Produit",
    "Qty": "Qté",
    "Unit price": "Prix unitaire",
    "Total": "Total",
    "?": "?",
    "No stock level received yet": "Aucun niveau de stock reçu pour l'instant",
    "Category": "Catégorie",
    "Price": "Prix",
    "In stock": "En stock",
    "Cancelled": "Annulée",
    "Completed": "Complétée",
    "Time": "Heure",
    "Sale": "Vente",
    "Status": "État",
    "Cash": "Comptant",
    "Card": "Carte",
    "Method": "Mode",
    "Amount": "Montant",
    "Terminal reference": "Référence du terminal",
    # EnrolScreen
    "Set up this terminal": "Configurer cette caisse",
    "A manager enrols the terminal once with the store's servers. To try the app without servers, use demo mode.":
        "Un gérant inscrit la caisse une seule fois auprès des serveurs du magasin. Pour essayer l'application sans "
        "serveur, utilisez le mode démo.",
    "Server (gateway) address": "Adresse du serveur (passerelle)",
    "API key": "Clé d'API",
    "Terminal name": "Nom de la caisse",
    "Enrol this terminal  [Enter]": "Inscrire cette caisse  [Entrée]",
    "Demo mode, no server  [F7]": "Mode démo, sans serveur  [F7]",
    "Type the server's address, like http://127.0.0.1:8080.": "Tapez l'adresse du serveur, par exemple http://127.0.0.1:8080.",
    "A manager types their code and PIN to enrol the terminal.": "Un gérant tape son code et son NIP pour inscrire la caisse.",
    "Give the terminal a name (for example “Caisse 1”).": "Donnez un nom à la caisse (par exemple « Caisse 1 »).",
    # LoginScreen
    "Magasin — point of sale": "Magasin — point de vente",
    "Demo mode: cashier %1 / PIN %2, manager %3 / PIN %4": "Mode démo : caissière %1 / NIP %2, gérant %3 / NIP %4",
    "Employee code": "Code d'employé",
    "PIN": "NIP",
    "Log in  [Enter]": "Ouvrir la session  [Entrée]",
    "Type your employee code.": "Tapez votre code d'employé.",
    "Type your PIN.": "Tapez votre NIP.",
    # MainWindow
    "&Settings": "&Réglages",
    "&Language": "&Langue",
    "System language": "Langue du système",
    "Leave demo mode": "Quitter le mode démo",
    "Nobody logged in": "Aucune session ouverte",
    # PaymentDialog
    "Payment": "Paiement",
    "Total: %1": "Total : %1",
    "Reference shown by the card terminal": "Référence affichée par le terminal de paiement",
    "Type the amount received, then Enter (F5 cash, F6 card). Enter with nothing typed takes exactly what is due. "
    "Several payments split the sale.":
        "Tapez le montant reçu, puis Entrée (F5 comptant, F6 carte). Entrée sans rien taper prend le montant exact "
        "dû. Plusieurs paiements partagent la vente.",
    "Amount received": "Montant reçu",
    "Card reference": "Référence de la carte",
    "Cash  [F5]": "Comptant  [F5]",
    "Card  [F6]": "Carte  [F6]",
    "Remove payment  [Del]": "Retirer le paiement  [Suppr]",
    "Complete sale  [Enter]": "Terminer la vente  [Entrée]",
    "Back to the sale  [Esc]": "Retour à la vente  [Échap]",
    "Still due: %1": "Reste à payer : %1",
    "Change due: %1": "Monnaie à rendre : %1",
    "Type the amount received, like 50 or 20,75.": "Tapez le montant reçu, par exemple 50 ou 20,75.",
    "Nothing is due any more: complete the sale.": "Plus rien n'est dû : terminez la vente.",
    "Type the amount paid by card, like 50 or 20,75.": "Tapez le montant payé par carte, par exemple 50 ou 20,75.",
    "A card pays at most what is still due (%1).": "Une carte paie au plus ce qui reste dû (%1).",
    "Type the reference shown by the card terminal.": "Tapez la référence affichée par le terminal de paiement.",
    "%1 is still due.": "Il reste %1 à payer.",
    # PosController
    "Cashier: %1": "Caissier : %1",
    "Subtotal": "Sous-total",
    "GST": "TPS",
    "QST": "TVQ",
    "TOTAL": "TOTAL",
    "Change": "Monnaie",
    "Sale %1": "Vente %1",
    "Wrong employee code or PIN.": "Code d'employé ou NIP erroné.",
    "This employee is disabled. See a manager.": "Cet employé est désactivé. Voyez un gérant.",
    "This employee belongs to another store.": "Cet employé appartient à un autre magasin.",
    "Too many wrong PINs: wait a moment, then try again.": "Trop de NIP erronés : attendez un moment, puis réessayez.",
    "This terminal is not enrolled: a manager must enrol it first.":
        "Cette caisse n'est pas inscrite : un gérant doit d'abord l'inscrire.",
    "A manager's code and PIN are needed (and must be right).": "Le code et le NIP d'un gérant sont requis (et exacts).",
    "The server cannot be reached. Check the network, or use demo mode.":
        "Le serveur est injoignable. Vérifiez le réseau, ou utilisez le mode démo.",
    "The server refused: %1": "Le serveur a refusé : %1",
    "Not found on this terminal.": "Introuvable sur cette caisse.",
    "Refused: %1": "Refusé : %1",
    "The local journal cannot be written: %1": "Le journal local ne peut pas être écrit : %1",
    "Give a reason of at least %1 characters, with words.": "Donnez une raison d'au moins %1 caractères, avec des mots.",
    "The quantity must be between 1 and 10000.": "La quantité doit être entre 1 et 10000.",
    "Type the payment terminal's reference, not the card number.":
        "Tapez la référence du terminal de paiement, pas le numéro de la carte.",
    "Unexpected error: %1": "Erreur inattendue : %1",
    # PosScreen
    "Scan or search  [F2]      ↑↓ line   [Del] remove": "Scanner ou chercher  [F2]      ↑↓ ligne   [Suppr] retirer",
    "Quantity  [F4]": "Quantité  [F4]",
    "Pay  [F12]": "Payer  [F12]",
    "Remove line  [Del]": "Retirer la ligne  [Suppr]",
    "Cancel a sale  [F8]": "Annuler une vente  [F8]",
    "Ask for stock  [F9]": "Demander du stock  [F9]",
    "Log out  [F10]": "Fermer la session  [F10]",
    "Reprint receipt  [F11]": "Réimprimer le reçu  [F11]",
    "Receipt reprinted (marked as a duplicate).": "Reçu réimprimé (marqué comme duplicata).",
    "No sale since login: nothing to reprint.": "Aucune vente depuis l'ouverture de session : rien à réimprimer.",
    "The last receipt shows here.": "Le dernier reçu s'affiche ici.",
    "Last receipt": "Dernier reçu",
    "manager": "gérant",
    "cashier": "caissier",
    "%1 (%2) — %3": "%1 (%2) — %3",
    "Subtotal  %1": "Sous-total  %1",
    "Last sale  %1": "Dernière vente  %1",
    "Received  %1": "Reçu  %1",
    "CHANGE  %1": "MONNAIE  %1",
    "GST  %1": "TPS  %1",
    "QST  %1": "TVQ  %1",
    "TOTAL  %1": "TOTAL  %1",
    "Added: %1": "Ajouté : %1",
    "Barcode %1 is not valid (check digit): scan it again or type it.":
        "Le code-barres %1 n'est pas valide (chiffre de contrôle) : scannez-le de nouveau ou tapez-le.",
    "No product with barcode %1 in the catalogue. Search it by name.":
        "Aucun produit avec le code-barres %1 au catalogue. Cherchez-le par son nom.",
    "Enter adds the highlighted product; ↓ ↑ to choose.": "Entrée ajoute le produit en surbrillance; ↓ ↑ pour choisir.",
    "No product matches “%1”.": "Aucun produit ne correspond à « %1 ».",
    "The cart is empty: scan a product first.": "Le panier est vide : scannez d'abord un produit.",
    "Type the quantity, then Enter.": "Tapez la quantité, puis Entrée.",
    "Quantity: %1 × %2": "Quantité : %1 × %2",
    "Removed: %1": "Retiré : %1",
    "Sale completed. Change due: %1": "Vente terminée. Monnaie à rendre : %1",
    "Sale completed.": "Vente terminée.",
    "The sale is cancelled; it will be synced with the servers.":
        "La vente est annulée; elle sera synchronisée avec les serveurs.",
    "Pick a product first: scan it or search it, then F9.": "Choisissez d'abord un produit : scannez-le ou cherchez-le, puis F9.",
    "Ask for stock": "Demander du stock",
    "How many of %1 should the warehouse send?": "Combien de « %1 » l'entrepôt doit-il envoyer?",
    "Request for %1 × %2 queued.": "Demande de %1 × %2 mise en file.",
    # SyncStatusBar
    "never": "jamais",
    "just now": "à l'instant",
    "%1 min": "%1 min",
    "%1 h": "%1 h",
    "%1 d": "%1 j",
    "● DEMO MODE — no server": "● MODE DÉMO — sans serveur",
    "● Another app is syncing this terminal": "● Une autre application synchronise cette caisse",
    "● Online": "● En ligne",
    "● Terminal not set up": "● Caisse non configurée",
    "● Offline — sales are kept and sent later": "● Hors ligne — les ventes sont gardées et envoyées plus tard",
    "● Offline for more than %1 h — sales are kept; tell a manager: prices and stock may be out of date":
        "● Hors ligne depuis plus de %1 h — les ventes sont gardées; avisez un gérant : les prix et le stock peuvent "
        "être périmés",
    "To sync: %1": "À synchroniser : %1",
    "rejected: %1": "refusées : %1",
    "Prices and stock: demo data": "Prix et stock : données de démo",
    "Prices: %1 · Stock: %2": "Prix : %1 · Stock : %2",
    "Receipts to print: %1": "Reçus à imprimer : %1",
}


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
    ET.indent(tree)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


here = os.path.dirname(os.path.abspath(__file__))
# Each group of screens may keep its French texts in a file of its own: fr_<screens>.json, {"source": "French"}.
# The tables are context-free: one English text translated two ways would silently take the last one, so it fails.
clashes = []
for name in sorted(os.listdir(here)):
    if name.startswith("fr_") and name.endswith(".json"):
        with open(os.path.join(here, name), encoding="utf-8") as table:
            for source, french in json.load(table).items():
                if FRENCH.get(source, french) != french:
                    clashes.append(f"{source!r}: {FRENCH[source]!r} elsewhere, {french!r} in {name}")
                FRENCH[source] = french
if clashes:
    print("one English text, two French translations (give the sources different words):", *clashes, sep="\n  ",
          file=sys.stderr)
    sys.exit(1)
missing = fill(os.path.join(here, "magasin_fr.ts"), FRENCH.get)
fill(os.path.join(here, "magasin_en.ts"), lambda s: s)
if missing:
    print("no French translation for:", *("  " + repr(m) for m in missing), sep="\n", file=sys.stderr)
    sys.exit(1)
