#ifndef PANTAU_CLIBXML2_SHIM_H
#define PANTAU_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Swift's
   Foundation. Pantau never touches the ICU fields of xmlCharEncodingHandler (it hands
   libxml2 UTF-8 only), so the ICU include is switched off. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

/* xmlFree is a global function pointer; Swift 6 rejects touching it from concurrent
   code, so it is called through a plain function. */
static inline void pantau_xml_free(void *pointer) { xmlFree(pointer); }
#endif
