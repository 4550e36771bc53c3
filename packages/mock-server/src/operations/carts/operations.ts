import type { CommerceOperationList } from "../registry.js";
import {
  addItemToCart,
  deleteCart,
  deleteCartItem,
  getCart,
  getCartItem,
  getCartItems,
  removeAllCartItemsByCartId,
  updateCartItem,
  updateCartItemQuantity,
} from "./carts.js";

/** Carts (D19): add, update quantity and tags, remove; stock messages, never allocation. */
export const cartOperations = {
  getOrCreateCart: getCart,
  getCart,
  deleteCart,
  getCartItems,
  getCartItemsByCartId: getCartItems,
  addItemToCart,
  addItemToCartByCartId: addItemToCart,
  getCartItem,
  getCartItemByCartId: getCartItem,
  updateCartItem,
  updateCartItemByCartId: updateCartItem,
  deleteCartItem,
  deleteCartItemByCartId: deleteCartItem,
  updateCartItemQuantity,
  updateCartItemQuantityByCartId: updateCartItemQuantity,
  removeAllCartItemsByCartId,
} satisfies CommerceOperationList;
