<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
  <context>
    <name>ReplenishmentPage</name>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approuvée</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <source>staff …%1</source>
      <translation>employé …%1</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Store</source>
      <translation>Magasin</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Demandé</translation>
    </message>
    <message>
      <source>Approved qty</source>
      <translation>Qté approuvée</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Demandé par</translation>
    </message>
    <message>
      <source>staff of %1</source>
      <translation>personnel de %1</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Décidé par</translation>
    </message>
    <message>
      <source>another store's manager</source>
      <translation>gérant d'un autre magasin</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Demandé le</translation>
    </message>
    <message>
      <source>Decided at</source>
      <translation>Décidé le</translation>
    </message>
    <message>
      <source>Rejection reason</source>
      <translation>Raison du refus</translation>
    </message>
    <message>
      <source>Store level</source>
      <translation>Stock du magasin</translation>
    </message>
    <message>
      <source>Suggested qty</source>
      <translation>Qté suggérée</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Revenue before taxes</source>
      <translation>Chiffre d'affaires avant taxes</translation>
    </message>
    <message>
      <source>Number of sales</source>
      <translation>Nombre de ventes</translation>
    </message>
    <message>
      <source>Average basket</source>
      <translation>Panier moyen</translation>
    </message>
    <message>
      <source>Taxes collected</source>
      <translation>Taxes perçues</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>Unités vendues</translation>
    </message>
    <message>
      <source>Ruptures</source>
      <translation>Ruptures</translation>
    </message>
    <message>
      <source>Overstock</source>
      <translation>Surstock</translation>
    </message>
    <message>
      <source>Store</source>
      <translation>Magasin</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Chiffre d'affaires</translation>
    </message>
    <message>
      <source>Top products (units)</source>
      <translation>Produits vedettes (unités)</translation>
    </message>
    <message>
      <source>Share of revenue</source>
      <translation>Part du chiffre d'affaires</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Sales report</source>
      <translation>Rapport des ventes</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Key figures</source>
      <translation>Chiffres clés</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Stores</source>
      <translation>Magasins</translation>
    </message>
    <message>
      <source>Products sold</source>
      <translation>Produits vendus</translation>
    </message>
    <message>
      <source>Share of revenue (%)</source>
      <translation>Part du chiffre d'affaires (%)</translation>
    </message>
    <message>
      <source>The file %1 cannot be written: choose another folder.</source>
      <translation>Impossible d'écrire le fichier %1 : choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>Period: %1</source>
      <translation>Période : %1</translation>
    </message>
    <message>
      <source>Printed %1</source>
      <translation>Imprimé le %1</translation>
    </message>
    <message>
      <source>No store in this report.</source>
      <translation>Aucun magasin dans ce rapport.</translation>
    </message>
    <message>
      <source>No sale in this period.</source>
      <translation>Aucune vente durant cette période.</translation>
    </message>
    <message>
      <source>No product out of stock.</source>
      <translation>Aucun produit en rupture.</translation>
    </message>
    <message>
      <source>No product overstocked.</source>
      <translation>Aucun produit en surstock.</translation>
    </message>
    <message>
      <source>The file %1 could not be completed.</source>
      <translation>Le fichier %1 n'a pas pu être terminé.</translation>
    </message>
  </context>
  <context>
    <name>SalesPage</name>
    <message>
      <source>Cash</source>
      <translation>Comptant</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Price differs from the catalogue</source>
      <translation>Prix différent du catalogue</translation>
    </message>
    <message>
      <source>Archived product sold</source>
      <translation>Produit archivé vendu</translation>
    </message>
    <message>
      <source>Till totals differ</source>
      <translation>Totaux de la caisse différents</translation>
    </message>
    <message>
      <source>Product unknown to the catalogue</source>
      <translation>Produit inconnu du catalogue</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Complétée</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>Cashier</source>
      <translation>Caissier</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Paiement</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Signalements</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <source>till sync</source>
      <translation>synchro de caisse</translation>
    </message>
    <message>
      <source>online</source>
      <translation>en ligne</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Sale %1</source>
      <translation>Vente %1</translation>
    </message>
    <message>
      <source>%1 · cashier: %2</source>
      <translation>%1 · caissier : %2</translation>
    </message>
    <message>
      <source>%1 each</source>
      <translation>%1 chacun</translation>
    </message>
    <message>
      <source>discount %1</source>
      <translation>rabais %1</translation>
    </message>
    <message>
      <source>not taxable</source>
      <translation>non taxable</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Sous-total</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <source>Change due</source>
      <translation>Monnaie rendue</translation>
    </message>
    <message>
      <source>To check:</source>
      <translation>À vérifier :</translation>
    </message>
    <message>
      <source> (till: %1, server: %2)</source>
      <translation> (caisse : %1, serveur : %2)</translation>
    </message>
    <message>
      <source>CANCELLED %1 by %2: %3</source>
      <translation>ANNULÉE le %1 par %2 : %3</translation>
    </message>
  </context>
  <context>
    <name>SyncTables</name>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>Quoi faire</translation>
    </message>
    <message>
      <source>Terminal</source>
      <translation>Caisse</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Révoquée</translation>
    </message>
    <message>
      <source>Last sync</source>
      <translation>Dernière synchro</translation>
    </message>
    <message>
      <source>Last push</source>
      <translation>Dernier envoi</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Appliquées</translation>
    </message>
    <message>
      <source>With flags</source>
      <translation>Signalées</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <source>Cancellation</source>
      <translation>Annulation</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Server's message</source>
      <translation>Message du serveur</translation>
    </message>
    <message>
      <source>Command no.</source>
      <translation>N° de commande</translation>
    </message>
    <message>
      <source>%1 (seq %2)</source>
      <translation>%1 (n° %2)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>Signalement</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <source>Back office or web</source>
      <translation>Bureau ou Web</translation>
    </message>
    <message>
      <source>%1: sold at %2, catalogue price %3</source>
      <translation>%1 : vendu à %2, prix au catalogue %3</translation>
    </message>
    <message>
      <source>%1: archived in the catalogue, sold at %2</source>
      <translation>%1 : archivé au catalogue, vendu à %2</translation>
    </message>
    <message>
      <source>Till total %1, server total %2</source>
      <translation>Total de la caisse %1, total du serveur %2</translation>
    </message>
    <message>
      <source>%1: unknown to the catalogue, sold at %2</source>
      <translation>%1 : inconnu du catalogue, vendu à %2</translation>
    </message>
    <message>
      <source>%1: %2 in stock</source>
      <translation>%1 : %2 en stock</translation>
    </message>
    <message>
      <source>after sales %1</source>
      <translation>après les ventes %1</translation>
    </message>
    <message>
      <source>Price differed from the catalogue</source>
      <translation>Prix différent du catalogue</translation>
    </message>
    <message>
      <source>Archived product sold</source>
      <translation>Produit archivé vendu</translation>
    </message>
    <message>
      <source>Till totals differed</source>
      <translation>Totaux de la caisse différents</translation>
    </message>
    <message>
      <source>Product unknown to the catalogue</source>
      <translation>Produit inconnu du catalogue</translation>
    </message>
    <message>
      <source>Stock went negative</source>
      <translation>Stock devenu négatif</translation>
    </message>
    <message>
      <source>Check the shelf label and the till's price list; nothing to undo, the sale stands as sold.</source>
      <translation>Vérifiez l'étiquette de la tablette et les prix de la caisse; rien à défaire, la vente reste telle que vendue.</translation>
    </message>
    <message>
      <source>Take the product off the shelf, or restore it in Products if it is still sold; the sale stands.</source>
      <translation>Retirez le produit de la tablette, ou réactivez-le dans Produits s'il est encore vendu; la vente reste.</translation>
    </message>
    <message>
      <source>Check this till's taxes and count its cash drawer; the sale is kept with the server's totals.</source>
      <translation>Vérifiez les taxes de cette caisse et comptez son tiroir; la vente est gardée avec les totaux du serveur.</translation>
    </message>
    <message>
      <source>Create the product in Products or check its barcode; the sale stands.</source>
      <translation>Créez le produit dans Produits ou vérifiez son code-barres; la vente reste.</translation>
    </message>
    <message>
      <source>Count the shelf and enter the count in Stock; ask for replenishment if it is short.</source>
      <translation>Comptez la tablette et entrez le compte dans Stock; demandez un réapprovisionnement s'il en manque.</translation>
    </message>
    <message>
      <source>Look at the sale in Sales; call support if it is unclear.</source>
      <translation>Consultez la vente dans Ventes; appelez le soutien si ce n'est pas clair.</translation>
    </message>
    <message>
      <source>Already done or in conflict: check the sale in Sales; nothing to redo if it is already cancelled.</source>
      <translation>Déjà fait ou en conflit : vérifiez la vente dans Ventes; rien à refaire si elle est déjà annulée.</translation>
    </message>
    <message>
      <source>Already recorded or in conflict: check the sale in Sales before entering it again.</source>
      <translation>Déjà enregistrée ou en conflit : vérifiez la vente dans Ventes avant de la saisir de nouveau.</translation>
    </message>
    <message>
      <source>This terminal may not do it: cancel the sale here in Sales, or call support.</source>
      <translation>Cette caisse n'y est pas autorisée : annulez la vente ici dans Ventes, ou appelez le soutien.</translation>
    </message>
    <message>
      <source>This terminal may not record it (is it enrolled in this store?): re-enter the sale at an enrolled till, or call support.</source>
      <translation>Cette caisse ne peut pas l'enregistrer (est-elle inscrite dans ce magasin?) : saisissez la vente de nouveau à une caisse inscrite, ou appelez le soutien.</translation>
    </message>
    <message>
      <source>Not applied: cancel the sale again in Sales, or call support with the command number.</source>
      <translation>Non appliquée : annulez la vente de nouveau dans Ventes, ou appelez le soutien avec le n° de commande.</translation>
    </message>
    <message>
      <source>Not recorded: re-enter the sale at the till, or call support with the command number.</source>
      <translation>Non enregistrée : saisissez la vente de nouveau à la caisse, ou appelez le soutien avec le n° de commande.</translation>
    </message>
    <message>
      <source>Last read</source>
      <translation>Dernière lecture</translation>
    </message>
    <message>
      <source>Seq ack.</source>
      <translation>N° confirmé</translation>
    </message>
    <message>
      <source>%1 (here)</source>
      <translation>%1 (ici)</translation>
    </message>
    <message>
      <source>In service</source>
      <translation>En service</translation>
    </message>
    <message>
      <source>Rejected commands</source>
      <translation>Commandes rejetées</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Non autorisé</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
    <message>
      <source>In conflict with the current state</source>
      <translation>En conflit avec l'état actuel</translation>
    </message>
    <message>
      <source>Refused data</source>
      <translation>Données refusées</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::BackOfficeClient</name>
    <message>
      <source>This session has no connection to the servers (logged in offline, or demo mode). The back office needs an online login: log out and in again once the servers answer.</source>
      <translation>Cette session n'est pas reliée aux serveurs (connexion hors ligne ou mode démo). La gestion demande une connexion en ligne : déconnectez-vous et reconnectez-vous quand les serveurs répondent.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::BackOfficePage</name>
    <message>
      <source>Refresh (F5)</source>
      <translation>Actualiser (F5)</translation>
    </message>
    <message>
      <source>%1 does not answer; nothing was changed. Try again in a moment. (%2)</source>
      <translation>%1 ne répond pas; rien n'a été modifié. Réessayez dans un moment. (%2)</translation>
    </message>
    <message>
      <source>%1 does not answer: the data shown dates from %2 (%3).</source>
      <translation>%1 ne répond pas : les données affichées datent de %2 (%3).</translation>
    </message>
    <message>
      <source>%1 does not answer: nothing to show yet.</source>
      <translation>%1 ne répond pas : rien à afficher pour l'instant.</translation>
    </message>
    <message>
      <source>The catalogue server</source>
      <translation>Le serveur du catalogue</translation>
    </message>
    <message>
      <source>The inventory server</source>
      <translation>Le serveur de l'inventaire</translation>
    </message>
    <message>
      <source>The sales server</source>
      <translation>Le serveur des ventes</translation>
    </message>
    <message>
      <source>The replenishment server</source>
      <translation>Le serveur du réapprovisionnement</translation>
    </message>
    <message>
      <source>%1 ago</source>
      <translation>il y a %1</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::BackOfficeScreen</name>
    <message>
      <source>Back office · %1 · %2 (manager)</source>
      <translation>Gestion · %1 · %2 (gérant)</translation>
    </message>
    <message>
      <source>Back to the till (Esc)</source>
      <translation>Retour à la caisse (Échap)</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::CancelSaleDialog</name>
    <message>
      <source>Cancel a sale</source>
      <translation>Annuler une vente</translation>
    </message>
    <message>
      <source>Why? For example: customer changed their mind</source>
      <translation>Pourquoi? Par exemple : le client a changé d'idée</translation>
    </message>
    <message>
      <source>Manager approval</source>
      <translation>Approbation d'un gérant</translation>
    </message>
    <message>
      <source>Manager code</source>
      <translation>Code du gérant</translation>
    </message>
    <message>
      <source>Manager PIN</source>
      <translation>NIP du gérant</translation>
    </message>
    <message>
      <source>Cancel this sale  [Enter]</source>
      <translation>Annuler cette vente  [Entrée]</translation>
    </message>
    <message>
      <source>Close  [Esc]</source>
      <translation>Fermer  [Échap]</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Sales of this terminal (newest first)</source>
      <translation>Ventes de cette caisse (les plus récentes d'abord)</translation>
    </message>
    <message>
      <source>Pick the sale to cancel.</source>
      <translation>Choisissez la vente à annuler.</translation>
    </message>
    <message>
      <source>This sale is already cancelled.</source>
      <translation>Cette vente est déjà annulée.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::CartModel</name>
    <message>
      <source>Not taxable</source>
      <translation>Non taxable</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Prix unitaire</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::EnrolScreen</name>
    <message>
      <source>Set up this terminal</source>
      <translation>Configurer cette caisse</translation>
    </message>
    <message>
      <source>A manager enrols the terminal once with the store's servers. To try the app without servers, use demo mode.</source>
      <translation>Un gérant inscrit la caisse une seule fois auprès des serveurs du magasin. Pour essayer l'application sans serveur, utilisez le mode démo.</translation>
    </message>
    <message>
      <source>Server (gateway) address</source>
      <translation>Adresse du serveur (passerelle)</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clé d'API</translation>
    </message>
    <message>
      <source>Manager code</source>
      <translation>Code du gérant</translation>
    </message>
    <message>
      <source>Manager PIN</source>
      <translation>NIP du gérant</translation>
    </message>
    <message>
      <source>Terminal name</source>
      <translation>Nom de la caisse</translation>
    </message>
    <message>
      <source>Enrol this terminal  [Enter]</source>
      <translation>Inscrire cette caisse  [Entrée]</translation>
    </message>
    <message>
      <source>Demo mode, no server  [F7]</source>
      <translation>Mode démo, sans serveur  [F7]</translation>
    </message>
    <message>
      <source>Type the server's address, like http://127.0.0.1:8080.</source>
      <translation>Tapez l'adresse du serveur, par exemple http://127.0.0.1:8080.</translation>
    </message>
    <message>
      <source>A manager types their code and PIN to enrol the terminal.</source>
      <translation>Un gérant tape son code et son NIP pour inscrire la caisse.</translation>
    </message>
    <message>
      <source>Give the terminal a name (for example “Caisse 1”).</source>
      <translation>Donnez un nom à la caisse (par exemple « Caisse 1 »).</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::LoginScreen</name>
    <message>
      <source>Magasin — point of sale</source>
      <translation>Magasin — point de vente</translation>
    </message>
    <message>
      <source>Demo mode: cashier %1 / PIN %2, manager %3 / PIN %4</source>
      <translation>Mode démo : caissière %1 / NIP %2, gérant %3 / NIP %4</translation>
    </message>
    <message>
      <source>Employee code</source>
      <translation>Code d'employé</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Log in  [Enter]</source>
      <translation>Ouvrir la session  [Entrée]</translation>
    </message>
    <message>
      <source>Type your employee code.</source>
      <translation>Tapez votre code d'employé.</translation>
    </message>
    <message>
      <source>Type your PIN.</source>
      <translation>Tapez votre NIP.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::MainWindow</name>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Réglages</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>Leave demo mode</source>
      <translation>Quitter le mode démo</translation>
    </message>
    <message>
      <source>Nobody logged in</source>
      <translation>Aucune session ouverte</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PaymentDialog</name>
    <message>
      <source>Payment</source>
      <translation>Paiement</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Total : %1</translation>
    </message>
    <message>
      <source>Reference shown by the card terminal</source>
      <translation>Référence affichée par le terminal de paiement</translation>
    </message>
    <message>
      <source>Type the amount received, then Enter (F5 cash, F6 card). Enter with nothing typed takes exactly what is due. Several payments split the sale.</source>
      <translation>Tapez le montant reçu, puis Entrée (F5 comptant, F6 carte). Entrée sans rien taper prend le montant exact dû. Plusieurs paiements partagent la vente.</translation>
    </message>
    <message>
      <source>Amount received</source>
      <translation>Montant reçu</translation>
    </message>
    <message>
      <source>Card reference</source>
      <translation>Référence de la carte</translation>
    </message>
    <message>
      <source>Cash  [F5]</source>
      <translation>Comptant  [F5]</translation>
    </message>
    <message>
      <source>Card  [F6]</source>
      <translation>Carte  [F6]</translation>
    </message>
    <message>
      <source>Remove payment  [Del]</source>
      <translation>Retirer le paiement  [Suppr]</translation>
    </message>
    <message>
      <source>Complete sale  [Enter]</source>
      <translation>Terminer la vente  [Entrée]</translation>
    </message>
    <message>
      <source>Back to the sale  [Esc]</source>
      <translation>Retour à la vente  [Échap]</translation>
    </message>
    <message>
      <source>Still due: %1</source>
      <translation>Reste à payer : %1</translation>
    </message>
    <message>
      <source>Change due: %1</source>
      <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
      <source>Type the amount received, like 50 or 20,75.</source>
      <translation>Tapez le montant reçu, par exemple 50 ou 20,75.</translation>
    </message>
    <message>
      <source>Nothing is due any more: complete the sale.</source>
      <translation>Plus rien n'est dû : terminez la vente.</translation>
    </message>
    <message>
      <source>Type the amount paid by card, like 50 or 20,75.</source>
      <translation>Tapez le montant payé par carte, par exemple 50 ou 20,75.</translation>
    </message>
    <message>
      <source>A card pays at most what is still due (%1).</source>
      <translation>Une carte paie au plus ce qui reste dû (%1).</translation>
    </message>
    <message>
      <source>Type the reference shown by the card terminal.</source>
      <translation>Tapez la référence affichée par le terminal de paiement.</translation>
    </message>
    <message>
      <source>%1 is still due.</source>
      <translation>Il reste %1 à payer.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PaymentsModel</name>
    <message>
      <source>Cash</source>
      <translation>Comptant</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Mode</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Terminal reference</source>
      <translation>Référence du terminal</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PosController</name>
    <message>
      <source>Cashier: %1</source>
      <translation>Caissier : %1</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Sous-total</translation>
    </message>
    <message>
      <source>GST</source>
      <translation>TPS</translation>
    </message>
    <message>
      <source>QST</source>
      <translation>TVQ</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Comptant</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>Sale %1</source>
      <translation>Vente %1</translation>
    </message>
    <message>
      <source>Wrong employee code or PIN.</source>
      <translation>Code d'employé ou NIP erroné.</translation>
    </message>
    <message>
      <source>This employee is disabled. See a manager.</source>
      <translation>Cet employé est désactivé. Voyez un gérant.</translation>
    </message>
    <message>
      <source>This employee belongs to another store.</source>
      <translation>Cet employé appartient à un autre magasin.</translation>
    </message>
    <message>
      <source>Too many wrong PINs: wait a moment, then try again.</source>
      <translation>Trop de NIP erronés : attendez un moment, puis réessayez.</translation>
    </message>
    <message>
      <source>This terminal is not enrolled: a manager must enrol it first.</source>
      <translation>Cette caisse n'est pas inscrite : un gérant doit d'abord l'inscrire.</translation>
    </message>
    <message>
      <source>A manager's code and PIN are needed (and must be right).</source>
      <translation>Le code et le NIP d'un gérant sont requis (et exacts).</translation>
    </message>
    <message>
      <source>The server cannot be reached. Check the network, or use demo mode.</source>
      <translation>Le serveur est injoignable. Vérifiez le réseau, ou utilisez le mode démo.</translation>
    </message>
    <message>
      <source>The server refused: %1</source>
      <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
      <source>Not found on this terminal.</source>
      <translation>Introuvable sur cette caisse.</translation>
    </message>
    <message>
      <source>Refused: %1</source>
      <translation>Refusé : %1</translation>
    </message>
    <message>
      <source>The local journal cannot be written: %1</source>
      <translation>Le journal local ne peut pas être écrit : %1</translation>
    </message>
    <message>
      <source>Give a reason of at least %1 characters, with words.</source>
      <translation>Donnez une raison d'au moins %1 caractères, avec des mots.</translation>
    </message>
    <message>
      <source>The quantity must be between 1 and 10000.</source>
      <translation>La quantité doit être entre 1 et 10000.</translation>
    </message>
    <message>
      <source>Type the payment terminal's reference, not the card number.</source>
      <translation>Tapez la référence du terminal de paiement, pas le numéro de la carte.</translation>
    </message>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Erreur inattendue : %1</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::PosScreen</name>
    <message>
      <source>Quantity  [F4]</source>
      <translation>Quantité  [F4]</translation>
    </message>
    <message>
      <source>Pay  [F12]</source>
      <translation>Payer  [F12]</translation>
    </message>
    <message>
      <source>Remove line  [Del]</source>
      <translation>Retirer la ligne  [Suppr]</translation>
    </message>
    <message>
      <source>Cancel a sale  [F8]</source>
      <translation>Annuler une vente  [F8]</translation>
    </message>
    <message>
      <source>Ask for stock  [F9]</source>
      <translation>Demander du stock  [F9]</translation>
    </message>
    <message>
      <source>Log out  [F10]</source>
      <translation>Fermer la session  [F10]</translation>
    </message>
    <message>
      <source>The last receipt shows here.</source>
      <translation>Le dernier reçu s'affiche ici.</translation>
    </message>
    <message>
      <source>Last receipt</source>
      <translation>Dernier reçu</translation>
    </message>
    <message>
      <source>manager</source>
      <translation>gérant</translation>
    </message>
    <message>
      <source>cashier</source>
      <translation>caissier</translation>
    </message>
    <message>
      <source>%1 (%2) — %3</source>
      <translation>%1 (%2) — %3</translation>
    </message>
    <message>
      <source>Subtotal  %1</source>
      <translation>Sous-total  %1</translation>
    </message>
    <message>
      <source>GST</source>
      <translation>TPS</translation>
    </message>
    <message>
      <source>QST</source>
      <translation>TVQ</translation>
    </message>
    <message>
      <source>GST  %1</source>
      <translation>TPS  %1</translation>
    </message>
    <message>
      <source>QST  %1</source>
      <translation>TVQ  %1</translation>
    </message>
    <message>
      <source>TOTAL  %1</source>
      <translation>TOTAL  %1</translation>
    </message>
    <message>
      <source>Added: %1</source>
      <translation>Ajouté : %1</translation>
    </message>
    <message>
      <source>Barcode %1 is not valid (check digit): scan it again or type it.</source>
      <translation>Le code-barres %1 n'est pas valide (chiffre de contrôle) : scannez-le de nouveau ou tapez-le.</translation>
    </message>
    <message>
      <source>No product with barcode %1 in the catalogue. Search it by name.</source>
      <translation>Aucun produit avec le code-barres %1 au catalogue. Cherchez-le par son nom.</translation>
    </message>
    <message>
      <source>Enter adds the highlighted product; ↓ ↑ to choose.</source>
      <translation>Entrée ajoute le produit en surbrillance; ↓ ↑ pour choisir.</translation>
    </message>
    <message>
      <source>No product matches “%1”.</source>
      <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
      <source>The cart is empty: scan a product first.</source>
      <translation>Le panier est vide : scannez d'abord un produit.</translation>
    </message>
    <message>
      <source>Type the quantity, then Enter.</source>
      <translation>Tapez la quantité, puis Entrée.</translation>
    </message>
    <message>
      <source>Quantity: %1 × %2</source>
      <translation>Quantité : %1 × %2</translation>
    </message>
    <message>
      <source>Removed: %1</source>
      <translation>Retiré : %1</translation>
    </message>
    <message>
      <source>Sale completed. Change due: %1</source>
      <translation>Vente terminée. Monnaie à rendre : %1</translation>
    </message>
    <message>
      <source>Sale completed.</source>
      <translation>Vente terminée.</translation>
    </message>
    <message>
      <source>The sale is cancelled; it will be synced with the servers.</source>
      <translation>La vente est annulée; elle sera synchronisée avec les serveurs.</translation>
    </message>
    <message>
      <source>Pick a product first: scan it or search it, then F9.</source>
      <translation>Choisissez d'abord un produit : scannez-le ou cherchez-le, puis F9.</translation>
    </message>
    <message>
      <source>Ask for stock</source>
      <translation>Demander du stock</translation>
    </message>
    <message>
      <source>How many of %1 should the warehouse send?</source>
      <translation>Combien de « %1 » l'entrepôt doit-il envoyer?</translation>
    </message>
    <message>
      <source>Request for %1 × %2 queued.</source>
      <translation>Demande de %1 × %2 mise en file.</translation>
    </message>
    <message>
      <source>Last sale  %1</source>
      <translation>Dernière vente  %1</translation>
    </message>
    <message>
      <source>Received  %1</source>
      <translation>Reçu  %1</translation>
    </message>
    <message>
      <source>CHANGE  %1</source>
      <translation>MONNAIE  %1</translation>
    </message>
    <message>
      <source>Scan or search  [F2]      ↑↓ line   [Del] remove</source>
      <translation>Scanner ou chercher  [F2]      ↑↓ ligne   [Suppr] retirer</translation>
    </message>
    <message>
      <source>Reprint receipt  [F11]</source>
      <translation>Réimprimer le reçu  [F11]</translation>
    </message>
    <message>
      <source>Receipt reprinted (marked as a duplicate).</source>
      <translation>Reçu réimprimé (marqué comme duplicata).</translation>
    </message>
    <message>
      <source>No sale since login: nothing to reprint.</source>
      <translation>Aucune vente depuis l'ouverture de session : rien à réimprimer.</translation>
    </message>
    <message>
      <source>Back office  [F6]</source>
      <translation>Gestion  [F6]</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ProductSearchModel</name>
    <message>
      <source>?</source>
      <translation>?</translation>
    </message>
    <message>
      <source>No stock level received yet</source>
      <translation>Aucun niveau de stock reçu pour l'instant</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>En stock</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ProductTables</name>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Archivé</translation>
    </message>
    <message>
      <source>Barcodes</source>
      <translation>Codes-barres</translation>
    </message>
    <message>
      <source>Taxable</source>
      <translation>Taxable</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>UGS</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Old price</source>
      <translation>Ancien prix</translation>
    </message>
    <message>
      <source>New price</source>
      <translation>Nouveau prix</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Écart</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ProductsPage</name>
    <message>
      <source>Search by name, SKU or barcode</source>
      <translation>Chercher par nom, UGS ou code-barres</translation>
    </message>
    <message>
      <source>Archived too</source>
      <translation>Archivés aussi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Pick a category, or type a new name to create it when saving</source>
      <translation>Choisissez une catégorie, ou tapez un nouveau nom pour la créer à l'enregistrement</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>UGS</translation>
    </message>
    <message>
      <source>EAN-13 or UPC-A, separated by commas</source>
      <translation>EAN-13 ou UPC-A, séparés par des virgules</translation>
    </message>
    <message>
      <source>Barcodes</source>
      <translation>Codes-barres</translation>
    </message>
    <message>
      <source>Taxable (GST and QST)</source>
      <translation>Taxable (TPS et TVQ)</translation>
    </message>
    <message>
      <source>New product (Ctrl+N)</source>
      <translation>Nouveau produit (Ctrl+N)</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
      <source>Price and its history</source>
      <translation>Prix et historique</translation>
    </message>
    <message>
      <source>New price</source>
      <translation>Nouveau prix</translation>
    </message>
    <message>
      <source>Change the price</source>
      <translation>Changer le prix</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Produits</translation>
    </message>
    <message>
      <source>%1 products shown: %2 active, %3 archived</source>
      <translation>Produits affichés : %1 — actifs : %2, archivés : %3</translation>
    </message>
    <message>
      <source>%1 match in all; refine the search to see the others</source>
      <translation>%1 au total; précisez la recherche pour voir les autres</translation>
    </message>
    <message>
      <source>No product yet: fill in the form to add the first one.</source>
      <translation>Aucun produit pour l'instant : remplissez le formulaire pour ajouter le premier.</translation>
    </message>
    <message>
      <source>No product matches; try a shorter word, a SKU or a barcode.</source>
      <translation>Aucun produit ne correspond; essayez un mot plus court, une UGS ou un code-barres.</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>État : %1</translation>
    </message>
    <message>
      <source>Archive…</source>
      <translation>Archiver…</translation>
    </message>
    <message>
      <source>Unarchive…</source>
      <translation>Désarchiver…</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>Nouveau produit</translation>
    </message>
    <message>
      <source>Product %1</source>
      <translation>Produit %1</translation>
    </message>
    <message>
      <source>Change the price below: the change is kept in its history</source>
      <translation>Changez le prix plus bas : le changement est gardé dans son historique</translation>
    </message>
    <message>
      <source>Fill in the form, then Save.</source>
      <translation>Remplissez le formulaire, puis Enregistrer.</translation>
    </message>
    <message>
      <source>Category %1 created.</source>
      <translation>Catégorie %1 créée.</translation>
    </message>
    <message>
      <source>Type the price as an amount, like %1.</source>
      <translation>Tapez le prix comme un montant, par exemple %1.</translation>
    </message>
    <message>
      <source>%1 added to the catalogue.</source>
      <translation>%1 ajouté au catalogue.</translation>
    </message>
    <message>
      <source>%1 saved.</source>
      <translation>%1 enregistré.</translation>
    </message>
    <message>
      <source>Type the new price as an amount, like %1.</source>
      <translation>Tapez le nouveau prix comme un montant, par exemple %1.</translation>
    </message>
    <message>
      <source>The price of %1 is now %2.</source>
      <translation>Le prix de %1 est maintenant %2.</translation>
    </message>
    <message>
      <source>Archive the product</source>
      <translation>Archiver le produit</translation>
    </message>
    <message>
      <source>Unarchive the product</source>
      <translation>Désarchiver le produit</translation>
    </message>
    <message>
      <source>Archive %1? The tills stop selling it at their next sync; its history stays.</source>
      <translation>Archiver %1? Les caisses cessent de le vendre à leur prochaine synchronisation; son historique reste.</translation>
    </message>
    <message>
      <source>Put %1 back on sale? The tills sell it again at their next sync.</source>
      <translation>Remettre %1 en vente? Les caisses le vendent de nouveau à leur prochaine synchronisation.</translation>
    </message>
    <message>
      <source>%1 archived.</source>
      <translation>%1 archivé.</translation>
    </message>
    <message>
      <source>%1 is on sale again.</source>
      <translation>%1 est de nouveau en vente.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::RecentSalesModel</name>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Complétée</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ReplenishmentPage</name>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approuvée</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>Every store</source>
      <translation>Tous les magasins</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>É&amp;tat :</translation>
    </message>
    <message>
      <source>S&amp;tore:</source>
      <translation>&amp;Magasin :</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>Demande choisie</translation>
    </message>
    <message>
      <source>Select a request to see the stock it moves.</source>
      <translation>Choisissez une demande pour voir le stock qu'elle déplace.</translation>
    </message>
    <message>
      <source>&amp;Quantity:</source>
      <translation>&amp;Quantité :</translation>
    </message>
    <message>
      <source>&amp;Approve (Ctrl+Enter)</source>
      <translation>&amp;Approuver (Ctrl+Entrée)</translation>
    </message>
    <message>
      <source>Reason for the store (5 to 500 characters)</source>
      <translation>Raison pour le magasin (5 à 500 caractères)</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>&amp;Refuser</translation>
    </message>
    <message>
      <source>&amp;Withdraw the request…</source>
      <translation>Re&amp;tirer la demande…</translation>
    </message>
    <message>
      <source>New request</source>
      <translation>Nouvelle demande</translation>
    </message>
    <message>
      <source>Ask for &amp;stock</source>
      <translation>Demander du &amp;stock</translation>
    </message>
    <message>
      <source>Product:</source>
      <translation>Produit :</translation>
    </message>
    <message>
      <source>For:</source>
      <translation>Pour :</translation>
    </message>
    <message>
      <source>Quantity:</source>
      <translation>Quantité :</translation>
    </message>
    <message>
      <source>Suggestions from low stock</source>
      <translation>Suggestions selon les stocks bas</translation>
    </message>
    <message>
      <source>No store is low on stock: nothing to suggest.</source>
      <translation>Aucun magasin n'est bas en stock : rien à suggérer.</translation>
    </message>
    <message>
      <source>&amp;Create a request from this suggestion</source>
      <translation>&amp;Créer une demande à partir de cette suggestion</translation>
    </message>
    <message>
      <source>Replenishment</source>
      <translation>Réapprovisionnement</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <source>No pending request. Suggestions below come from low stock: create a request from one, or ask for stock with New request.</source>
      <translation>Aucune demande en attente. Les suggestions ci-dessous viennent des stocks bas : créez une demande à partir de l'une d'elles, ou demandez du stock avec Nouvelle demande.</translation>
    </message>
    <message>
      <source>No request with this status. Choose another status or store above.</source>
      <translation>Aucune demande dans cet état. Choisissez un autre état ou un autre magasin ci-dessus.</translation>
    </message>
    <message>
      <source>%1 × %2 for %3, asked %4 (%5).</source>
      <translation>%1 × %2 pour %3, demandé le %4 (%5).</translation>
    </message>
    <message>
      <source>Asking inventory for the stock…</source>
      <translation>Demande du stock à l'inventaire…</translation>
    </message>
    <message>
      <source>not stocked yet</source>
      <translation>pas encore en stock</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Central stock: %1</source>
      <translation>Stock central : %1</translation>
    </message>
    <message>
      <source>Central stock is short: approving %1 will be refused.</source>
      <translation>Le stock central est insuffisant : approuver %1 sera refusé.</translation>
    </message>
    <message>
      <source>Approving %1 takes central stock to %2 and %3 to %4.</source>
      <translation>Approuver %1 amène le stock central à %2 et %3 à %4.</translation>
    </message>
    <message>
      <source>Approved: %1 × %2 sent from the central warehouse to %3.</source>
      <translation>Approuvée : %1 × %2 envoyés de l'entrepôt central à %3.</translation>
    </message>
    <message>
      <source>Rejected: %1 for %2. The store sees the reason.</source>
      <translation>Refusée : %1 pour %2. Le magasin voit la raison.</translation>
    </message>
    <message>
      <source>Withdraw the request for %1 × %2 for %3? The store will have to ask again.</source>
      <translation>Retirer la demande de %1 × %2 pour %3? Le magasin devra la refaire.</translation>
    </message>
    <message>
      <source>Withdrawn: %1 for %2.</source>
      <translation>Retirée : %1 pour %2.</translation>
    </message>
    <message>
      <source>Choose a product and a store first (their lists come from the catalogue and the sales server).</source>
      <translation>Choisissez d'abord un produit et un magasin (leurs listes viennent du catalogue et du serveur des ventes).</translation>
    </message>
    <message>
      <source>Request created: %1 × %2 for %3, pending.</source>
      <translation>Demande créée : %1 × %2 pour %3, en attente.</translation>
    </message>
    <message>
      <source>Select a suggestion first.</source>
      <translation>Choisissez d'abord une suggestion.</translation>
    </message>
    <message>
      <source>Request created from the suggestion: %1 × %2 for %3, pending.</source>
      <translation>Demande créée à partir de la suggestion : %1 × %2 pour %3, en attente.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::ReportsPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Products sold</source>
      <translation>Produits vendus</translation>
    </message>
    <message>
      <source>Ruptures and overstock</source>
      <translation>Ruptures et surstock</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Période du</translation>
    </message>
    <message>
      <source>until</source>
      <translation>au</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Cette semaine</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Ce mois-ci</translation>
    </message>
    <message>
      <source>Export CSV… (Ctrl+E)</source>
      <translation>Exporter en CSV… (Ctrl+E)</translation>
    </message>
    <message>
      <source>Export PDF… (Ctrl+P)</source>
      <translation>Exporter en PDF… (Ctrl+P)</translation>
    </message>
    <message>
      <source>Per store</source>
      <translation>Par magasin</translation>
    </message>
    <message>
      <source>Ruptures (level 0 or less)</source>
      <translation>Ruptures (niveau 0 ou moins)</translation>
    </message>
    <message>
      <source>Overstock (more than 10 in store)</source>
      <translation>Surstock (plus de 10 en magasin)</translation>
    </message>
    <message>
      <source>Stock levels are today's, whatever the period chosen.</source>
      <translation>Les niveaux de stock sont ceux d'aujourd'hui, quelle que soit la période choisie.</translation>
    </message>
    <message>
      <source>The first day of the period cannot come after its last day.</source>
      <translation>Le premier jour de la période ne peut pas suivre son dernier jour.</translation>
    </message>
    <message>
      <source>No sale in %1. Choose another period above (Today, This week, This month or the dates).</source>
      <translation>Aucune vente pour %1. Choisissez une autre période ci-dessus (Aujourd'hui, Cette semaine, Ce mois-ci ou les dates).</translation>
    </message>
    <message>
      <source>Revenue per store (before taxes)</source>
      <translation>Chiffre d'affaires par magasin (avant taxes)</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Chiffre d'affaires</translation>
    </message>
    <message>
      <source>Top products (units sold)</source>
      <translation>Produits vedettes (unités vendues)</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>Unités vendues</translation>
    </message>
    <message>
      <source>Ruptures and overstock (products)</source>
      <translation>Ruptures et surstock (produits)</translation>
    </message>
    <message>
      <source>Ruptures</source>
      <translation>Ruptures</translation>
    </message>
    <message>
      <source>Overstock</source>
      <translation>Surstock</translation>
    </message>
    <message>
      <source>The file %1 cannot be written (%2): choose another folder.</source>
      <translation>Impossible d'écrire le fichier %1 (%2) : choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>Report saved to %1.</source>
      <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
      <source>report</source>
      <translation>rapport</translation>
    </message>
    <message>
      <source>Export the report as PDF</source>
      <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
      <source>Export the report as CSV</source>
      <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::SalesPage</name>
    <message>
      <source>S&amp;tore:</source>
      <translation>&amp;Magasin :</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <source>T&amp;o:</source>
      <translation>&amp;Au :</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <source>&amp;Cashier:</source>
      <translation>&amp;Caissier :</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Complétée</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>St&amp;atus:</source>
      <translation>É&amp;tat :</translation>
    </message>
    <message>
      <source>F&amp;lagged only</source>
      <translation>Seulement les &amp;signalées</translation>
    </message>
    <message>
      <source>No sale matches these filters. Widen the period or choose Everyone and Every status.</source>
      <translation>Aucune vente ne correspond à ces filtres. Élargissez la période ou choisissez Tout le monde et Tous les états.</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <source>Select a sale to read its receipt.</source>
      <translation>Choisissez une vente pour lire son reçu.</translation>
    </message>
    <message>
      <source>Reason for cancelling (5 to 500 characters)</source>
      <translation>Raison de l'annulation (5 à 500 caractères)</translation>
    </message>
    <message>
      <source>Ca&amp;ncel the sale…</source>
      <translation>A&amp;nnuler la vente…</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>Ventes</translation>
    </message>
    <message>
      <source>The sales of this store are read by its own manager.</source>
      <translation>Les ventes de ce magasin sont consultées par son propre gérant.</translation>
    </message>
    <message>
      <source>Asking the sales server…</source>
      <translation>Demande au serveur des ventes…</translation>
    </message>
    <message>
      <source>%1 sales   ·   revenue %2   ·   %3 cancelled   ·   %4 flagged</source>
      <translation>%1 ventes   ·   chiffre d'affaires %2   ·   %3 annulées   ·   %4 signalées</translation>
    </message>
    <message>
      <source>   (the first %1 only: narrow the period)</source>
      <translation>   (les %1 premières seulement : réduisez la période)</translation>
    </message>
    <message>
      <source>Cancel the sale of %1 (%2)? Its items go back to the store's stock; this cannot be undone.</source>
      <translation>Annuler la vente du %1 (%2)? Ses articles retournent au stock du magasin; c'est définitif.</translation>
    </message>
    <message>
      <source>Sale of %1 (%2) cancelled; its items go back to the store's stock.</source>
      <translation>Vente du %1 (%2) annulée; ses articles retournent au stock du magasin.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::StockPage</name>
    <message>
      <source>All locations</source>
      <translation>Tous les emplacements</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Emplacement :</translation>
    </message>
    <message>
      <source>Filter by product</source>
      <translation>Filtrer par produit</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>Transferts</translation>
    </message>
    <message>
      <source>Movements</source>
      <translation>Mouvements</translation>
    </message>
    <message>
      <source>Thresholds</source>
      <translation>Seuils</translation>
    </message>
    <message>
      <source>Select a level to edit its thresholds.</source>
      <translation>Choisissez un niveau pour modifier ses seuils.</translation>
    </message>
    <message>
      <source>Critical at</source>
      <translation>Critique à</translation>
    </message>
    <message>
      <source>Low at</source>
      <translation>Bas à</translation>
    </message>
    <message>
      <source>High at</source>
      <translation>Élevé à</translation>
    </message>
    <message>
      <source>Save thresholds (Ctrl+S)</source>
      <translation>Enregistrer les seuils (Ctrl+S)</translation>
    </message>
    <message>
      <source>Levels</source>
      <translation>Niveaux</translation>
    </message>
    <message>
      <source>No stock exception: no level went below zero. Offline sales that sell more than there is show here.</source>
      <translation>Aucune exception de stock : aucun niveau n'est passé sous zéro. Les ventes hors ligne qui vendent plus qu'il n'y en a apparaissent ici.</translation>
    </message>
    <message>
      <source>The sales that took it below zero:</source>
      <translation>Les ventes qui l'ont fait passer sous zéro :</translation>
    </message>
    <message>
      <source>Show the sale (Enter)</source>
      <translation>Afficher la vente (Entrée)</translation>
    </message>
    <message>
      <source>Stock exceptions</source>
      <translation>Exceptions de stock</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <source>Transfers (%1)</source>
      <translation>Transferts (%1)</translation>
    </message>
    <message>
      <source>Movements (%1)</source>
      <translation>Mouvements (%1)</translation>
    </message>
    <message>
      <source>No transfer yet: approved replenishment requests move stock from the central warehouse to the stores.</source>
      <translation>Aucun transfert pour l'instant : les demandes de réapprovisionnement approuvées déplacent le stock de l'entrepôt central vers les magasins.</translation>
    </message>
    <message>
      <source>%1 stock exceptions to look at</source>
      <translation>exceptions de stock à examiner : %1</translation>
    </message>
    <message>
      <source>Stock exceptions (%1)</source>
      <translation>Exceptions de stock (%1)</translation>
    </message>
    <message>
      <source>%1 at %2: level %3 (%4)</source>
      <translation>%1 à %2 : niveau %3 (%4)</translation>
    </message>
    <message>
      <source>Select a level first.</source>
      <translation>Choisissez d'abord un niveau.</translation>
    </message>
    <message>
      <source>Thresholds saved.</source>
      <translation>Seuils enregistrés.</translation>
    </message>
    <message>
      <source>The sales of %1 are open to its managers: give them the sale numbers %2.</source>
      <translation>Les ventes de %1 sont ouvertes à ses gérants : donnez-leur les numéros de vente %2.</translation>
    </message>
    <message>
      <source>This movement does not come from a sale (%1).</source>
      <translation>Ce mouvement ne vient pas d'une vente (%1).</translation>
    </message>
    <message>
      <source>Sale %1 of %2 at %3, %4</source>
      <translation>Vente %1 du %2 à %3, %4</translation>
    </message>
    <message>
      <source>recorded offline at the till</source>
      <translation>enregistrée hors ligne à la caisse</translation>
    </message>
    <message>
      <source>recorded online</source>
      <translation>enregistrée en ligne</translation>
    </message>
    <message>
      <source>%1 × %2 at %3 = %4</source>
      <translation>%1 × %2 à %3 = %4</translation>
    </message>
    <message>
      <source>Total %1</source>
      <translation>Total %1</translation>
    </message>
    <message>
      <source>This sale was cancelled.</source>
      <translation>Cette vente a été annulée.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::StockTables</name>
    <message>
      <source>%1 (default)</source>
      <translation>%1 (par défaut)</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Négatif</translation>
    </message>
    <message>
      <source>Out of stock</source>
      <translation>En rupture</translation>
    </message>
    <message>
      <source>%1 levels: %2 low, %3 critical, %4 out of stock, %5 negative</source>
      <translation>%1 niveaux — bas : %2, critique : %3, en rupture : %4, négatif : %5</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Critical at</source>
      <translation>Critique à</translation>
    </message>
    <message>
      <source>Low at</source>
      <translation>Bas à</translation>
    </message>
    <message>
      <source>High at</source>
      <translation>Élevé à</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Mis à jour</translation>
    </message>
    <message>
      <source>Sales that caused it</source>
      <translation>Ventes en cause</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <source>Level after</source>
      <translation>Niveau après</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <source>Offline at the till</source>
      <translation>Hors ligne à la caisse</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>En ligne</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Vers</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::SyncPage</name>
    <message>
      <source>No terminal is enrolled in this store yet: a till asks for a manager's code and PIN at its first start.</source>
      <translation>Aucune caisse n'est encore inscrite dans ce magasin : une caisse demande le code et le NIP d'un gérant à son premier démarrage.</translation>
    </message>
    <message>
      <source>No rejected command: the servers applied everything this store's terminals sent.</source>
      <translation>Aucune commande rejetée : les serveurs ont appliqué tout ce que les caisses de ce magasin ont envoyé.</translation>
    </message>
    <message>
      <source>No flag: offline sales matched the catalogue and the till totals, and no stock went below zero.</source>
      <translation>Aucun signalement : les ventes hors ligne concordent avec le catalogue et les totaux des caisses, et aucun stock n'est sous zéro.</translation>
    </message>
    <message>
      <source>Terminals of this store</source>
      <translation>Caisses de ce magasin</translation>
    </message>
    <message>
      <source>Rejected commands</source>
      <translation>Commandes rejetées</translation>
    </message>
    <message>
      <source>Flagged sales and stock</source>
      <translation>Ventes signalées et stock</translation>
    </message>
    <message>
      <source>Flags stay listed: the servers do not record that a flag was reviewed yet. Sales with flags stand as sold; nothing here changes a sale.</source>
      <translation>Les signalements restent affichés : les serveurs n'enregistrent pas encore qu'un signalement a été vérifié. Les ventes signalées restent telles que vendues; rien ici ne modifie une vente.</translation>
    </message>
    <message>
      <source>Sync and conflicts</source>
      <translation>Synchro et conflits</translation>
    </message>
    <message>
      <source>Terminals: %1   ·   Pending on this terminal: %2   ·   Rejected commands: %3   ·   Flags to look at: %4</source>
      <translation>Caisses : %1   ·   En attente sur cette caisse : %2   ·   Commandes rejetées : %3   ·   Signalements à examiner : %4</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>Last push: sales and cancellations sent; last read: prices and stock received; seq ack.: the last command number the sales server confirmed. Pending commands are known only for this terminal.</source>
      <translation>Dernier envoi : ventes et annulations envoyées; dernière lecture : prix et stock reçus; n° confirmé : le dernier numéro de commande confirmé par le serveur des ventes. Les commandes en attente ne sont connues que pour cette caisse.</translation>
    </message>
  </context>
  <context>
    <name>magasin::ui::SyncStatusBar</name>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>just now</source>
      <translation>à l'instant</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <source>%1 d</source>
      <translation>%1 j</translation>
    </message>
    <message>
      <source>● DEMO MODE — no server</source>
      <translation>● MODE DÉMO — sans serveur</translation>
    </message>
    <message>
      <source>● Another app is syncing this terminal</source>
      <translation>● Une autre application synchronise cette caisse</translation>
    </message>
    <message>
      <source>● Online</source>
      <translation>● En ligne</translation>
    </message>
    <message>
      <source>● Offline — sales are kept and sent later</source>
      <translation>● Hors ligne — les ventes sont gardées et envoyées plus tard</translation>
    </message>
    <message>
      <source>To sync: %1</source>
      <translation>À synchroniser : %1</translation>
    </message>
    <message>
      <source>rejected: %1</source>
      <translation>refusées : %1</translation>
    </message>
    <message>
      <source>Prices and stock: demo data</source>
      <translation>Prix et stock : données de démo</translation>
    </message>
    <message>
      <source>Prices: %1 · Stock: %2</source>
      <translation>Prix : %1 · Stock : %2</translation>
    </message>
    <message>
      <source>Receipts to print: %1</source>
      <translation>Reçus à imprimer : %1</translation>
    </message>
    <message>
      <source>● Terminal not set up</source>
      <translation>● Caisse non configurée</translation>
    </message>
    <message>
      <source>● Offline for more than %1 h — sales are kept; tell a manager: prices and stock may be out of date</source>
      <translation>● Hors ligne depuis plus de %1 h — les ventes sont gardées; avisez un gérant : les prix et le stock peuvent être périmés</translation>
    </message>
  </context>
</TS>
